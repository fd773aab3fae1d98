/**
 * fast-check arbitraries for model-based tests of whole play sessions: a generated tenant and world
 * (several users in every per-user MFA state, a guest, varied methods, phones, clients of every
 * kind, app passwords, remembered devices, service settings, security defaults, an era either side
 * of the dated facts, and the actor's roles), and sequences of session intents (admin commands,
 * "ask the user to ...", sign-ins with every client, clock moves, escalations).
 *
 * Drafts are plain data with every secret in clear; `buildWorldState` hashes them with the test
 * hasher, so a person's password really verifies (or, when the draft says they forgot it, really
 * does not). Intents may name state-dependent ids as `#<n>` ("the n-th app password / method / token
 * the user has now"); `concretise` resolves them against the current state before the intent is
 * played, so generated sequences reach app passwords and methods created during play.
 */
import fc from 'fast-check';
import {DAY, MINUTE, type Instant} from '../../source/domain/common/time.js';
import {eraDates} from '../../source/domain/common/era.js';
import type {MailboxSmtpAuthSetting} from '../../source/domain/admin/admin-command.js';
import type {PasswordHasher} from '../../source/domain/ports.js';
import type {SimState, EscalationTarget} from '../../source/domain/state/sim-state.js';
import {defaultMethods, type AuthMethods, type AuthenticatorRegistration, type DefaultMethod, type HardwareOathToken} from '../../source/domain/tenant/methods.js';
import type {MfaServiceSettings} from '../../source/domain/tenant/service-settings.js';
import type {LicenseTier} from '../../source/domain/tenant/tenant.js';
import {adminRoles, type AdminRole} from '../../source/domain/tenant/roles.js';
import type {AppPassword, PerUserMfaState, RememberedDeviceGrant, User} from '../../source/domain/tenant/user.js';
import type {RegistrationMethod} from '../../source/domain/user/user-action.js';
import type {Client, ClientKind, IosMailSetup, OutlookRegistry, OutlookVersion} from '../../source/domain/world/client.js';
import type {AuthenticatorAccount, Phone, TokenDevice} from '../../source/domain/world/phone.js';
import type {Behaviour, Person} from '../../source/domain/world/world.js';
import type {AdminIntent} from '../../source/services/admin-service.js';
import type {SessionIntent} from '../../source/services/session-service.js';
import type {UserIntent} from '../../source/services/user-service.js';
import {buildPerson, buildState, buildUser, instant} from './build-state.js';

// ---- Pools -------------------------------------------------------------------------------------

/** Members of the generated tenant; each has a person in the world. */
export const memberIds = ['ava', 'ben', 'cal'] as const;
/** A B2B guest whose MFA follows their home tenant. */
export const guestId = 'gus';
/** The trainee's admin account (no person in the world). */
export const actorId = 'admin';
/** An id nobody has: intents naming it must be refused. */
export const ghostId = 'ghost';

/** Client ids by kind; every person holds a subset, intents may name any (or one nobody has). */
export const clientSlots = [
	{id: 'browser', kind: 'browser'},
	{id: 'browser-2', kind: 'browser'},
	{id: 'teams', kind: 'modern-app'},
	{id: 'outlook', kind: 'outlook'},
	{id: 'iphone-mail', kind: 'ios-mail'},
	{id: 'imap', kind: 'mail-client'},
	{id: 'pop', kind: 'mail-client'},
	{id: 'scanner', kind: 'smtp-device'},
	{id: 'powershell', kind: 'exchange-powershell'},
] as const satisfies ReadonlyArray<{readonly id: string; readonly kind: ClientKind}>;

export const unknownClientId = 'fax-machine';
export const networkIds = ['office', 'home', 'hotel'] as const;

/** Public ranges around the three networks (office 203.0.113.10, home 198.51.100.7, hotel 192.0.2.50). */
const publicRanges = ['203.0.113.0/24', '198.51.100.7/32', '192.0.2.0/28', '192.0.2.64/26', '8.8.8.0/24'] as const;
/** What an admin may type into the trusted IPs box: good ranges, private ones, junk. */
const typedRanges = [...publicRanges, '10.0.0.0/8', '192.168.1.0/24', '203.0.113.10', 'not-a-cidr', '198.51.100.0/33', '', '  '] as const;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const lowercase = 'abcdefghijklmnopqrstuvwxyz';
const alphanumeric = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function charsArb(alphabet: string, length: number): fc.Arbitrary<string> {
	return fc.array(fc.constantFrom(...alphabet), {minLength: length, maxLength: length}).map((chars) => chars.join(''));
}

/** A 10-byte Base32 TOTP seed, as Entra issues them. */
export const totpSecretArb = charsArb(base32Alphabet, 16);
/** A 16-letter app password, the format the simulator draws. */
export const appPasswordSecretArb = charsArb(lowercase, 16);

/** Usually `value`, sometimes its opposite. */
function mostly(value: boolean, odds = 4): fc.Arbitrary<boolean> {
	return fc.oneof({arbitrary: fc.constant(value), weight: odds}, {arbitrary: fc.constant(!value), weight: 1});
}

