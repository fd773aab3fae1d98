/**
 * Builders with defaults so each test states only the two or three facts it is about.
 * Hashes here are fake strings: the domain never hashes; argon2 is tested in its adapter test.
 */
import {parseInstant, type Instant} from '../../source/domain/common/time.js';
import type {ClientId, UserId} from '../../source/domain/common/ids.js';
import {defaultServiceSettings, type MfaServiceSettings} from '../../source/domain/tenant/service-settings.js';
import {indexUpns, type Tenant} from '../../source/domain/tenant/tenant.js';
import type {User} from '../../source/domain/tenant/user.js';
import {noMethods, type AuthMethods} from '../../source/domain/tenant/methods.js';
import type {AdminRole} from '../../source/domain/tenant/roles.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {Network, Person, World} from '../../source/domain/world/world.js';
import type {Phone} from '../../source/domain/world/phone.js';
import type {BrowserClient, Client, IosMailClient, MailProtocolClient, ModernAppClient, OutlookClient, OutlookRegistry, OutlookVersion, SmtpDeviceClient} from '../../source/domain/world/client.js';
import type {SignInFacts, TotpFact} from '../../source/domain/sign-in/attempt.js';

export function instant(iso: string): Instant {
	const value = parseInstant(iso);
	if (value === undefined) {
		throw new Error(`bad date in test: ${iso}`);
	}

	return value;
}

/** A current-era date: after the Exchange Basic auth retirement, number matching on. */
export const today = instant('2024-03-12T09:00:00Z');
/** A pre-October-2022 date, when app passwords still opened Exchange Online legacy protocols. */
export const before2022 = instant('2021-06-15T09:00:00Z');

export const authenticatorSecret = 'JBSWY3DPEHPK3PXPJBSW';

export const networks = {
	office: {id: 'office', label: 'Head office', ip: '203.0.113.10', location: 'Seattle, US', country: 'US'},
	home: {id: 'home', label: 'Home broadband', ip: '198.51.100.7', location: 'Redmond, US', country: 'US'},
	hotel: {id: 'hotel', label: 'Hotel Wi-Fi', ip: '192.0.2.50', location: 'Lyon, FR', country: 'FR'},
} as const satisfies Record<string, Network>;

export function buildUser(overrides: Partial<User> & {id: UserId}): User {
	return {
		upn: `${overrides.id}@contoso.com`,
		displayName: overrides.id[0]!.toUpperCase() + overrides.id.slice(1),
		userType: 'member',
		accountEnabled: true,
		passwordHash: `fake-hash-of-${overrides.id}`,
		passwordChangedAt: instant('2024-01-01T00:00:00Z'),
		mustChangePassword: false,
		roles: [],
		perUserMfa: 'disabled',
		mustRegisterAgain: false,
		methods: noMethods,
		appPasswords: [],
		rememberedDevices: [],
		lockout: {failedAttempts: 0, lockoutCount: 0},
		risk: 'none',
		telephonyAttempts: [],
		lastAcceptedTotpStep: {},
		...overrides,
	};
}

/** Methods of a user who registered Authenticator (push + code) and an authentication phone. */
export function registeredMethods(overrides: Partial<AuthMethods> = {}): AuthMethods {
	return {
		...noMethods,
		authenticationPhone: {number: '+1 4255550100'},
		authenticatorApps: [{id: 'auth-app-1', deviceName: 'iPhone 13', push: true, code: true, secret: authenticatorSecret, registeredAt: instant('2023-09-01T00:00:00Z')}],
		...overrides,
	};
}

export function buildPhone(overrides: Partial<Phone> = {}): Phone {
	return {
		number: '+1 4255550100',
		isSmartphone: true,
		poweredOn: true,
		hasSignal: true,
		hasData: true,
		roamingBlocksTelephony: false,
		doNotDisturb: false,
		smsBlocker: false,
		blocksMicrosoftCaller: false,
		callsGoToVoicemail: false,
		clockOffsetSeconds: 0,
		automaticTime: true,
		authenticator: {
			installed: true,
			notificationsAllowed: true,
			batteryOptimised: false,
			accounts: [{registrationId: 'auth-app-1', label: 'Contoso', secret: authenticatorSecret, activated: true}],
		},
		log: [],
		...overrides,
	};
}

export function browser(overrides: Partial<BrowserClient> = {}): BrowserClient {
	return {id: 'browser', name: 'Edge on laptop', kind: 'browser', ...overrides};
}

