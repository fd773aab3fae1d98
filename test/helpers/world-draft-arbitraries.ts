/**
 * Generated tenants and worlds before hashing: several users in every per-user MFA state, a guest,
 * varied methods, app passwords, remembered devices, lockouts and risk, the person behind each user,
 * service settings, security defaults, licences, an era either side of the dated facts, and the
 * trainee's roles. `buildWorldState` (world-build-arbitraries.ts) turns a draft into a state.
 */
import fc from 'fast-check';
import {DAY, MINUTE, type Instant} from '../../source/domain/common/time.js';
import {eraDates} from '../../source/domain/common/era.js';
import {defaultMethods, type DefaultMethod, type HardwareOathToken} from '../../source/domain/tenant/methods.js';
import type {MfaServiceSettings} from '../../source/domain/tenant/service-settings.js';
import type {LicenseTier} from '../../source/domain/tenant/tenant.js';
import {adminRoles, type AdminRole} from '../../source/domain/tenant/roles.js';
import type {PerUserMfaState} from '../../source/domain/tenant/user.js';
import type {Behaviour} from '../../source/domain/world/world.js';
import {instant} from './build-state.js';
import {behaviourArb, clientsArb, deskDraftArb, phoneDraftArb, type ClientDraft, type DeskDraft, type PhoneDraft} from './person-arbitraries.js';
import {alphanumeric, appPasswordSecretArb, charsArb, deskExtensions, deskLine, guestId, memberIds, mostly, networkIds, phoneNumberOf, publicRanges, rarely, totpSecretArb} from './pool-arbitraries.js';

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
		/** `own-desk`: the number and extension of this person's desk phone (the desk line if they have none). */
		readonly officePhone?: 'own-desk' | {readonly number: string; readonly extension?: string | undefined} | undefined;
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
	readonly desk?: DeskDraft | undefined;
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

/** The authentication phone: mostly the mobile's number, sometimes a stale, unspaced, malformed or opt-in one, or the desk line. */
function registeredNumberArb(own: string): fc.Arbitrary<string> {
	return fc.oneof({arbitrary: fc.constant(own), weight: 5}, {arbitrary: fc.constantFrom('+1 4255550199', own.replace(' ', ''), '+1 425555', '+880 1712345678', deskLine), weight: 1});
}

/** The alternate phone: mostly a number nobody of theirs answers, sometimes the desk line or the mobile. */
function alternateNumberArb(own: string): fc.Arbitrary<string> {
	return fc.oneof({arbitrary: fc.constant('+1 4255550177'), weight: 3}, {arbitrary: fc.constantFrom(deskLine, own), weight: 1});
}

/**
 * The office phone method: mostly the person's own desk, else the desk line with another desk's extension or none,
 * the mobile, or another office's line. Calls are routed by number (and extension), so only some of these ring the desk.
 */
function officePhoneArb(own: string): fc.Arbitrary<NonNullable<UserDraft['methods']['officePhone']>> {
	const other = fc
		.tuple(fc.oneof({arbitrary: fc.constant(deskLine), weight: 4}, {arbitrary: fc.constantFrom(own, '+1 4255550122'), weight: 1}), fc.option(fc.constantFrom(...deskExtensions), {nil: undefined, freq: 4}))
		.map(([number, extension]) => (extension === undefined ? {number} : {number, extension}));
	return fc.oneof({arbitrary: fc.constant('own-desk' as const), weight: 2}, {arbitrary: other, weight: 1});
}

const settingsArb: fc.Arbitrary<MfaServiceSettings> = fc.record({
	appPasswordsAllowed: fc.boolean(),
	skipForFederatedIntranet: fc.boolean(),
	trustedIpRanges: fc.subarray([...publicRanges], {maxLength: 2}),
	verificationOptions: fc.record({call: mostly(true), text: mostly(true), appNotification: mostly(true), appCode: mostly(true)}).map((options) => (Object.values(options).some(Boolean) ? options : {...options, appCode: true})),
	rememberMfa: fc.record({enabled: fc.boolean(), days: fc.constantFrom(1, 7, 14, 60)}),
});

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
					alternatePhone: alternateNumberArb(own),
					officePhone: officePhoneArb(own),
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
			// The office half the time: where the desk phone can be answered (and the office range may be trusted).
			networkId: fc.constantFrom(networkIds[0], ...networkIds),
			homeCountry: fc.constantFrom('US', 'US', 'FR'),
			phone: fc.option(phoneDraftArb, {nil: undefined, freq: 8}),
			desk: guest ? fc.constant(undefined) : fc.option(deskDraftArb, {nil: undefined, freq: 3}),
			oldPhone: mostly(false, 6),
			token: rarely(fc.record({sameSecret: mostly(true), periodSeconds: fc.constantFrom<30 | 60>(30, 60), otherSecret: totpSecretArb}), 1),
			clients: clientsArb,
			behaviour: behaviourArb,
		},
		{requiredKeys: ['id', 'perUserMfa', 'roles', 'accountEnabled', 'password', 'mustRegisterAgain', 'methods', 'appPasswords', 'grants', 'risk', 'telephonyAgoMs', 'networkId', 'homeCountry', 'desk', 'oldPhone', 'clients', 'behaviour']},
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