/** Undefined most of the time, otherwise a drawn value. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, odds = 5): fc.Arbitrary<T | undefined> {
	return fc.oneof({arbitrary: fc.constant(undefined), weight: odds}, {arbitrary, weight: 1});
}

/** Start dates from late 2019 to 2026, weighted around every dated fact (fact sheet 10). */
export const startArb: fc.Arbitrary<Instant> = fc.oneof(
	{arbitrary: fc.integer({min: instant('2019-10-01T00:00:00Z'), max: instant('2026-06-01T00:00:00Z')}), weight: 2},
	{
		arbitrary: fc
			.tuple(
				fc.constantFrom(eraDates.leastPrivilegeMfaRoles, eraDates.exchangeBasicAuthRetired, eraDates.reRegisterDeletesMethods, eraDates.numberMatching, eraDates.noPushForUnfamiliarSignIns, eraDates.legacyFraudAlertRemoved),
				fc.integer({min: -3 * DAY, max: DAY}),
			)
			.map(([at, offset]) => at + offset),
		weight: 3,
	},
);

const actorRolesArb: fc.Arbitrary<readonly AdminRole[]> = fc.oneof(
	{
		arbitrary: fc.constantFrom<readonly AdminRole[]>(
			['global-administrator'],
			['privileged-authentication-administrator'],
			['authentication-administrator'],
			['helpdesk-administrator', 'authentication-administrator'],
			['helpdesk-administrator', 'exchange-administrator'],
		),
		weight: 6,
	},
	{arbitrary: fc.subarray([...adminRoles], {minLength: 1, maxLength: 2}), weight: 2},
	{arbitrary: fc.constant<readonly AdminRole[]>([]), weight: 1},
);

const targetRolesArb: fc.Arbitrary<readonly AdminRole[]> = fc.oneof(
	{arbitrary: fc.constant<readonly AdminRole[]>([]), weight: 6},
	{arbitrary: fc.constantFrom<readonly AdminRole[]>(['global-administrator'], ['helpdesk-administrator'], ['authentication-administrator'], ['reports-reader'], ['user-administrator']), weight: 1},
);

// ---- World drafts ------------------------------------------------------------------------------

/** How a client's saved secret relates to what the person knows. */
type SavedSecretDraft = 'none' | 'password' | 'wrong' | {readonly appPassword: number};

type ClientDraft = {
	readonly slot: number;
	readonly saved: SavedSecretDraft;
	readonly outlookVersion: OutlookVersion;
	readonly registry: OutlookRegistry;
	readonly iosVersion: number;
	readonly iosSetup: IosMailSetup;
	readonly pinnedNetwork?: (typeof networkIds)[number] | undefined;
	readonly cookieGrant?: number | undefined;
};

type PhoneDraft = {
	readonly poweredOn: boolean;
	readonly hasSignal: boolean;
	readonly hasData: boolean;
	readonly isSmartphone: boolean;
	readonly roaming?: string | undefined;
	readonly roamingBlocksTelephony: boolean;
	readonly doNotDisturb: boolean;
	readonly smsBlocker: boolean;
	readonly blocksMicrosoftCaller: boolean;
	readonly callsGoToVoicemail: boolean;
	readonly clockOffsetSeconds: number;
	readonly installed: boolean;
	readonly notificationsAllowed: boolean;
	readonly batteryOptimised: boolean;
	/** Per tenant registration: is its account in this phone's app, activated, with the same seed? */
	readonly accounts: readonly {readonly present: boolean; readonly activated: boolean; readonly staleSecret?: string | undefined}[];
};

/** One member or guest: the directory user and the person behind them, secrets in clear. */
export type UserDraft = {
	readonly id: string;
	readonly guest?: {readonly mfaRequired: boolean} | undefined;
	readonly perUserMfa: PerUserMfaState;
	readonly roles: readonly AdminRole[];
	readonly accountEnabled: boolean;
	readonly password: string;
	/** The person remembers a different password than the tenant's (AADSTS50126 and lockout paths). */
	readonly forgotPassword?: string | undefined;
	readonly passwordExpiredAgoMs?: number | undefined;
	/** An admin reset: the password the person knows is a temporary one that must be changed at the next sign-in. */
	readonly mustChangePassword?: boolean | undefined;
	readonly mustRegisterAgain: boolean;
	readonly methods: {
		readonly authenticationPhone?: string | undefined;
		readonly alternatePhone?: string | undefined;
		readonly officePhone?: string | undefined;
		readonly apps: readonly {readonly push: boolean; readonly code: boolean; readonly secret: string}[];
		readonly software?: string | undefined;
		readonly hardware?: {readonly secret: string; readonly periodSeconds: 30 | 60; readonly status: HardwareOathToken['status']} | undefined;
	};
	readonly defaultMethod?: DefaultMethod | undefined;
	/** Pre-existing app passwords; `noted` says the person wrote it down. */
	readonly appPasswords: readonly {readonly secret: string; readonly noted: boolean}[];
	readonly grants: readonly {readonly ageMs: number; readonly lifetimeMs: number}[];
	readonly lockedForMs?: number | undefined;
	readonly mfaBlockedForMs?: number | undefined;
	readonly risk: 'none' | 'high';
	readonly telephonyAgoMs: readonly number[];
	readonly networkId: (typeof networkIds)[number];
	readonly homeCountry: string;
	readonly phone?: PhoneDraft | undefined;
	readonly oldPhone: boolean;
	readonly token?: {readonly sameSecret: boolean; readonly periodSeconds: 30 | 60; readonly otherSecret: string} | undefined;
	readonly clients: readonly ClientDraft[];
	readonly behaviour: Behaviour;
};

