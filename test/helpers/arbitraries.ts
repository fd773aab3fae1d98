/**
 * fast-check arbitraries for whole sign-in scenarios: a tenant (licence, security defaults, service
 * settings, Exchange settings), one user with random methods, app passwords, grants and counters, the
 * person's world (network, phones including a desk phone, behaviour, one client of any kind) and the
 * facts the services would compute (credential, TOTP or a code typed in real-time play, codes). Values are drawn from small pools around the fact-sheet
 * boundaries so that interesting combinations (trusted ranges that do or do not contain the IP,
 * dates either side of 1 Oct 2022, grants either side of expiry) come up often.
 */
import fc from 'fast-check';
import {DAY, MINUTE, type Instant} from '../../source/domain/common/time.js';
import {eraDates} from '../../source/domain/common/era.js';
import {maskTypedCode, typedCodeFacts} from '../../source/domain/session/typed-code.js';
import type {SignInAttempt, SignInFacts, TotpFact} from '../../source/domain/sign-in/attempt.js';
import {defaultMethods, type AuthMethods, type AuthenticatorRegistration, type DefaultMethod, type HardwareOathToken} from '../../source/domain/tenant/methods.js';
import type {MfaServiceSettings} from '../../source/domain/tenant/service-settings.js';
import type {LicenseTier} from '../../source/domain/tenant/tenant.js';
import type {AppPassword, PerUserMfaState, RememberedDeviceGrant, User} from '../../source/domain/tenant/user.js';
import type {AdminRole} from '../../source/domain/tenant/roles.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {Client, OutlookRegistry} from '../../source/domain/world/client.js';
import type {AuthenticatorAccount, DeskPhone, Phone} from '../../source/domain/world/phone.js';
import type {Behaviour, Person} from '../../source/domain/world/world.js';
import {authenticatorSecret, buildPerson, buildState, buildUser, instant} from './build-state.js';

/** The id every generated client has; the user is always `pat`. */
export const clientId = 'client';
export const userId = 'pat';

/** Trusted-range pool: the office (203.0.113.10) is in the first, home (198.51.100.7) in the second, the hotel (192.0.2.50) in none but 0.0.0.0/0; two are malformed. */
export const trustedRangePool = ['203.0.113.0/24', '198.51.100.7/32', '192.0.2.0/28', '192.0.2.64/26', '0.0.0.0/0', '10.0.0.0/8', 'not-a-cidr', '198.51.100.0/33'] as const;
/** The office line every desk phone is on, told apart by extension (or none, a direct line). */
export const deskLine = '+1 4255550111';
export const phoneNumberPool = ['+1 4255550100', '+1 4255550199', '+14255550100', '+234 8031234567', deskLine] as const;
/** Usually the number of the phone in hand, sometimes a stale, malformed or opt-in-region one. */
const phoneNumberArb = fc.oneof({arbitrary: fc.constant(phoneNumberPool[0]), weight: 4}, {arbitrary: fc.constantFrom(...phoneNumberPool), weight: 1});
export const appPasswordIds = ['ap-1', 'ap-2', 'ap-3'] as const;
/** A credential fact may name an app password the user does not have (deleted, or another user's). */
export const foreignAppPasswordId = 'ap-ghost';
export const grantIds = ['grant-1', 'grant-2'] as const;
export const oathCredentialIds = ['auth-app-1', 'auth-app-2', 'sw-1', 'hw-1'] as const;

/** Usually `value`, sometimes its opposite: most worlds mostly work, so the interesting failures stay rare but present. */
export function mostly(value: boolean): fc.Arbitrary<boolean> {
	return fc.oneof({arbitrary: fc.constant(value), weight: 4}, {arbitrary: fc.constant(!value), weight: 1});
}

/** Undefined most of the time (`odds` to 1), otherwise a drawn value (e.g. a lockout or a fraud block). */
export function rarely<T>(arbitrary: fc.Arbitrary<T>, odds = 5): fc.Arbitrary<T | undefined> {
	return fc.oneof({arbitrary: fc.constant(undefined), weight: odds}, {arbitrary, weight: 1});
}

