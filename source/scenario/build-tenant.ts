import {eraDates, smtpBasicAuthOnByDefault} from '../domain/common/era.js';
import {persistentRecord} from '../domain/common/persistent-record.js';
import {DAY, parseInstant, type Instant} from '../domain/common/time.js';
import type {RandomSource} from '../domain/ports.js';
import type {AuthMethods, OfficePhoneMethod} from '../domain/tenant/methods.js';
import {defaultServiceSettings, type MfaServiceSettings} from '../domain/tenant/service-settings.js';
import {indexUpns, type Tenant} from '../domain/tenant/tenant.js';
import type {User} from '../domain/tenant/user.js';
import {guidFrom} from '../domain/state/sim-state.js';
import {methodIdsOf} from './method-ids.js';
import type {MethodsInput} from './schema/methods-schema.js';
import type {ServiceSettingsInput} from './schema/settings-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import type {UserInput} from './schema/user-schema.js';

/** Base32 alphabet of TOTP seeds. */
export const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A fresh 10-byte TOTP seed (16 Base32 characters), as Entra issues them. */
export function newSecret(random: RandomSource): string {
	return random.string(base32Alphabet, 16);
}

/** An instant from a validated ISO string (the schema guarantees it parses). */
export function instantOf(text: string): Instant {
	return parseInstant(text) ?? 0;
}

function optional<Key extends string, Value>(key: Key, value: Value | undefined): {[K in Key]?: Value} {
	return (value === undefined ? {} : {[key]: value}) as {[K in Key]?: Value};
}

/** Service settings: a fresh tenant's defaults with the fixture's (merged) values on top. */
export function buildSettings(input: ServiceSettingsInput | undefined): MfaServiceSettings {
	const base = defaultServiceSettings;
	const options = input?.verificationOptions;
	return {
		appPasswordsAllowed: input?.appPasswordsAllowed ?? base.appPasswordsAllowed,
		skipForFederatedIntranet: input?.skipForFederatedIntranet ?? base.skipForFederatedIntranet,
		trustedIpRanges: input?.trustedIpRanges ?? base.trustedIpRanges,
		verificationOptions: {
			call: options?.call ?? base.verificationOptions.call,
			text: options?.text ?? base.verificationOptions.text,
			appNotification: options?.appNotification ?? base.verificationOptions.appNotification,
			appCode: options?.appCode ?? base.verificationOptions.appCode,
		},
		rememberMfa: {enabled: input?.rememberMfa?.enabled ?? base.rememberMfa.enabled, days: input?.rememberMfa?.days ?? base.rememberMfa.days},
	};
}

function buildMethods(input: MethodsInput | undefined, ids: ReturnType<typeof methodIdsOf>, random: RandomSource, registeredAt: Instant): AuthMethods {
	const office = input?.officePhone;
	const officePhone: OfficePhoneMethod | undefined =
		office === null || office === undefined ? undefined : typeof office === 'string' ? {number: office} : {number: office.number, ...optional('extension', office.extension)};
	return {
		...(input?.authenticationPhone ? {authenticationPhone: {number: input.authenticationPhone}} : {}),
		...(input?.alternatePhone ? {alternatePhone: {number: input.alternatePhone}} : {}),
		...optional('officePhone', officePhone),
		authenticatorApps: (input?.authenticatorApps ?? []).map((app, index) => ({
			id: ids.authenticatorApps[index]!,
			deviceName: app.deviceName,
			push: app.push ?? true,
			code: app.code ?? true,
			secret: app.secret ?? newSecret(random),
			registeredAt: app.registeredAt === undefined ? registeredAt : instantOf(app.registeredAt),
		})),
		softwareTokens: (input?.softwareTokens ?? []).map((token, index) => ({
			id: ids.softwareTokens[index]!,
			name: token.name,
			secret: token.secret ?? newSecret(random),
			registeredAt: token.registeredAt === undefined ? registeredAt : instantOf(token.registeredAt),
		})),
		hardwareTokens: (input?.hardwareTokens ?? []).map((token, index) => ({
			id: ids.hardwareTokens[index]!,
			serialNumber: token.serialNumber,
			manufacturer: token.manufacturer ?? 'Generic',
			model: token.model ?? 'OATH TOTP token',
			secret: token.secret ?? newSecret(random),
			periodSeconds: token.periodSeconds ?? 30,
			status: token.status ?? 'activated',
		})),
	};
}