/** A whole generated tenant and world before hashing. */
export type WorldDraft = {
	readonly now: Instant;
	readonly actorRoles: readonly AdminRole[];
	readonly license: LicenseTier;
	readonly securityDefaults: boolean;
	readonly exchange: {
		readonly modernAuthEnabled: boolean;
		readonly smtpBasicAuthEnabled: boolean;
		readonly smtpAuthMailboxes?: Readonly<Record<string, 'enabled' | 'disabled'>>;
	};
	readonly telephonyOptedInCallingCodes: readonly string[];
	readonly settings: MfaServiceSettings;
	readonly users: readonly UserDraft[];
};

const phoneNumberOf: Readonly<Record<string, string>> = {ava: '+1 4255550101', ben: '+44 7700900102', cal: '+234 8031234567', gus: '+33 612345678'};

function registeredNumberArb(own: string): fc.Arbitrary<string> {
	return fc.oneof({arbitrary: fc.constant(own), weight: 5}, {arbitrary: fc.constantFrom('+1 4255550199', own.replace(' ', ''), '+1 425555', '+880 1712345678'), weight: 1});
}

const settingsArb: fc.Arbitrary<MfaServiceSettings> = fc.record({
	appPasswordsAllowed: fc.boolean(),
	skipForFederatedIntranet: fc.boolean(),
	trustedIpRanges: fc.subarray([...publicRanges], {maxLength: 2}),
	verificationOptions: fc.record({call: mostly(true), text: mostly(true), appNotification: mostly(true), appCode: mostly(true)}).map((options) => (Object.values(options).some(Boolean) ? options : {...options, appCode: true})),
	rememberMfa: fc.record({enabled: fc.boolean(), days: fc.constantFrom(1, 7, 14, 60)}),
});

const behaviourArb: fc.Arbitrary<Behaviour> = fc.record({
	pressesHash: mostly(true),
	pushResponse: fc.oneof({arbitrary: fc.constant('approve' as const), weight: 5}, {arbitrary: fc.constantFrom('deny' as const, 'report' as const, 'ignore' as const), weight: 1}),
	checksAuthenticatorManually: fc.boolean(),
	ticksDontAskAgain: fc.boolean(),
});

const phoneDraftArb: fc.Arbitrary<PhoneDraft> = fc.record(
	{
		poweredOn: mostly(true, 8),
		hasSignal: mostly(true, 8),
		hasData: mostly(true, 8),
		isSmartphone: mostly(true, 8),
		roaming: rarely(fc.constantFrom('33', '1'), 8),
		roamingBlocksTelephony: fc.boolean(),
		doNotDisturb: mostly(false, 6),
		smsBlocker: mostly(false, 6),
		blocksMicrosoftCaller: mostly(false, 8),
		callsGoToVoicemail: mostly(false, 8),
		clockOffsetSeconds: fc.oneof({arbitrary: fc.constant(0), weight: 6}, {arbitrary: fc.constantFrom(-200, -40, 20, 45, 300), weight: 1}),
		installed: mostly(true, 8),
		notificationsAllowed: mostly(true, 6),
		batteryOptimised: mostly(false, 6),
		accounts: fc.array(fc.record({present: mostly(true, 6), activated: mostly(true, 6), staleSecret: rarely(totpSecretArb, 6)}, {requiredKeys: ['present', 'activated']}), {minLength: 2, maxLength: 2}),
	},
	{requiredKeys: ['poweredOn', 'hasSignal', 'hasData', 'isSmartphone', 'roamingBlocksTelephony', 'doNotDisturb', 'smsBlocker', 'blocksMicrosoftCaller', 'callsGoToVoicemail', 'clockOffsetSeconds', 'installed', 'notificationsAllowed', 'batteryOptimised', 'accounts']},
);

const clientDraftArb = (slot: number): fc.Arbitrary<ClientDraft> =>
	fc.record(
		{
			slot: fc.constant(slot),
			saved: fc.oneof({arbitrary: fc.constant<SavedSecretDraft>('none'), weight: 6}, {arbitrary: fc.constantFrom<SavedSecretDraft>('password', 'wrong', {appPassword: 0}, {appPassword: 1}), weight: 2}),
			outlookVersion: fc.constantFrom<OutlookVersion>('2010', '2013', '2016', '2019', '365'),
			registry: fc.record({enableAdal: fc.constantFrom<0 | 1>(0, 1), version: fc.constantFrom<0 | 1>(0, 1), alwaysUseMsoAuthForAutoDiscover: fc.constantFrom<0 | 1>(0, 1)}, {requiredKeys: []}),
			iosVersion: fc.constantFrom(10, 11, 17),
			iosSetup: fc.constantFrom<IosMailSetup>('sign-in', 'configure-manually', 'imap'),
			pinnedNetwork: rarely(fc.constantFrom(...networkIds), 2),
			cookieGrant: rarely(fc.constantFrom(0, 1, 7), 1),
		},
		{requiredKeys: ['slot', 'saved', 'outlookVersion', 'registry', 'iosVersion', 'iosSetup']},
	);

const clientsArb: fc.Arbitrary<readonly ClientDraft[]> = fc
	.subarray(clientSlots.map((_slot, index) => index), {minLength: 1})
	.chain((slots) => fc.tuple(...slots.map((slot) => clientDraftArb(slot))))
	.map((clients) => clients);