/** Dates from mid-2019 to mid-2026, with extra weight right around the era boundaries. */
export const nowArb: fc.Arbitrary<Instant> = fc.oneof(
	fc.integer({min: instant('2019-06-01T00:00:00Z'), max: instant('2026-06-01T00:00:00Z')}),
	fc.tuple(fc.constantFrom(eraDates.exchangeBasicAuthRetired, eraDates.numberMatching, eraDates.noPushForUnfamiliarSignIns, eraDates.legacyFraudAlertRemoved), fc.integer({min: -2 * DAY, max: 2 * DAY})).map(([at, offset]) => at + offset),
);

const settingsArb: fc.Arbitrary<MfaServiceSettings> = fc.record({
	appPasswordsAllowed: fc.boolean(),
	skipForFederatedIntranet: fc.boolean(),
	trustedIpRanges: fc.subarray([...trustedRangePool], {maxLength: 2}),
	verificationOptions: fc.record({call: mostly(true), text: mostly(true), appNotification: mostly(true), appCode: mostly(true)}),
	rememberMfa: fc.record({enabled: mostly(true), days: fc.integer({min: 1, max: 365})}),
});

const tenantArb = fc.record({
	license: fc.constantFrom<LicenseTier>('free', 'office365', 'p1', 'p2'),
	securityDefaults: mostly(false),
	exchange: fc.record(
		{
			modernAuthEnabled: fc.boolean(),
			smtpBasicAuthEnabled: fc.boolean(),
			// The user's mailbox may have its own SMTP AUTH setting (Set-CASMailbox), which wins over the organisation's.
			smtpAuthMailboxes: fc.constantFrom('enabled' as const, 'disabled' as const).map((setting): Readonly<Record<string, 'enabled' | 'disabled'>> => ({[userId]: setting})),
		},
		{requiredKeys: ['modernAuthEnabled', 'smtpBasicAuthEnabled']},
	),
	telephonyOptedInCallingCodes: fc.subarray(['53', '63', '234', '880']),
});

const registrationArb = (id: string): fc.Arbitrary<AuthenticatorRegistration> =>
	fc.record({push: fc.boolean(), code: fc.boolean()}).map(({push, code}) => ({id, deviceName: `Phone ${id}`, push, code, secret: authenticatorSecret, registeredAt: instant('2019-01-01T00:00:00Z')}));

const methodsArb: fc.Arbitrary<AuthMethods> = fc
	.record(
		{
			authenticationPhone: phoneNumberArb,
			alternatePhone: phoneNumberArb,
			officePhone: fc.record({number: fc.constant(deskLine), extension: fc.constantFrom('2130', '2131')}, {requiredKeys: ['number']}),
			apps: fc.tuple(fc.option(registrationArb('auth-app-1'), {nil: undefined}), fc.option(registrationArb('auth-app-2'), {nil: undefined})),
			software: fc.boolean(),
			hardware: fc.option(fc.constantFrom<HardwareOathToken['status']>('assigned', 'activated'), {nil: undefined}),
		},
		{requiredKeys: ['apps', 'software']},
	)
	.map((drawn) => ({
		...(drawn.authenticationPhone === undefined ? {} : {authenticationPhone: {number: drawn.authenticationPhone}}),
		...(drawn.alternatePhone === undefined ? {} : {alternatePhone: {number: drawn.alternatePhone}}),
		...(drawn.officePhone === undefined ? {} : {officePhone: drawn.officePhone}),
		authenticatorApps: drawn.apps.filter((app): app is AuthenticatorRegistration => app !== undefined),
		softwareTokens: drawn.software ? [{id: 'sw-1', name: 'Google Authenticator', secret: authenticatorSecret, registeredAt: instant('2019-01-01T00:00:00Z')}] : [],
		hardwareTokens:
			drawn.hardware === undefined
				? []
				: [{id: 'hw-1', serialNumber: 'SN-1', manufacturer: 'Token2', model: 'C202', secret: authenticatorSecret, periodSeconds: 30 as const, status: drawn.hardware}],
	}));

/**
 * Grants of the generated browser: unique ids (the simulator numbers them), an age before `now` and a
 * lifetime; the user record is built once `now` is known. The browser's cookie may name one of them,
 * or a grant that no longer exists.
 */