export function outlook(version: OutlookVersion, registry: OutlookRegistry = {}, overrides: Partial<OutlookClient> = {}): OutlookClient {
	return {id: 'outlook', name: `Outlook ${version}`, kind: 'outlook', version, registry, ...overrides};
}

export function iosMail(setup: IosMailClient['setup'], overrides: Partial<IosMailClient> = {}): IosMailClient {
	return {id: 'iphone-mail', name: 'iPhone Mail', kind: 'ios-mail', iosVersion: 17, setup, ...overrides};
}

export function imapClient(overrides: Partial<MailProtocolClient> = {}): MailProtocolClient {
	return {id: 'thunderbird', name: 'Thunderbird (IMAP)', kind: 'mail-client', protocol: 'imap', ...overrides};
}

export function smtpScanner(overrides: Partial<SmtpDeviceClient> = {}): SmtpDeviceClient {
	return {id: 'scanner', name: 'Ricoh scanner (SMTP)', kind: 'smtp-device', network: 'office', ...overrides};
}

export function teams(overrides: Partial<ModernAppClient> = {}): ModernAppClient {
	return {id: 'teams', name: 'Teams', kind: 'modern-app', ...overrides};
}

export function buildPerson(overrides: Partial<Person> & {userId: UserId}): Person {
	return {
		networkId: 'home',
		homeCountry: 'US',
		knownPassword: `password-of-${overrides.userId}`,
		notedAppPasswords: {},
		phone: buildPhone(),
		tokens: [],
		clients: [browser()],
		behaviour: {pressesHash: true, pushResponse: 'approve', checksAuthenticatorManually: false, ticksDontAskAgain: false},
		...overrides,
	};
}

export type StateOptions = {
	users?: readonly User[];
	people?: readonly Person[];
	now?: Instant;
	settings?: Partial<MfaServiceSettings>;
	tenant?: Partial<Omit<Tenant, 'users' | 'upnIndex' | 'settings'>>;
	/** Roles of the trainee's admin account (`admin`). */
	actorRoles?: readonly AdminRole[];
};

/** A small tenant: the given users plus the trainee's admin account, and a world with their people. */
export function buildState(options: StateOptions = {}): SimState {
	const admin = buildUser({id: 'admin', displayName: 'Helpdesk Admin', roles: options.actorRoles ?? ['global-administrator']});
	const users: Record<UserId, User> = {admin};
	for (const user of options.users ?? []) {
		users[user.id] = user;
	}

	const people: Record<UserId, Person> = {};
	for (const person of options.people ?? []) {
		people[person.userId] = person;
	}

	const world: World = {networks, people};
	const tenant: Tenant = {
		id: '7c1a3f4e-0000-4000-8000-000000000001',
		name: 'Contoso Ltd',
		primaryDomain: 'contoso.com',
		createdAt: instant('2019-01-01T00:00:00Z'),
		license: 'p1',
		securityDefaults: false,
		exchange: {modernAuthEnabled: true, smtpBasicAuthEnabled: true},
		telephonyOptedInCallingCodes: [],
		...options.tenant,
		settings: {...defaultServiceSettings, ...options.settings},
		users,
		upnIndex: indexUpns(users),
	};
	return {tenant, world, now: options.now ?? today, actorId: 'admin', signInLog: [], auditLog: [], sequence: 0};
}

/** Facts for a sign-in where the typed secret matched the password. */
export function passwordFacts(totp: Record<string, TotpFact> = {}): SignInFacts {
	return {credential: {kind: 'password'}, totp, oneTimeCode: '123456', numberMatch: 42};
}

/** Facts for a sign-in where the typed secret matched an app password. */
export function appPasswordFacts(appPasswordId: string): SignInFacts {
	return {credential: {kind: 'app-password', appPasswordId}, totp: {}, oneTimeCode: '123456', numberMatch: 42};
}

/** Facts for a sign-in where nothing matched. */
export function wrongSecretFacts(): SignInFacts {
	return {credential: {kind: 'no-match'}, totp: {}, oneTimeCode: '123456', numberMatch: 42};
}

/** Convenience to pick a client by id from a person. */
export function clientOf(person: Person, clientId: ClientId): Client {
	const client = person.clients.find((each) => each.id === clientId);
	if (!client) {
		throw new Error(`no client ${clientId}`);
	}

	return client;
}