function userDraftArb(id: string, guest: boolean): fc.Arbitrary<UserDraft> {
	const own = phoneNumberOf[id] ?? '+1 4255550100';
	return fc.record(
		{
			id: fc.constant(id),
			guest: guest ? fc.record({mfaRequired: fc.boolean()}) : fc.constant(undefined),
			perUserMfa: fc.constantFrom<PerUserMfaState>('disabled', 'enabled', 'enforced'),
			roles: guest ? fc.constant<readonly AdminRole[]>([]) : targetRolesArb,
			accountEnabled: mostly(true, 15),
			password: charsArb(alphanumeric, 10).map((random) => `pw-${id}-${random}`),
			forgotPassword: rarely(charsArb(alphanumeric, 10).map((random) => `old-${id}-${random}`), 8),
			passwordExpiredAgoMs: rarely(fc.integer({min: -30 * DAY, max: 30 * DAY}), 10),
			mustChangePassword: rarely(fc.constant(true), 6),
			mustRegisterAgain: mostly(false, 8),
			methods: fc.record(
				{
					authenticationPhone: registeredNumberArb(own),
					alternatePhone: fc.constant('+1 4255550177'),
					officePhone: fc.constant('+1 4255550111'),
					apps: fc.array(fc.record({push: mostly(true), code: mostly(true), secret: totpSecretArb}), {maxLength: 2}),
					software: totpSecretArb,
					hardware: fc.record({secret: totpSecretArb, periodSeconds: fc.constantFrom<30 | 60>(30, 60), status: fc.constantFrom<HardwareOathToken['status']>('assigned', 'activated')}),
				},
				{requiredKeys: ['apps']},
			),
			defaultMethod: fc.option(fc.constantFrom(...defaultMethods), {nil: undefined, freq: 2}),
			appPasswords: guest ? fc.constant([]) : fc.array(fc.record({secret: appPasswordSecretArb, noted: mostly(true)}), {maxLength: 2}),
			grants: fc.array(fc.record({ageMs: fc.integer({min: 0, max: 70 * DAY}), lifetimeMs: fc.integer({min: DAY, max: 90 * DAY})}), {maxLength: 2}),
			lockedForMs: rarely(fc.integer({min: -5 * MINUTE, max: 5 * MINUTE}), 10),
			mfaBlockedForMs: rarely(fc.integer({min: -DAY, max: 90 * DAY}), 10),
			risk: fc.constantFrom<'none' | 'high'>('none', 'none', 'none', 'high'),
			telephonyAgoMs: fc.array(fc.integer({min: 0, max: 10 * MINUTE}), {maxLength: 6}),
			networkId: fc.constantFrom(...networkIds),
			homeCountry: fc.constantFrom('US', 'US', 'FR'),
			phone: fc.option(phoneDraftArb, {nil: undefined, freq: 8}),
			oldPhone: mostly(false, 6),
			token: rarely(fc.record({sameSecret: mostly(true), periodSeconds: fc.constantFrom<30 | 60>(30, 60), otherSecret: totpSecretArb}), 1),
			clients: clientsArb,
			behaviour: behaviourArb,
		},
		{requiredKeys: ['id', 'perUserMfa', 'roles', 'accountEnabled', 'password', 'mustRegisterAgain', 'methods', 'appPasswords', 'grants', 'risk', 'telephonyAgoMs', 'networkId', 'homeCountry', 'oldPhone', 'clients', 'behaviour']},
	) as fc.Arbitrary<UserDraft>;
}

/** A tenant with three members (and, usually, a guest), their people, and the trainee's admin account. */
export const worldDraftArb: fc.Arbitrary<WorldDraft> = fc.record({
	now: startArb,
	actorRoles: actorRolesArb,
	license: fc.constantFrom<LicenseTier>('free', 'office365', 'p1', 'p2', 'p1', 'p2'),
	securityDefaults: mostly(false, 3),
	exchange: fc.record(
		{modernAuthEnabled: mostly(true), smtpBasicAuthEnabled: fc.boolean(), smtpAuthMailboxes: fc.dictionary(fc.constantFrom(...memberIds), fc.constantFrom('enabled' as const, 'disabled' as const), {maxKeys: 2})},
		{requiredKeys: ['modernAuthEnabled', 'smtpBasicAuthEnabled']},
	),
	telephonyOptedInCallingCodes: fc.subarray(['234', '880']),
	settings: settingsArb,
	users: fc
		.tuple(...memberIds.map((id) => userDraftArb(id, false)), fc.option(userDraftArb(guestId, true), {nil: undefined, freq: 3}))
		.map((users) => users.filter((user): user is UserDraft => user !== undefined)),
});

// ---- Building the state ------------------------------------------------------------------------

function methodsOf(draft: UserDraft, now: Instant): AuthMethods {
	const {methods} = draft;
	const apps: AuthenticatorRegistration[] = methods.apps.map((app, index) => ({
		id: `auth-app-${draft.id}-${index + 1}`,
		deviceName: `Phone ${index + 1}`,
		push: app.push,
		code: app.code,
		secret: app.secret,
		registeredAt: now - (200 - index) * DAY,
	}));
	return {
		...(methods.authenticationPhone === undefined ? {} : {authenticationPhone: {number: methods.authenticationPhone}}),
		...(methods.alternatePhone === undefined ? {} : {alternatePhone: {number: methods.alternatePhone}}),
		...(methods.officePhone === undefined ? {} : {officePhone: {number: methods.officePhone}}),
		authenticatorApps: apps,
		softwareTokens: methods.software === undefined ? [] : [{id: `sw-${draft.id}`, name: 'Authenticator app', secret: methods.software, registeredAt: now - 150 * DAY}],
		hardwareTokens:
			methods.hardware === undefined
				? []
				: [{id: `hw-${draft.id}`, serialNumber: `SN-${draft.id.toUpperCase()}`, manufacturer: 'Token2', model: 'C202', secret: methods.hardware.secret, periodSeconds: methods.hardware.periodSeconds, status: methods.hardware.status}],
	};
}