const grantDraftArb = fc.record({
	id: fc.constantFrom(...grantIds),
	ageMs: fc.oneof({arbitrary: fc.integer({min: 0, max: 20 * DAY}), weight: 3}, {arbitrary: fc.integer({min: 0, max: 400 * DAY}), weight: 1}),
	lifetimeMs: fc.integer({min: DAY, max: 365 * DAY}),
});

/** Usually just ap-1, sometimes none (the trusted-IP exception), sometimes any subset. */
const appPasswordIdsArb: fc.Arbitrary<readonly string[]> = fc.oneof(
	{arbitrary: fc.constant<readonly string[]>([]), weight: 1},
	{arbitrary: fc.constant<readonly string[]>([appPasswordIds[0]]), weight: 2},
	{arbitrary: fc.subarray<string>([...appPasswordIds]), weight: 1},
);

const userDraftArb = fc.record({
	perUserMfa: fc.constantFrom<PerUserMfaState>('enforced'),
	roles: fc.constantFrom<readonly AdminRole[]>([], ['global-administrator'], ['reports-reader']),
	accountEnabled: fc.oneof({arbitrary: fc.constant(true), weight: 15}, {arbitrary: fc.constant(false), weight: 1}),
	passwordExpiredAgoMs: rarely(fc.integer({min: -30 * DAY, max: 30 * DAY}), 10),
	/** An admin reset the password: the temporary one must be changed at the next sign-in. */
	mustChangePassword: mostly(false),
	mustRegisterAgain: mostly(false),
	methods: methodsArb,
	defaultMethod: fc.option(fc.constantFrom<DefaultMethod>(...defaultMethods), {nil: undefined}),
	appPasswordIds: appPasswordIdsArb,
	grants: fc.uniqueArray(grantDraftArb, {maxLength: 2, selector: (grant) => grant.id}),
	mfaSessionsRevokedAgoMs: rarely(fc.integer({min: 0, max: 400 * DAY})),
	lockedForMs: rarely(fc.integer({min: -5 * MINUTE, max: 5 * MINUTE}), 10),
	mfaBlockedForMs: rarely(fc.integer({min: -10 * DAY, max: 90 * DAY})),
	telephonyAgoMs: fc.array(fc.integer({min: 0, max: 10 * MINUTE}), {maxLength: 7}),
	lastAcceptedTotpStep: fc.dictionary(fc.constantFrom(...oathCredentialIds), fc.integer({min: 999, max: 1001}), {maxKeys: 2}),
});

type UserDraft = typeof userDraftArb extends fc.Arbitrary<infer T> ? T : never;

function userFrom(draft: UserDraft, now: Instant): User {
	const appPasswords: AppPassword[] = draft.appPasswordIds.map((id) => ({id, name: `Device ${id}`, createdAt: now - 100 * DAY, hash: `fake-hash-${id}`, lookupTag: `tag-${id}`}));
	const rememberedDevices: RememberedDeviceGrant[] = draft.grants.map((grant) => ({id: grant.id, clientId, grantedAt: now - grant.ageMs, expiresAt: now - grant.ageMs + grant.lifetimeMs}));
	return buildUser({
		id: userId,
		perUserMfa: draft.perUserMfa,
		roles: draft.roles,
		accountEnabled: draft.accountEnabled,
		passwordChangedAt: now - 200 * DAY,
		...(draft.passwordExpiredAgoMs === undefined ? {} : {passwordExpiresAt: now - draft.passwordExpiredAgoMs}),
		mustChangePassword: draft.mustChangePassword,
		mustRegisterAgain: draft.mustRegisterAgain,
		methods: draft.methods,
		...(draft.defaultMethod === undefined ? {} : {defaultMethod: draft.defaultMethod}),
		appPasswords,
		rememberedDevices,
		...(draft.mfaSessionsRevokedAgoMs === undefined ? {} : {mfaSessionsRevokedAt: now - draft.mfaSessionsRevokedAgoMs}),
		lockout: {failedAttempts: 0, lockoutCount: 0, ...(draft.lockedForMs === undefined ? {} : {lockedUntil: now + draft.lockedForMs})},
		...(draft.mfaBlockedForMs === undefined ? {} : {mfaBlockedUntil: now + draft.mfaBlockedForMs}),
		telephonyAttempts: draft.telephonyAgoMs.map((ago) => now - ago),
		lastAcceptedTotpStep: draft.lastAcceptedTotpStep,
	});
}

