import type {UserId} from '../common/ids.js';
import type {Instant} from '../common/time.js';
import type {AuthMethods, DefaultMethod} from './methods.js';
import type {AdminRole} from './roles.js';

/** Per-user MFA state on the legacy "multi-factor authentication" page (fact sheet 2.1). */
export type PerUserMfaState = 'disabled' | 'enabled' | 'enforced';

export const perUserMfaLabels: Readonly<Record<PerUserMfaState, string>> = {
	disabled: 'Disabled',
	enabled: 'Enabled',
	enforced: 'Enforced',
};

/** An app password: the tenant keeps an argon2 hash and a keyed lookup tag, never the secret (fact sheet 4). */
export type AppPassword = {
	readonly id: string;
	readonly name: string;
	readonly createdAt: Instant;
	readonly lastUsedAt?: Instant;
	/** argon2id PHC string. */
	readonly hash: string;
	/** Keyed fingerprint that picks the one candidate to verify, so a sign-in costs one argon2 verification. */
	readonly lookupTag: string;
};

/** Up to 40 app passwords per user (fact sheet 4.2). */
export const maxAppPasswords = 40;

/** A "Don't ask again for N days" grant: one per browser (fact sheet 1.2, 8.5). */
export type RememberedDeviceGrant = {
	readonly id: string;
	readonly clientId: string;
	readonly grantedAt: Instant;
	readonly expiresAt: Instant;
};

/** Smart lockout counters: 10 failures, then a 60 s lockout that grows (fact sheet 1.2). */
export type LockoutState = {
	readonly failedAttempts: number;
	readonly lockoutCount: number;
	readonly lockedUntil?: Instant;
};

/** What the home tenant requires of a guest; the resource tenant's per-user state does not apply (fact sheet 1.2). */
export type GuestHome = {
	readonly tenantName: string;
	readonly mfaRequired: boolean;
};

/** A directory user as the tenant stores it. No plaintext secret ever lives here. */
export type User = {
	readonly id: UserId;
	readonly upn: string;
	readonly displayName: string;
	readonly department?: string;
	readonly userType: 'member' | 'guest';
	readonly guestHome?: GuestHome;
	/** false = "Block sign in" (AADSTS50057). */
	readonly accountEnabled: boolean;
	/** argon2id PHC string of the current password. */
	readonly passwordHash: string;
	readonly passwordChangedAt: Instant;
	readonly passwordExpiresAt?: Instant;
	readonly mustChangePassword: boolean;
	readonly roles: readonly AdminRole[];
	readonly perUserMfa: PerUserMfaState;
	/** Set by "Require selected users to provide contact methods again" / legacy re-register: register at next sign-in. */
	readonly mustRegisterAgain: boolean;
	readonly methods: AuthMethods;
	readonly defaultMethod?: DefaultMethod;
	readonly appPasswords: readonly AppPassword[];
	readonly rememberedDevices: readonly RememberedDeviceGrant[];
	readonly lockout: LockoutState;
	/** Legacy fraud-alert block: MFA attempts auto-denied until this instant (feature removed 1 Mar 2025). */
	readonly mfaBlockedUntil?: Instant;
	/** "Report suspicious activity" sets user risk to high (fact sheet 8.7). */
	readonly risk: 'none' | 'high';
	/** Refresh tokens issued before this instant fail with AADSTS50173. */
	readonly sessionsRevokedAt?: Instant;
	/** Remembered MFA sessions before this instant no longer satisfy MFA ("Revoke MFA sessions"). */
	readonly mfaSessionsRevokedAt?: Instant;
	/** Instants of recent text/voice challenges, for telephony throttling (fact sheet 3.2). */
	readonly telephonyAttempts: readonly Instant[];
	/** Last accepted TOTP time step per OATH credential id: a code is accepted once (fact sheet 3.5). */
	readonly lastAcceptedTotpStep: Readonly<Record<string, number>>;
};

/** Does this user hold any admin role (security defaults treat them as admins)? */
export function isAdmin(user: User): boolean {
	return user.roles.some((role) => !nonAdminRoles.has(role));
}

// Reader roles are directory roles but security defaults' "admins must do MFA every time" list
// covers administrator roles only (fact sheet 1.1, inferred boundary).
const nonAdminRoles: ReadonlySet<string> = new Set(['directory-readers', 'guest-inviter', 'message-center-reader', 'reports-reader']);