function phoneOf(draft: UserDraft, phone: PhoneDraft, methods: AuthMethods): Phone {
	const accounts: AuthenticatorAccount[] = [];
	for (const [index, app] of methods.authenticatorApps.entries()) {
		const account = phone.accounts[index];
		if (account?.present === true) {
			accounts.push({registrationId: app.id, label: 'Contoso', secret: account.staleSecret ?? app.secret, activated: account.activated});
		}
	}

	const software = methods.softwareTokens[0];
	if (software !== undefined) {
		accounts.push({registrationId: software.id, label: 'Contoso (code)', secret: software.secret, activated: true});
	}

	return {
		number: phoneNumberOf[draft.id] ?? '+1 4255550100',
		isSmartphone: phone.isSmartphone,
		poweredOn: phone.poweredOn,
		hasSignal: phone.hasSignal,
		hasData: phone.hasData,
		...(phone.roaming === undefined ? {} : {roamingCallingCode: phone.roaming}),
		roamingBlocksTelephony: phone.roamingBlocksTelephony,
		doNotDisturb: phone.doNotDisturb,
		smsBlocker: phone.smsBlocker,
		blocksMicrosoftCaller: phone.blocksMicrosoftCaller,
		callsGoToVoicemail: phone.callsGoToVoicemail,
		clockOffsetSeconds: phone.clockOffsetSeconds,
		automaticTime: phone.clockOffsetSeconds === 0,
		authenticator: {installed: phone.installed, notificationsAllowed: phone.notificationsAllowed, batteryOptimised: phone.batteryOptimised, accounts},
		log: [],
	};
}

function clientOf(draft: ClientDraft, secrets: {readonly password: string; readonly appPasswords: readonly string[]; readonly grantIds: readonly string[]}): Client {
	const slot = clientSlots[draft.slot]!;
	const savedSecret =
		draft.saved === 'none'
			? undefined
			: draft.saved === 'password'
				? secrets.password
				: draft.saved === 'wrong'
					? `${secrets.password}-typo`
					: secrets.appPasswords[draft.saved.appPassword];
	const base = {id: slot.id, name: slot.id, ...(savedSecret === undefined ? {} : {savedSecret})};
	switch (slot.kind) {
		case 'browser': {
			const grantId = draft.cookieGrant === undefined ? undefined : (secrets.grantIds[draft.cookieGrant] ?? 'grant-gone');
			return {...base, kind: 'browser', ...(grantId === undefined ? {} : {rememberCookie: {grantId}})};
		}

		case 'modern-app': {
			return {...base, kind: 'modern-app', name: 'Teams'};
		}

		case 'outlook': {
			return {...base, kind: 'outlook', name: `Outlook ${draft.outlookVersion}`, version: draft.outlookVersion, registry: draft.registry};
		}

		case 'ios-mail': {
			return {...base, kind: 'ios-mail', iosVersion: draft.iosVersion, setup: draft.iosSetup};
		}

		case 'mail-client': {
			return {...base, kind: 'mail-client', protocol: slot.id === 'imap' ? 'imap' : 'pop'};
		}

		case 'smtp-device': {
			return {...base, kind: 'smtp-device', ...(draft.pinnedNetwork === undefined ? {} : {network: draft.pinnedNetwork})};
		}

		case 'exchange-powershell': {
			return {...base, kind: 'exchange-powershell'};
		}
	}
}

