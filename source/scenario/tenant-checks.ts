import {validateTrustedIpRange} from '../domain/admin/cidr.js';
import {eraAt} from '../domain/common/era.js';
import type {Instant} from '../domain/common/time.js';
import {maxTrustedIpRanges, rememberMfaDaysRange} from '../domain/tenant/service-settings.js';
import type {IssuePath} from './issues.js';
import {methodIdsOf} from './method-ids.js';
import {personOf} from './resolve-person.js';
import type {ServiceSettingsInput} from './schema/settings-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import {suggest} from './suggest.js';

/** Receives one problem at a fixture-shaped path (`users[3].methods`, `people.priya.network`). */
export type Report = (path: IssuePath, message: string) => void;

/** Checks service settings: public IPv4 CIDR ranges (at most 50), remember-MFA days in range for the era. */
export function checkSettings(settings: ServiceSettingsInput | undefined, report: Report, at: IssuePath, now?: Instant): void {
	const ranges = settings?.trustedIpRanges ?? [];
	if (ranges.length > maxTrustedIpRanges) {
		report([...at, 'trustedIpRanges'], `has ${ranges.length} ranges; the service settings hold at most ${maxTrustedIpRanges}`);
	}

	for (const [index, range] of ranges.entries()) {
		if (range.includes('${')) {
			continue;
		}

		const refused = validateTrustedIpRange(range);
		if (refused) {
			report([...at, 'trustedIpRanges', index], `bad trusted IP range: ${refused.message}`);
		}
	}

	const days = settings?.rememberMfa?.days;
	const max = now === undefined ? rememberMfaDaysRange.max : eraAt(now).rememberMfaMaxDays;
	if (days !== undefined && (days < rememberMfaDaysRange.min || days > max)) {
		const era = max < rememberMfaDaysRange.max ? ' before 2020' : '';
		report([...at, 'rememberMfa', 'days'], `remember-MFA days must be between ${rememberMfaDaysRange.min} and ${max}${era}, got ${days}`);
	}

	const options = settings?.verificationOptions;
	if (options && options.call === false && options.text === false && options.appNotification === false && options.appCode === false) {
		report([...at, 'verificationOptions'], 'at least one verification option must stay on');
	}
}

function checkUsers(tenant: TenantFixture, report: Report): void {
	const ids = new Set<string>();
	const upns = new Set<string>();
	for (const [index, user] of tenant.users.entries()) {
		if (ids.has(user.id)) {
			report(['users', index, 'id'], `duplicate user id "${user.id}"`);
		}

		ids.add(user.id);
		const upn = user.upn.toLowerCase();
		if (upns.has(upn)) {
			report(['users', index, 'upn'], `duplicate UPN "${user.upn}"`);
		}

		upns.add(upn);
		if (user.userType === 'guest' && !user.guestHome) {
			report(['users', index, 'userType'], 'a guest needs guestHome: {tenantName, mfaRequired}');
		}

		const methodIds = methodIdsOf(user);
		const all = [...methodIds.authenticatorApps, ...methodIds.softwareTokens, ...methodIds.hardwareTokens];
		const duplicate = all.find((id, position) => all.indexOf(id) !== position);
		if (duplicate !== undefined) {
			report(['users', index, 'methods'], `duplicate method id "${duplicate}"`);
		}
	}
}

/** Per-mailbox SMTP AUTH settings name users of the tenant. */
function checkMailboxes(tenant: TenantFixture, report: Report): void {
	const ids = tenant.users.map((user) => user.id);
	for (const id of Object.keys(tenant.exchange?.smtpAuthMailboxes ?? {})) {
		if (!ids.includes(id) && !id.includes('${')) {
			report(['exchange', 'smtpAuthMailboxes', id], `unknown user "${id}": mailboxes are keyed by user id${suggest(id, ids)}`);
		}
	}
}

