import type {RandomSource} from '../domain/ports.js';
import {
	appPasswordNames,
	chance,
	departments,
	firstNames,
	lastNames,
	legacyClients,
	mfaStates,
	networkShares,
	phoneModels,
	pick,
	pickWeighted,
	registeredPerMille,
	roleShares,
} from './generate-tenant-data.js';
import type {ClientInput} from './schema/client-schema.js';
import type {PersonInput} from './schema/person-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import type {UserInput} from './schema/user-schema.js';

/**
 * The one shared password of every generated user and its argon2id PHC (OWASP minimum m=19456, t=2, p=1),
 * taken from fixtures/tenants/contoso-small.yaml: loading a generated tenant does no argon2 work at all.
 */
export const sharedPassword = {plaintext: 'Lantern-Harbour-47!', hash: '$argon2id$v=19$m=19456,p=1,t=2$qSQE9+wa7/nKXsS2eB57MQ$4XxR4WYbyteJUR7kDb8u0zrob73acmXyw0ItirXU2hY'} as const;

/** The shared app password (plaintext and PHC, also from contoso-small) that generated legacy clients have saved. */
export const sharedAppPassword = {plaintext: 'hqvzmtrwkcpxbnld', hash: '$argon2id$v=19$m=19456,p=1,t=2$4EPszC7MummrIrZfNbM02A$SomD+534MC1Pb068ViRS/fv8syX3q2F5fek7o2QS17M'} as const;

/** Options of the generator. */
export type GenerateTenantOptions = {
	/** How many users (the first is the Global Administrator the trainee signs in as). */
	readonly users: number;
	/** Written into the fixture id so two seeds never share a file name. */
	readonly seed: string | number;
};

/** The fixture id a generated tenant gets: `generated-<users>-seed-<seed>` (kebab-case, as fixture ids must be). */
export function generatedTenantId(options: GenerateTenantOptions): string {
	const seed = String(options.seed).toLowerCase().replaceAll(/[^a-z0-9]+/g, '-').replaceAll(/^-|-$/g, '') || '0';
	return `generated-${options.users}-seed-${seed}`;
}

const domain = 'northwindtraders.com';

function slug(text: string): string {
	return text.normalize('NFD').replaceAll(/[\u0300-\u036F]/g, '').toLowerCase().replaceAll(/[^a-z0-9]/g, '');
}

function hex(random: RandomSource, length: number): string {
	return random.string('0123456789abcdef', length);
}

function isoDay(random: RandomSource, fromYear: number, years: number): string {
	const year = fromYear + random.int(years);
	const month = String(1 + random.int(12)).padStart(2, '0');
	const day = String(1 + random.int(28)).padStart(2, '0');
	return `${year}-${month}-${day}T${String(7 + random.int(11)).padStart(2, '0')}:${String(random.int(60)).padStart(2, '0')}:00Z`;
}

function phoneNumber(random: RandomSource): string {
	// RFC-style fictional ranges: 555-01xx in North America, 7700 900xxx in the UK.
	return chance(random, 80) ? `+44 7700900${String(random.int(1000)).padStart(3, '0')}` : `+1 425555${String(random.int(10_000)).padStart(4, '0')}`;
}

type Methods = NonNullable<UserInput['methods']>;

function generateMethods(random: RandomSource, position: number): {readonly methods: Methods; readonly defaultMethod: NonNullable<UserInput['defaultMethod']>} {
	const hasApp = chance(random, 720);
	const methods: Methods = {};
	if (!hasApp || chance(random, 850)) {
		methods.authenticationPhone = phoneNumber(random);
	}

	if (chance(random, 80)) {
		methods.alternatePhone = phoneNumber(random);
	}

	if (chance(random, 120)) {
		methods.officePhone = {number: '+1 4255550199', extension: String(1000 + (position % 9000))};
	}

	if (hasApp) {
		methods.authenticatorApps = [{deviceName: pick(random, phoneModels)}];
	}

	if (chance(random, 40)) {
		methods.softwareTokens = [{name: 'Google Authenticator'}];
	}

	if (chance(random, 15)) {
		methods.hardwareTokens = [{serialNumber: `TK-${String(20_000 + position)}`, periodSeconds: 30, status: chance(random, 200) ? 'assigned' : 'activated'}];
	}

	const defaultMethod = hasApp ? (chance(random, 850) ? 'app-notification' : 'app-code') : methods.authenticationPhone ? (chance(random, 700) ? 'text' : 'call') : 'app-code';
	return {methods, defaultMethod};
}