async function built(draft: UserDraft, now: Instant, hasher: PasswordHasher): Promise<{readonly user: User; readonly person: Person}> {
	const methods = methodsOf(draft, now);
	const appPasswords: AppPassword[] = [];
	const notedAppPasswords: Record<string, string> = {};
	for (const [index, each] of draft.appPasswords.entries()) {
		const id = `ap-${draft.id}-${index + 1}`;
		appPasswords.push({id, name: `Device ${index + 1}`, createdAt: now - 100 * DAY, hash: await hasher.hash(each.secret), lookupTag: hasher.lookupTag(each.secret)});
		if (each.noted) {
			notedAppPasswords[id] = each.secret;
		}
	}

	const browserIds = draft.clients.map((client) => clientSlots[client.slot]!).filter((slot) => slot.kind === 'browser').map((slot) => slot.id);
	const rememberedDevices: RememberedDeviceGrant[] = draft.grants.map((grant, index) => ({
		id: `grant-${draft.id}-${index + 1}`,
		clientId: browserIds[index % Math.max(1, browserIds.length)] ?? 'browser',
		grantedAt: now - grant.ageMs,
		expiresAt: now - grant.ageMs + grant.lifetimeMs,
	}));
	const tenantPassword = draft.forgotPassword === undefined ? draft.password : draft.forgotPassword;
	const user = buildUser({
		id: draft.id,
		upn: `${draft.id}@${draft.guest === undefined ? 'contoso.com' : 'fabrikam.com'}`,
		userType: draft.guest === undefined ? 'member' : 'guest',
		...(draft.guest === undefined ? {} : {guestHome: {tenantName: 'Fabrikam', mfaRequired: draft.guest.mfaRequired}}),
		accountEnabled: draft.accountEnabled,
		passwordHash: await hasher.hash(tenantPassword),
		passwordChangedAt: now - 200 * DAY,
		...(draft.passwordExpiredAgoMs === undefined ? {} : {passwordExpiresAt: now - draft.passwordExpiredAgoMs}),
		mustChangePassword: draft.mustChangePassword === true,
		roles: draft.roles,
		perUserMfa: draft.perUserMfa,
		mustRegisterAgain: draft.mustRegisterAgain,
		methods,
		...(draft.defaultMethod === undefined ? {} : {defaultMethod: draft.defaultMethod}),
		appPasswords,
		rememberedDevices,
		lockout: {failedAttempts: 0, lockoutCount: 0, ...(draft.lockedForMs === undefined ? {} : {lockedUntil: now + draft.lockedForMs})},
		...(draft.mfaBlockedForMs === undefined ? {} : {mfaBlockedUntil: now + draft.mfaBlockedForMs}),
		risk: draft.risk,
		telephonyAttempts: draft.telephonyAgoMs.map((ago) => now - ago).toSorted((a, b) => a - b),
	});
	const hardware = methods.hardwareTokens[0];
	const tokens: TokenDevice[] =
		draft.token === undefined || hardware === undefined
			? []
			: [{serialNumber: hardware.serialNumber, secret: draft.token.sameSecret ? hardware.secret : draft.token.otherSecret, periodSeconds: draft.token.periodSeconds}];
	const secrets = {password: draft.password, appPasswords: draft.appPasswords.map((each) => each.secret), grantIds: rememberedDevices.map((grant) => grant.id)};
	const phone = draft.phone === undefined ? undefined : phoneOf(draft, draft.phone, methods);
	const oldPhone = draft.oldPhone && draft.phone !== undefined ? {...phoneOf(draft, {...draft.phone, poweredOn: true}, methods), number: '+1 4255550999'} : undefined;
	const person = buildPerson({
		userId: draft.id,
		networkId: draft.networkId,
		homeCountry: draft.homeCountry,
		knownPassword: draft.password,
		notedAppPasswords,
		tokens,
		clients: draft.clients.map((client) => clientOf(client, secrets)),
		behaviour: draft.behaviour,
		...(oldPhone === undefined ? {} : {oldPhone}),
	});
	if (phone === undefined) {
		const {phone: _none, ...rest} = person;
		return {user, person: rest};
	}

	return {user, person: {...person, phone}};
}

/** Builds the initial state of a draft: passwords and app passwords hashed and tagged by `hasher`. */
export async function buildWorldState(draft: WorldDraft, hasher: PasswordHasher): Promise<SimState> {
	const users: User[] = [];
	const people: Person[] = [];
	for (const each of draft.users) {
		const {user, person} = await built(each, draft.now, hasher);
		users.push(user);
		people.push(person);
	}

	return buildState({
		now: draft.now,
		users,
		people,
		actorRoles: draft.actorRoles,
		settings: draft.settings,
		tenant: {license: draft.license, securityDefaults: draft.securityDefaults, exchange: draft.exchange, telephonyOptedInCallingCodes: draft.telephonyOptedInCallingCodes},
	});
}

// ---- Intents -----------------------------------------------------------------------------------

/**
 * Ids that name properties every object inherits: intents replayed from a tampered progress file may carry
 * them, and lookups must treat them as unknown ids, not reach Object.prototype.
 */
export const inheritedNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Anyone an intent may name: mostly members, sometimes the guest, the admin account, nobody, or an inherited name. */
const userIdArb: fc.Arbitrary<string> = fc.oneof(
	{arbitrary: fc.constantFrom(...memberIds), weight: 24},
	{arbitrary: fc.constant(guestId), weight: 4},
	{arbitrary: fc.constantFrom(actorId, ghostId), weight: 2},
	{arbitrary: fc.constantFrom(...inheritedNames), weight: 1},
);
/** Mostly `#n` (the n-th client the person has), sometimes any client id, or one nobody has. */
const clientIdArb: fc.Arbitrary<string> = fc.oneof(
	{arbitrary: fc.nat(8).map((index) => `#${index}`), weight: 32},
	{arbitrary: fc.constantFrom(...clientSlots.map((slot) => slot.id)), weight: 6},
	{arbitrary: fc.constant(unknownClientId), weight: 1},
	{arbitrary: fc.constantFrom(...inheritedNames), weight: 1},
);
/** `#n`: the n-th id of a state-dependent list, resolved by `concretise`. */
const pickArb: fc.Arbitrary<string> = fc.oneof({arbitrary: fc.nat(7).map((index) => `#${index}`), weight: 16}, {arbitrary: fc.constant('no-such-id'), weight: 1}, {arbitrary: fc.constantFrom(...inheritedNames), weight: 1});