const accountArb = (registrationId: string): fc.Arbitrary<AuthenticatorAccount> =>
	mostly(true).map((activated) => ({registrationId, label: 'Contoso', secret: authenticatorSecret, activated}));

const phoneArb: fc.Arbitrary<Phone> = fc
	.record({
		number: phoneNumberArb,
		poweredOn: mostly(true),
		hasSignal: mostly(true),
		hasData: mostly(true),
		roamingCallingCode: rarely(fc.constantFrom('33', '44')),
		roamingBlocksTelephony: fc.boolean(),
		doNotDisturb: mostly(false),
		smsBlocker: mostly(false),
		blocksMicrosoftCaller: mostly(false),
		callsGoToVoicemail: mostly(false),
		installed: mostly(true),
		notificationsAllowed: mostly(true),
		batteryOptimised: mostly(false),
		accounts: fc.tuple(fc.option(accountArb('auth-app-1'), {nil: undefined, freq: 4}), fc.option(accountArb('auth-app-2'), {nil: undefined})),
	})
	.map(({installed, notificationsAllowed, batteryOptimised, accounts, roamingCallingCode, ...rest}) => ({
		...rest,
		...(roamingCallingCode === undefined ? {} : {roamingCallingCode}),
		isSmartphone: true,
		clockOffsetSeconds: 0,
		automaticTime: true,
		authenticator: {installed, notificationsAllowed, batteryOptimised, accounts: accounts.filter((account): account is AuthenticatorAccount => account !== undefined)},
		log: [],
	}));

const registryArb: fc.Arbitrary<OutlookRegistry> = fc.record(
	{enableAdal: fc.constantFrom<0 | 1>(0, 1), version: fc.constantFrom<0 | 1>(0, 1), alwaysUseMsoAuthForAutoDiscover: fc.constantFrom<0 | 1>(0, 1)},
	{requiredKeys: []},
);

const networkIdArb = fc.constantFrom('office', 'home', 'hotel');

/** One client of any kind the simulator knows, always with id `client`. */
export const clientArb: fc.Arbitrary<Client> = fc.oneof(
	fc.option(fc.constantFrom(grantIds[0], grantIds[0], grantIds[1], 'grant-unknown'), {nil: undefined, freq: 4}).map((grantId): Client => ({id: clientId, name: 'Edge', kind: 'browser', ...(grantId === undefined ? {} : {rememberCookie: {grantId}})})),
	fc.constant<Client>({id: clientId, name: 'Teams', kind: 'modern-app'}),
	fc.record({version: fc.constantFrom('2010' as const, '2013' as const, '2016' as const, '2019' as const, '365' as const), registry: registryArb}).map(({version, registry}): Client => ({id: clientId, name: `Outlook ${version}`, kind: 'outlook', version, registry})),
	fc.record({iosVersion: fc.constantFrom(10, 11, 17), setup: fc.constantFrom('sign-in' as const, 'configure-manually' as const, 'imap' as const)}).map(({iosVersion, setup}): Client => ({id: clientId, name: 'iPhone Mail', kind: 'ios-mail', iosVersion, setup})),
	fc.constantFrom('imap' as const, 'pop' as const).map((protocol): Client => ({id: clientId, name: `Mail (${protocol})`, kind: 'mail-client', protocol})),
	fc.option(networkIdArb, {nil: undefined}).map((network): Client => ({id: clientId, name: 'Scanner', kind: 'smtp-device', ...(network === undefined ? {} : {network})})),
	fc.constant<Client>({id: clientId, name: 'Exchange Online PowerShell', kind: 'exchange-powershell'}),
);

const behaviourArb: fc.Arbitrary<Behaviour> = fc.record({
	pressesHash: mostly(true),
	pushResponse: fc.oneof({arbitrary: fc.constant('approve' as const), weight: 4}, {arbitrary: fc.constantFrom('deny' as const, 'report' as const, 'ignore' as const), weight: 1}),
	checksAuthenticatorManually: fc.boolean(),
	ticksDontAskAgain: fc.boolean(),
});