/** Builds one directory user. Passwords are the fixture's precomputed hash: no hashing happens here. */
export function buildUser(input: UserInput, fixture: TenantFixture, settings: MfaServiceSettings, random: RandomSource, now: Instant): User {
	const ids = methodIdsOf(input);
	return {
		id: input.id,
		upn: input.upn,
		displayName: input.displayName,
		...optional('department', input.department),
		userType: input.userType ?? 'member',
		...optional('guestHome', input.guestHome),
		accountEnabled: input.accountEnabled ?? true,
		passwordHash: input.passwordHash ?? fixture.passwordHash,
		passwordChangedAt: input.passwordChangedAt === undefined ? now - 30 * DAY : instantOf(input.passwordChangedAt),
		...optional('passwordExpiresAt', input.passwordExpiresAt === undefined ? undefined : instantOf(input.passwordExpiresAt)),
		mustChangePassword: input.mustChangePassword ?? false,
		roles: input.roles ?? [],
		perUserMfa: input.perUserMfa ?? 'disabled',
		mustRegisterAgain: input.mustRegisterAgain ?? false,
		methods: buildMethods(input.methods, ids, random, now - 180 * DAY),
		...optional('defaultMethod', input.defaultMethod),
		appPasswords: (input.appPasswords ?? []).map((entry, index) => ({
			id: ids.appPasswords[index]!,
			name: entry.name,
			createdAt: instantOf(entry.createdAt),
			...optional('lastUsedAt', entry.lastUsedAt === undefined ? undefined : instantOf(entry.lastUsedAt)),
			hash: entry.hash ?? '',
			lookupTag: '',
		})),
		rememberedDevices: (input.rememberedDevices ?? []).map((grant, index) => {
			const grantedAt = instantOf(grant.grantedAt);
			return {
				id: `rd-${input.id}-${index + 1}`,
				clientId: grant.client,
				grantedAt,
				expiresAt: grant.expiresAt === undefined ? grantedAt + settings.rememberMfa.days * DAY : instantOf(grant.expiresAt),
			};
		}),
		lockout: {
			failedAttempts: input.lockout?.failedAttempts ?? 0,
			lockoutCount: input.lockout?.lockoutCount ?? 0,
			...optional('lockedUntil', input.lockout?.lockedUntil === undefined ? undefined : instantOf(input.lockout.lockedUntil)),
		},
		...optional('mfaBlockedUntil', input.mfaBlockedUntil === undefined ? undefined : instantOf(input.mfaBlockedUntil)),
		risk: input.risk ?? 'none',
		// recentTelephonyAttempts are played as history (history-timeline.ts), which counts them for the throttle.
		telephonyAttempts: [],
		lastAcceptedTotpStep: {},
	};
}

/** Builds the tenant from a (merged) fixture: settings defaults, era-dependent Exchange defaults, users. */
export function buildTenant(fixture: TenantFixture, random: RandomSource, now: Instant): Tenant {
	const createdAt = instantOf(fixture.createdAt);
	const settings = buildSettings(fixture.settings);
	const users: Record<string, User> = {};
	for (const input of fixture.users) {
		Object.defineProperty(users, input.id, {value: buildUser(input, fixture, settings, random, now), enumerable: true, writable: true, configurable: true});
	}

	return {
		id: fixture.tenantId ?? guidFrom(fixture.id, 0),
		name: fixture.name,
		primaryDomain: fixture.domain,
		createdAt,
		license: fixture.license,
		securityDefaults: fixture.securityDefaults,
		exchange: {
			modernAuthEnabled: fixture.exchange?.modernAuthEnabled ?? createdAt >= eraDates.modernAuthDefaultOn,
			// Off by default from the end of 2026 (fact sheet 10); a fixture or scenario that names it decides.
			smtpBasicAuthEnabled: fixture.exchange?.smtpBasicAuthEnabled ?? smtpBasicAuthOnByDefault(now),
			...(fixture.exchange?.smtpAuthMailboxes === undefined ? {} : {smtpAuthMailboxes: {...fixture.exchange.smtpAuthMailboxes}}),
		},
		settings,
		telephonyOptedInCallingCodes: fixture.telephonyOptIns ?? [],
		// Persistent from the start, so the first write after loading costs no conversion.
		users: persistentRecord(users),
		upnIndex: indexUpns(users),
	};
}