function legacyClient(random: RandomSource, savedAppPassword: string | undefined): ClientInput {
	const saved = savedAppPassword === undefined ? {} : {saved: {appPassword: savedAppPassword}};
	const kind = savedAppPassword === undefined ? pickWeighted(random, legacyClients) : pick(random, ['outlook-2010', 'ios-mail-manual', 'imap'] as const);
	switch (kind) {
		case 'outlook-2010': {
			return {id: 'outlook-legacy', kind: 'outlook', version: '2010', ...saved};
		}

		case 'outlook-2013': {
			return {id: 'outlook-legacy', kind: 'outlook', version: '2013', registry: {enableAdal: chance(random, 500) ? 1 : 0, version: 1}};
		}

		case 'outlook-2016-no-adal': {
			return {id: 'outlook-legacy', kind: 'outlook', version: '2016', registry: {enableAdal: 0}};
		}

		case 'ios-mail-manual': {
			return {id: 'iphone-mail', kind: 'ios-mail', setup: 'configure-manually', ...saved};
		}

		case 'ios-mail-sign-in': {
			return {id: 'iphone-mail', kind: 'ios-mail', setup: 'sign-in'};
		}

		case 'imap': {
			return {id: 'thunderbird', kind: 'mail-client', protocol: 'imap', name: 'Thunderbird', ...saved};
		}

		case 'pop': {
			return {id: 'pop-client', kind: 'mail-client', protocol: 'pop'};
		}
	}
}

/** The default clients every person has (personDefaults), so legacy clients are added next to them. */
export const defaultClients: readonly ClientInput[] = [
	{id: 'browser', kind: 'browser', name: 'Edge on laptop'},
	{id: 'outlook', kind: 'outlook', version: '365'},
	{id: 'teams', kind: 'modern-app', name: 'Microsoft Teams'},
	{id: 'outlook-mobile', kind: 'modern-app', name: 'Outlook for iOS'},
];

type Generated = {readonly user: UserInput; readonly person?: PersonInput};

function generateUser(random: RandomSource, position: number, id: string, first: string, last: string): Generated {
	const isAdminSeat = position === 0;
	const isGuest = !isAdminSeat && chance(random, 40);
	const role = isAdminSeat ? 'global-administrator' : isGuest ? undefined : pickWeighted(random, roleShares);
	const state = role ? 'enforced' : isGuest ? 'disabled' : pickWeighted(random, mfaStates);
	const upn = isGuest ? `${id}_partner.example#EXT#@${domain}` : `${id}@${domain}`;
	const registered = !isGuest && (role !== undefined || chance(random, registeredPerMille[state]));
	const methods = registered ? generateMethods(random, position) : undefined;
	const manyAppPasswords = state === 'enforced' && chance(random, 2);
	const appPasswordCount = manyAppPasswords ? 10 + random.int(31) : state !== 'disabled' && registered && chance(random, 80) ? 1 + random.int(3) : 0;
	const appPasswords = Array.from({length: appPasswordCount}, (_unused, index) => ({
		name: index < appPasswordNames.length ? appPasswordNames[index]! : `Device ${index + 1}`,
		createdAt: isoDay(random, 2019, 3),
		hash: sharedAppPassword.hash,
	}));
	const user: UserInput = {
		id,
		upn,
		displayName: `${first} ${last}`,
		department: isAdminSeat ? 'IT' : pickWeighted(random, departments),
		...(isGuest ? {userType: 'guest', guestHome: {tenantName: 'Partner Example Ltd', mfaRequired: chance(random, 500)}} : {}),
		...(chance(random, 30) ? {accountEnabled: false} : {}),
		...(role ? {roles: [role]} : {}),
		perUserMfa: state,
		...(methods ? {methods: methods.methods, defaultMethod: methods.defaultMethod} : {}),
		...(appPasswords.length > 0 ? {appPasswords} : {}),
		...(registered && chance(random, 40) ? {rememberedDevices: [{client: 'browser', grantedAt: isoDay(random, 2024, 1)}]} : {}),
		...(chance(random, 5) ? {lockout: {failedAttempts: 3 + random.int(7)}} : {}),
	};
	return {user, ...personFor(random, appPasswords[0]?.name)};
}