function checkPeople(tenant: TenantFixture, report: Report): void {
	const users = new Map(tenant.users.map((user) => [user.id, user]));
	const networks = Object.keys(tenant.networks);
	const checkNetwork = (path: IssuePath, id: string | undefined): void => {
		if (id !== undefined && !Object.hasOwn(tenant.networks, id) && !id.includes('${')) {
			report(path, `unknown network "${id}"${suggest(id, networks)}`);
		}
	};

	checkNetwork(['personDefaults', 'network'], tenant.personDefaults.network);
	for (const id of Object.keys(tenant.people ?? {})) {
		if (!users.has(id) && !id.includes('${')) {
			report(['people', id], `unknown user "${id}": people are keyed by user id${suggest(id, [...users.keys()])}`);
		}
	}

	for (const [index, user] of tenant.users.entries()) {
		const person = personOf(tenant, user);
		const at: IssuePath = ['people', user.id];
		checkNetwork([...at, 'network'], person.network);
		const clientIds = new Set<string>();
		for (const [position, client] of person.clients.entries()) {
			if (clientIds.has(client.id)) {
				report([...at, 'clients', position, 'id'], `duplicate client id "${client.id}" for ${user.id}`);
			}

			clientIds.add(client.id);
			checkNetwork([...at, 'clients', position, 'network'], client.network);
			if (typeof client.saved === 'object' && 'appPassword' in client.saved) {
				const name = client.saved.appPassword;
				if (!Object.hasOwn(person.appPasswords, name) || !(user.appPasswords ?? []).some((each) => each.name === name)) {
					report([...at, 'clients', position, 'saved'], `${user.id} has no app password "${name}" both in the tenant (users) and noted by the person (people.appPasswords)`);
				}
			}
		}

		for (const [position, device] of (user.rememberedDevices ?? []).entries()) {
			const client = person.clients.find((each) => each.id === device.client);
			if (client?.kind !== 'browser') {
				report(['users', index, 'rememberedDevices', position, 'client'], `${user.id} has no browser client "${device.client}"${suggest(device.client, [...clientIds])}`);
			}
		}

		for (const name of Object.keys(person.appPasswords)) {
			if (!(user.appPasswords ?? []).some((each) => each.name === name)) {
				report([...at, 'appPasswords', name], `${user.id} has no app password named "${name}" in the tenant`);
			}
		}

		const ids = methodIdsOf(user);
		const oath = [...ids.authenticatorApps, ...ids.softwareTokens];
		for (const [phoneKey, phone] of [['phone', person.phone], ['oldPhone', person.oldPhone]] as const) {
			for (const [position, account] of (phone?.authenticator?.accounts ?? []).entries()) {
				if (!oath.includes(account.registration)) {
					report([...at, phoneKey, 'authenticator', 'accounts', position, 'registration'], `${user.id} has no authenticator app or software token "${account.registration}"${suggest(account.registration, oath)}`);
				}
			}
		}

		const serials = (user.methods?.hardwareTokens ?? []).map((token) => token.serialNumber);
		for (const [position, token] of person.tokens.entries()) {
			if (!serials.includes(token.serialNumber)) {
				report([...at, 'tokens', position, 'serialNumber'], `${user.id} has no hardware token with serial "${token.serialNumber}"`);
			}
		}

		if (person.password === undefined) {
			report([...at, 'password'], `${user.id} has their own passwordHash: give the person's password (plaintext) too`);
		}
	}
}

/**
 * Checks a tenant's internal references: unique user ids and UPNs, networks, clients, remembered devices,
 * authenticator accounts, tokens, app passwords, mailbox SMTP AUTH settings, and the service settings. Paths
 * are fixture-shaped.
 */
export function checkTenantData(tenant: TenantFixture, report: Report, now?: Instant): void {
	checkUsers(tenant, report);
	checkMailboxes(tenant, report);
	checkSettings(tenant.settings, report, ['settings'], now);
	checkPeople(tenant, report);
}
