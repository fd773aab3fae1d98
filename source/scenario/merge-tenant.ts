import type {ClientInput} from './schema/client-schema.js';
import type {PersonInput, PersonPatch, PhoneInput} from './schema/person-schema.js';
import type {ServiceSettingsInput} from './schema/settings-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import type {TenantOverrides} from './schema/tenant-overrides-schema.js';
import type {UserInput, UserPatch} from './schema/user-schema.js';

/** Copies the defined fields of `patch` over `base` (undefined means "keep"; null is kept as a value). */
function overlay<T extends object>(base: T, patch: object | undefined): T {
	const out: Record<string, unknown> = {...(base as Record<string, unknown>)};
	for (const [key, value] of Object.entries(patch ?? {})) {
		if (value !== undefined) {
			Object.defineProperty(out, key, {value, enumerable: true, writable: true, configurable: true});
		}
	}

	return out as T;
}

/** Merges service settings: nested verification options and remember-MFA merge, the range list replaces. */
export function mergeSettings(base: ServiceSettingsInput | undefined, patch: ServiceSettingsInput | undefined): ServiceSettingsInput {
	const merged = overlay(base ?? {}, patch);
	return {
		...merged,
		...(base?.verificationOptions || patch?.verificationOptions ? {verificationOptions: overlay(base?.verificationOptions ?? {}, patch?.verificationOptions)} : {}),
		...(base?.rememberMfa || patch?.rememberMfa ? {rememberMfa: overlay(base?.rememberMfa ?? {}, patch?.rememberMfa)} : {}),
	};
}

function mergeUser(user: UserInput, patch: UserPatch | undefined): UserInput {
	if (!patch) {
		return user;
	}

	const merged = overlay(user, patch);
	return patch.methods ? {...merged, methods: overlay(user.methods ?? {}, patch.methods)} : merged;
}

function mergePhone(base: PhoneInput | null | undefined, patch: PhoneInput | null | undefined): PhoneInput | null | undefined {
	if (patch === undefined) {
		return base;
	}

	if (patch === null) {
		return null;
	}

	const merged = overlay(base ?? {}, patch);
	return patch.authenticator ? {...merged, authenticator: overlay(base?.authenticator ?? {}, patch.authenticator)} : merged;
}

/** Upserts clients by id (a patch entry with an existing id replaces that client), then removes some. */
export function upsertClients(base: readonly ClientInput[], added: readonly ClientInput[] | undefined, removed: readonly string[] | undefined): ClientInput[] {
	const list = [...base];
	for (const client of added ?? []) {
		const index = list.findIndex((each) => each.id === client.id);
		if (index === -1) {
			list.push(client);
		} else {
			list[index] = client;
		}
	}

	const drop = new Set(removed ?? []);
	return list.filter((client) => !drop.has(client.id));
}

function mergePerson(base: PersonInput | undefined, patch: PersonPatch, defaultClients: readonly ClientInput[]): PersonInput {
	const {removeClients, clients, phone, oldPhone, behaviour, appPasswords, ...rest} = patch;
	const merged: PersonInput = overlay(base ?? {}, rest);
	const touchesClients = clients !== undefined || removeClients !== undefined;
	const nextPhone = mergePhone(base?.phone, phone);
	const nextOldPhone = mergePhone(base?.oldPhone, oldPhone);
	return {
		...merged,
		...(touchesClients ? {clients: upsertClients(base?.clients ?? defaultClients, clients, removeClients)} : {}),
		...(nextPhone === undefined ? {} : {phone: nextPhone}),
		...(nextOldPhone === undefined ? {} : {oldPhone: nextOldPhone}),
		...(behaviour ? {behaviour: overlay(base?.behaviour ?? {}, behaviour)} : {}),
		...(appPasswords ? {appPasswords: overlay(base?.appPasswords ?? {}, appPasswords)} : {}),
	};
}

/** Merges Exchange settings: the per-mailbox SMTP AUTH map merges by user id. */
function mergeExchange(base: TenantFixture['exchange'], patch: TenantOverrides['exchange']): NonNullable<TenantFixture['exchange']> {
	const merged = overlay(base ?? {}, patch);
	const mailboxes = base?.smtpAuthMailboxes || patch?.smtpAuthMailboxes ? {smtpAuthMailboxes: overlay(base?.smtpAuthMailboxes ?? {}, patch?.smtpAuthMailboxes)} : {};
	return {...merged, ...mailboxes};
}

function lookup<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
	return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Applies a scenario's tenant overrides to its base fixture, giving a fixture-shaped tenant. Pure data:
 * nothing is validated here (the reference checks do that) and nothing is hashed.
 */
export function mergeTenant(fixture: TenantFixture, overrides: TenantOverrides): TenantFixture {
	const users = fixture.users.map((user) => mergeUser(user, lookup(overrides.users, user.id)));
	const people: Record<string, PersonInput> = {};
	for (const [id, person] of Object.entries(fixture.people ?? {})) {
		Object.defineProperty(people, id, {value: person, enumerable: true, writable: true, configurable: true});
	}

	for (const [id, patch] of Object.entries(overrides.people ?? {})) {
		const merged = mergePerson(lookup(fixture.people, id), patch, fixture.personDefaults.clients ?? []);
		Object.defineProperty(people, id, {value: merged, enumerable: true, writable: true, configurable: true});
	}

	const {base: _base, users: _users, addUsers, people: _people, networks, settings, exchange, ...scalars} = overrides;
	return {
		...overlay(fixture, scalars),
		exchange: mergeExchange(fixture.exchange, exchange),
		settings: mergeSettings(fixture.settings, settings),
		networks: overlay(fixture.networks, networks),
		users: [...users, ...(addUsers ?? [])],
		people,
	};
}