const adminIntentArb: fc.Arbitrary<AdminIntent> = fc.oneof(
	{arbitrary: fc.record({type: fc.constant('set-per-user-mfa' as const), userIds: fc.array(userIdArb, {maxLength: 3}), state: fc.constantFrom<PerUserMfaState>('disabled', 'enabled', 'enforced')}), weight: 4},
	{
		arbitrary: fc.record({
			type: fc.constant('manage-user-settings' as const),
			userIds: fc.array(userIdArb, {maxLength: 2}),
			requireContactMethodsAgain: fc.boolean(),
			deleteAllAppPasswords: fc.boolean(),
			restoreMfaOnRememberedDevices: fc.boolean(),
		}),
		weight: 3,
	},
	{arbitrary: fc.record({type: fc.constantFrom('require-re-register-mfa' as const, 'revoke-mfa-sessions' as const, 'revoke-sessions' as const, 'reset-password' as const, 'dismiss-user-risk' as const), userId: userIdArb}), weight: 4},
	{arbitrary: fc.record({type: fc.constant('set-phone-method' as const), userId: userIdArb, slot: fc.constantFrom('authentication' as const, 'alternate' as const, 'office' as const), number: fc.constantFrom<string | null>(null, '+1 4255550101', '+44 7700900102', '+234 8031234567', '+1 4255550199', '4255550101', '')}), weight: 3},
	{arbitrary: fc.record({type: fc.constant('set-default-method' as const), userId: userIdArb, method: fc.constantFrom(...defaultMethods)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('delete-method' as const), userId: userIdArb, methodId: pickArb}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('activate-hardware-token' as const), userId: userIdArb, tokenId: pickArb}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-sign-in-blocked' as const), userId: userIdArb, blocked: mostly(false, 2)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('unblock-mfa' as const), userId: userIdArb, reason: fc.constantFrom('', '  ', 'Verified by phone')}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-app-passwords-allowed' as const), allowed: mostly(true, 2)}), weight: 2},
	{
		arbitrary: fc.record({
			type: fc.constant('set-trusted-ips' as const),
			ranges: fc.oneof({arbitrary: fc.array(fc.constantFrom(...typedRanges), {maxLength: 3}), weight: 20}, {arbitrary: fc.constant(Array.from({length: 51}, (_each, index) => `8.8.${index}.0/24`)), weight: 1}),
			skipForFederatedIntranet: fc.boolean(),
		}),
		weight: 2,
	},
	{arbitrary: fc.record({type: fc.constant('set-verification-options' as const), options: fc.record({call: fc.boolean(), text: fc.boolean(), appNotification: fc.boolean(), appCode: fc.boolean()})}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-remember-mfa' as const), enabled: fc.boolean(), days: fc.constantFrom(0, 1, 14, 60, 61, 365, 366, 1.5, -3, Number.NaN)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('set-security-defaults' as const), enabled: fc.boolean()}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-exchange-modern-auth' as const), enabled: fc.boolean()}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-smtp-auth' as const), enabled: fc.boolean()}), weight: 1},
	{
		// `nonsense` stands for a tampered transcript: the domain must refuse it as a value.
		arbitrary: fc.record({type: fc.constant('set-mailbox-smtp-auth' as const), userId: userIdArb, setting: fc.constantFrom<MailboxSmtpAuthSetting>('enabled', 'disabled', 'organization', 'nonsense' as MailboxSmtpAuthSetting)}),
		weight: 2,
	},
);

const phoneFixes = ['set-phone-automatic-time', 'allow-authenticator-notifications', 'remove-blocker', 'turn-off-do-not-disturb', 'restore-phone-signal', 'press-hash-on-calls', 'check-authenticator-manually'] as const;

const signInArb: fc.Arbitrary<UserIntent> = fc.record(
	{type: fc.constant('sign-in' as const), userId: userIdArb, clientId: clientIdArb, method: fc.constantFrom(...defaultMethods)},
	{requiredKeys: ['type', 'userId', 'clientId']},
);

const userIntentArb: fc.Arbitrary<UserIntent> = fc.oneof(
	{arbitrary: fc.record({type: fc.constant('complete-registration' as const), userId: userIdArb, method: fc.constantFrom<RegistrationMethod>('authenticator-app', 'text', 'call', 'software-token', 'hardware-token')}), weight: 4},
	{arbitrary: fc.record({type: fc.constant('create-app-password' as const), userId: userIdArb, name: fc.constantFrom('Laptop', 'Scanner', 'iPhone', '', '   ')}), weight: 5},
	{arbitrary: fc.record({type: fc.constant('use-app-password-in-client' as const), userId: userIdArb, clientId: clientIdArb, appPasswordId: pickArb}), weight: 5},
	{arbitrary: fc.record({type: fc.constant('clear-saved-credentials' as const), userId: userIdArb, clientId: clientIdArb}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('delete-app-password' as const), userId: userIdArb, appPasswordId: pickArb}), weight: 2},
	{arbitrary: fc.record({type: fc.constantFrom(...phoneFixes), userId: userIdArb}), weight: 4},
	{arbitrary: fc.record({type: fc.constantFrom('re-add-authenticator-account' as const, 'move-authenticator-to-new-phone' as const, 'update-phone-number' as const, 'restore-mfa-on-trusted-devices' as const), userId: userIdArb}), weight: 3},
	{arbitrary: fc.record({type: fc.constant('change-default-method' as const), userId: userIdArb, method: fc.constantFrom(...defaultMethods)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('activate-hardware-token' as const), userId: userIdArb, tokenId: pickArb}), weight: 1},
	{
		arbitrary: fc.record({
			type: fc.constant('set-outlook-registry' as const),
			userId: userIdArb,
			clientId: clientIdArb,
			registry: fc.record({enableAdal: fc.constantFrom<0 | 1>(0, 1), version: fc.constantFrom<0 | 1>(0, 1), alwaysUseMsoAuthForAutoDiscover: fc.constantFrom<0 | 1>(0, 1)}, {requiredKeys: []}),
		}),
		weight: 2,
	},
	{arbitrary: fc.record({type: fc.constant('upgrade-outlook' as const), userId: userIdArb, clientId: clientIdArb, version: fc.constantFrom<OutlookVersion>('2010', '2013', '2016', '365')}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('re-add-ios-mail-account' as const), userId: userIdArb, clientId: clientIdArb, setup: fc.constantFrom<IosMailSetup>('sign-in', 'configure-manually', 'imap')}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('move-to-network' as const), userId: userIdArb, networkId: fc.constantFrom(...networkIds, ...networkIds, 'moon-base', ...inheritedNames)}), weight: 3},
	{arbitrary: fc.record({type: fc.constant('change-password' as const), userId: userIdArb}), weight: 2},
);