function personFor(random: RandomSource, savedAppPassword: string | undefined): {readonly person?: PersonInput} {
	const person: PersonInput = {};
	const network = pickWeighted(random, networkShares);
	if (network !== undefined) {
		person.network = network;
	}

	if (savedAppPassword !== undefined || chance(random, 120)) {
		person.clients = [...defaultClients, legacyClient(random, savedAppPassword)];
	}

	if (savedAppPassword !== undefined) {
		person.appPasswords = {[savedAppPassword]: sharedAppPassword.plaintext};
	}

	if (chance(random, 25)) {
		person.phone = pickWeighted(random, [
			[{smsBlocker: true}, 2],
			[{doNotDisturb: true}, 3],
			[{clockOffsetSeconds: 90 + random.int(200), automaticTime: false}, 2],
			[{authenticator: {batteryOptimised: true}}, 3],
			[{poweredOn: false}, 1],
		]);
	}

	return Object.keys(person).length > 0 ? {person} : {};
}

/**
 * A synthetic tenant fixture for scale tests and `npm run bench`: `users` users with a realistic mix of per-user
 * MFA states, registered methods, default methods, legacy and modern clients, app passwords (a few users hold
 * 10 to 40), admin roles, guests, blocked accounts, lockouts and remembered devices. Every user shares one
 * precomputed argon2id hash, so loading it performs no hashing. Pure: the same seeded generator gives the same
 * fixture.
 */
export function generateTenantFixture(options: GenerateTenantOptions, random: RandomSource): TenantFixture {
	const users: UserInput[] = [];
	const people: Record<string, PersonInput> = {};
	const taken = new Map<string, number>();
	for (let position = 0; position < options.users; position++) {
		const first = pick(random, firstNames);
		const last = pick(random, lastNames);
		const base = `${slug(first)}.${slug(last)}`;
		const count = taken.get(base) ?? 0;
		taken.set(base, count + 1);
		const {user, person} = generateUser(random, position, count === 0 ? base : `${base}${count + 1}`, first, last);
		users.push(user);
		if (person) {
			Object.defineProperty(people, user.id, {value: person, enumerable: true, writable: true, configurable: true});
		}
	}

	return {
		id: generatedTenantId(options),
		name: 'Northwind Traders',
		tenantId: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
		domain,
		createdAt: '2018-04-09',
		license: 'p1',
		securityDefaults: false,
		exchange: {modernAuthEnabled: true, smtpBasicAuthEnabled: true},
		settings: {appPasswordsAllowed: true, trustedIpRanges: ['203.0.113.0/26'], rememberMfa: {enabled: true, days: 14}},
		telephonyOptIns: [],
		defaultPassword: sharedPassword.plaintext,
		passwordHash: sharedPassword.hash,
		networks: {
			hq: {label: 'Head office', ip: '203.0.113.20', location: 'Seattle, US', country: 'US'},
			branch: {label: 'London branch', ip: '192.0.2.40', location: 'London, GB', country: 'GB'},
			home: {label: 'Home broadband', ip: '198.51.100.61', location: 'Redmond, US', country: 'US'},
			mobile: {label: 'Mobile data', ip: '198.51.100.201', location: 'Bellevue, US', country: 'US'},
			airport: {label: 'Airport Wi-Fi', ip: '192.0.2.99', location: 'Frankfurt, DE', country: 'DE'},
		},
		personDefaults: {network: 'hq', homeCountry: 'US', clients: [...defaultClients]},
		users,
		people,
	};
}