/** The desk phone: behind the office phone method's extension, another one, or a direct line (fact sheet 1.2). */
const deskPhoneArb: fc.Arbitrary<DeskPhone> = fc
	.option(fc.constantFrom('2130', '2131'), {nil: undefined, freq: 3})
	.map((extension) => (extension === undefined ? {number: deskLine, log: []} : {number: deskLine, extension, log: []}));

const personDraftArb = fc.record({
	networkId: networkIdArb,
	homeCountry: fc.constantFrom('US', 'FR'),
	phone: fc.option(phoneArb, {nil: undefined, freq: 6}),
	oldPhone: rarely(phoneArb),
	deskPhone: fc.option(deskPhoneArb, {nil: undefined, freq: 2}),
	client: clientArb,
	behaviour: behaviourArb,
});

const totpFactArb: fc.Arbitrary<TotpFact> = fc
	.record({code: fc.option(fc.constantFrom('123456', '000000'), {nil: undefined, freq: 6}), accepted: mostly(true), timeStep: fc.option(fc.integer({min: 999, max: 1002}), {nil: undefined, freq: 6})})
	.map(({code, accepted, timeStep}) => ({accepted, ...(code === undefined ? {} : {code}), ...(timeStep === undefined ? {} : {timeStep})}));

/** A code the trainee typed in real-time play: every credential gets the masked code with the tenant's verdict on it. */
const typedCodeFactsArb: fc.Arbitrary<Record<string, TotpFact>> = fc
	.tuple(fc.constantFrom('123456', '000000', '42'), fc.dictionary(fc.constantFrom(...oathCredentialIds), fc.record({accepted: mostly(true), timeStep: fc.integer({min: 999, max: 1002})}, {requiredKeys: ['accepted']}), {maxKeys: 4}))
	.map(([code, verdicts]) => typedCodeFacts({shown: maskTypedCode(code), verdicts}));

/** The facts the credential and TOTP services would hand the evaluation, including impossible-looking ones. */
export const factsArb: fc.Arbitrary<SignInFacts> = fc.record({
	credential: fc.oneof(
		{arbitrary: fc.constant({kind: 'password' as const}), weight: 6},
		{arbitrary: fc.constantFrom(appPasswordIds[0], appPasswordIds[0], ...appPasswordIds, foreignAppPasswordId).map((appPasswordId) => ({kind: 'app-password' as const, appPasswordId})), weight: 3},
		{arbitrary: fc.constant({kind: 'no-match' as const}), weight: 1},
	),
	totp: fc.oneof({arbitrary: fc.dictionary(fc.constantFrom(...oathCredentialIds), totpFactArb, {maxKeys: 4}), weight: 3}, {arbitrary: typedCodeFactsArb, weight: 1}),
	oneTimeCode: fc.constant('123456'),
	numberMatch: fc.integer({min: 10, max: 99}),
});

export type Scenario = {
	readonly state: SimState;
	readonly attempt: SignInAttempt;
	readonly facts: SignInFacts;
};

/** A whole interactive sign-in scenario for one Enforced member, `pat`, with one client. */
export const enforcedScenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		now: nowArb,
		tenant: tenantArb,
		settings: settingsArb,
		user: userDraftArb,
		person: personDraftArb,
		method: fc.option(fc.constantFrom<DefaultMethod>(...defaultMethods), {nil: undefined}),
		facts: factsArb,
	})
	.map(({now, tenant, settings, user, person, method, facts}) => {
		const {client, phone, oldPhone, deskPhone, ...personRest} = person;
		const built: Person = buildPerson({userId, ...personRest, clients: [client], ...(phone === undefined ? {} : {phone}), ...(oldPhone === undefined ? {} : {oldPhone}), ...(deskPhone === undefined ? {} : {deskPhone})});
		const withoutPhone: Person = phone === undefined ? withoutKey(built, 'phone') : built;
		const state = buildState({now, tenant, settings, users: [userFrom(user, now)], people: [withoutPhone]});
		const attempt: SignInAttempt = {userId, clientId, mode: 'interactive', ...(method === undefined ? {} : {method})};
		return {state, attempt, facts};
	});

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
	const copy = {...value};
	delete copy[key];
	return copy;
}