const escalationTargetArb: fc.Arbitrary<EscalationTarget> = fc.constantFrom<EscalationTarget>('tier-2', 'global-administrator', 'privileged-authentication-administrator', 'helpdesk-administrator');

/** One intent a trainee could choose: weighted towards sign-ins, with every admin command, user action and clock move. */
export const intentArb: fc.Arbitrary<SessionIntent> = fc.oneof(
	{arbitrary: signInArb.map((intent): SessionIntent => ({kind: 'user', intent})), weight: 35},
	{arbitrary: userIntentArb.map((intent): SessionIntent => ({kind: 'user', intent})), weight: 25},
	{arbitrary: adminIntentArb.map((intent): SessionIntent => ({kind: 'admin', intent})), weight: 25},
	{arbitrary: fc.constantFrom(0, 1, 5, 10, 30, 61, 180, 24 * 60, 15 * 24 * 60, 40 * 24 * 60).map((minutes): SessionIntent => ({kind: 'wait', minutes})), weight: 8},
	{arbitrary: fc.constant<SessionIntent>({kind: 'next-day'}), weight: 3},
	{arbitrary: fc.record({kind: fc.constant('escalate' as const), to: escalationTargetArb, reason: fc.constantFrom('', '  ', 'Needs a Privileged Authentication Administrator to reset MFA.')}), weight: 1},
);

/** A sequence of `length` intents. */
export function intentsArb(length: number): fc.Arbitrary<readonly SessionIntent[]> {
	return fc.array(intentArb, {minLength: length, maxLength: length});
}

// ---- Resolving `#n` picks ----------------------------------------------------------------------

function pick(list: readonly string[], reference: string): string {
	const match = /^#(\d+)$/.exec(reference);
	if (match === null) {
		return reference;
	}

	return list.length === 0 ? 'none-left' : list[Number(match[1]) % list.length]!;
}

function methodIds(state: SimState, userId: string): readonly string[] {
	const user = Object.hasOwn(state.tenant.users, userId) ? state.tenant.users[userId] : undefined;
	const methods = user?.methods;
	return methods === undefined ? [] : [...methods.authenticatorApps, ...methods.softwareTokens, ...methods.hardwareTokens].map((each) => each.id);
}

function tokenIds(state: SimState, userId: string): readonly string[] {
	const user = Object.hasOwn(state.tenant.users, userId) ? state.tenant.users[userId] : undefined;
	return user === undefined ? [] : user.methods.hardwareTokens.map((each) => each.id);
}

function appPasswordIds(state: SimState, userId: string): readonly string[] {
	const user = Object.hasOwn(state.tenant.users, userId) ? state.tenant.users[userId] : undefined;
	return user === undefined ? [] : user.appPasswords.map((each) => each.id);
}

function clientIds(state: SimState, userId: string): readonly string[] {
	const person = Object.hasOwn(state.world.people, userId) ? state.world.people[userId] : undefined;
	return person === undefined ? [] : person.clients.map((each) => each.id);
}

function notedIds(state: SimState, userId: string): readonly string[] {
	const person = Object.hasOwn(state.world.people, userId) ? state.world.people[userId] : undefined;
	return person === undefined ? [] : Object.keys(person.notedAppPasswords);
}

/** Replaces `#n` picks with the ids the user has in `state` now (the intent the trainee would have chosen). */
export function concretise(intent: SessionIntent, state: SimState): SessionIntent {
	if (intent.kind === 'admin') {
		const admin = intent.intent;
		switch (admin.type) {
			case 'delete-method': {
				return {kind: 'admin', intent: {...admin, methodId: pick(methodIds(state, admin.userId), admin.methodId)}};
			}

			case 'activate-hardware-token': {
				return {kind: 'admin', intent: {...admin, tokenId: pick(tokenIds(state, admin.userId), admin.tokenId)}};
			}

			default: {
				return intent;
			}
		}
	}

	if (intent.kind === 'user') {
		const action = 'clientId' in intent.intent ? {...intent.intent, clientId: pick(clientIds(state, intent.intent.userId), intent.intent.clientId)} : intent.intent;
		switch (action.type) {
			case 'use-app-password-in-client': {
				return {kind: 'user', intent: {...action, appPasswordId: pick(notedIds(state, action.userId), action.appPasswordId)}};
			}

			case 'delete-app-password': {
				return {kind: 'user', intent: {...action, appPasswordId: pick(appPasswordIds(state, action.userId), action.appPasswordId)}};
			}

			case 'activate-hardware-token': {
				return {kind: 'user', intent: {...action, tokenId: pick(tokenIds(state, action.userId), action.tokenId)}};
			}

			default: {
				return {...intent, intent: action};
			}
		}
	}

	return intent;
}
