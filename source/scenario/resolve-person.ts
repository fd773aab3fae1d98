import type {ClientInput} from './schema/client-schema.js';
import type {PersonInput, PhoneInput} from './schema/person-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import type {UserInput} from './schema/user-schema.js';

/** A person as the fixture describes them once `personDefaults` are applied. */
export type PersonData = {
	readonly network: string;
	readonly homeCountry: string | undefined;
	/** The password they know; undefined when the user has their own hash and no plaintext was given. */
	readonly password: string | undefined;
	readonly phone: PhoneInput | null;
	readonly oldPhone: PhoneInput | null;
	readonly tokens: NonNullable<PersonInput['tokens']>;
	readonly clients: readonly ClientInput[];
	readonly behaviour: NonNullable<PersonInput['behaviour']>;
	readonly appPasswords: Readonly<Record<string, string>>;
};

function mergePhone(defaults: PhoneInput | undefined, own: PhoneInput | undefined): PhoneInput {
	const authenticator = defaults?.authenticator || own?.authenticator ? {authenticator: {...defaults?.authenticator, ...own?.authenticator}} : {};
	return {...defaults, ...own, ...authenticator};
}

/** The fixture's entry for a person, if any. */
export function personEntry(fixture: TenantFixture, userId: string): PersonInput | undefined {
	return fixture.people && Object.hasOwn(fixture.people, userId) ? fixture.people[userId] : undefined;
}

/** Applies the fixture's person defaults to one user's person entry. */
export function personOf(fixture: TenantFixture, user: UserInput): PersonData {
	const own = personEntry(fixture, user.id);
	const defaults = fixture.personDefaults;
	return {
		network: own?.network ?? defaults.network,
		homeCountry: own?.homeCountry ?? defaults.homeCountry,
		password: own?.password ?? (user.passwordHash === undefined ? fixture.defaultPassword : undefined),
		phone: own?.phone === null ? null : mergePhone(defaults.phone, own?.phone),
		oldPhone: own?.oldPhone ?? null,
		tokens: own?.tokens ?? [],
		clients: own?.clients ?? defaults.clients ?? [],
		behaviour: {...defaults.behaviour, ...own?.behaviour},
		appPasswords: own?.appPasswords ?? {},
	};
}
