import {decodeBase32} from '../adapters/base32.js';
import type {UserId} from '../domain/common/ids.js';
import type {SimState} from '../domain/state/sim-state.js';
import {findUser, findUserByUpn, type Tenant} from '../domain/tenant/tenant.js';
import type {User} from '../domain/tenant/user.js';

/**
 * One OATH registration a real authenticator app can be enrolled with: a Microsoft Authenticator
 * registration that makes codes, or a software OATH token. Holds the tenant-side seed, so only the
 * enrolment panel may draw it (every other screen shows codes, never seeds).
 */
export type EnrolmentTarget = {
	readonly kind: 'authenticator' | 'software-token';
	/** The registration's id in the tenant (the TOTP credential id). */
	readonly credentialId: string;
	/** How the registration is listed in the tenant: the device name or the token name. */
	readonly methodName: string;
	/** Who issues the account: the tenant's name, shown as the account's title in the app. */
	readonly issuer: string;
	/** The user's UPN. */
	readonly accountName: string;
	/** The seed as upper-case Base32 without spaces or padding. */
	readonly secret: string;
	/** The `otpauth://totp/...` URI the QR code carries. */
	readonly uri: string;
};

/** The only TOTP shape Entra uses for Authenticator codes and software tokens (fact sheet 3.5). */
export const enrolmentParameters = {algorithm: 'SHA1', digits: 6, period: 30} as const;

/** What the key URI format needs to make an account. */
export type OtpauthAccount = {
	readonly issuer: string;
	readonly accountName: string;
	readonly secret: string;
};

/**
 * A label part or parameter value, percent-encoded. `@` stays as it is (RFC 3986 allows it in a
 * path and a query, and apps show `user@domain` either way); `#`, `?`, `&`, spaces and the rest
 * are encoded. Colons are dropped: the key URI format reserves `:` to separate issuer and account.
 */
function uriPart(text: string): string {
	return encodeURIComponent(text.replaceAll(':', ' ').replaceAll(/\s+/g, ' ').trim()).replaceAll('%40', '@');
}

/** The seed as apps expect it in a URI: upper-case Base32, no spaces, hyphens or padding. */
export function normaliseSecret(secret: string): string {
	return secret.toUpperCase().replaceAll(/[\s-]/g, '').replace(/=+$/, '');
}

/**
 * The key URI (Google Authenticator's "Key Uri Format", which Microsoft Authenticator, Aegis,
 * 1Password and the others read): `otpauth://totp/<issuer>:<account>?secret=<BASE32>&issuer=<issuer>`
 * plus the algorithm, digits and period spelled out. Throws on a seed that is not Base32.
 */
export function otpauthUri({issuer, accountName, secret}: OtpauthAccount): string {
	const seed = normaliseSecret(secret);
	if (seed === '' || decodeBase32(seed) === undefined) {
		throw new Error('the TOTP seed is not Base32 (A-Z, 2-7)');
	}

	const {algorithm, digits, period} = enrolmentParameters;
	return `otpauth://totp/${uriPart(issuer)}:${uriPart(accountName)}?secret=${seed}&issuer=${uriPart(issuer)}&algorithm=${algorithm}&digits=${digits}&period=${period}`;
}

/** The seed in groups of four, as it is read out or typed: `JBSW Y3DP EHPK 3PXP`. */
export function groupSecret(secret: string): string {
	return (normaliseSecret(secret).match(/.{1,4}/g) ?? []).join(' ');
}

/** How the account appears in an app's list: `Contoso Ltd: lena.vogel@contoso.com`. */
export function accountLabel(target: Pick<EnrolmentTarget, 'issuer' | 'accountName'>): string {
	return `${target.issuer}: ${target.accountName}`;
}

/**
 * Every registration of the user a real app can take over: Authenticator registrations that make
 * codes (push-only ones have no use for a code), then software OATH tokens. Hardware tokens are
 * left out: a key fob's seed is burnt in and cannot be moved to an app.
 */
export function enrolmentTargets(tenant: Tenant, user: User): readonly EnrolmentTarget[] {
	const issuer = tenant.name;
	const target = (kind: EnrolmentTarget['kind'], credentialId: string, methodName: string, secret: string): EnrolmentTarget => ({
		kind,
		credentialId,
		methodName,
		issuer,
		accountName: user.upn,
		secret: normaliseSecret(secret),
		uri: otpauthUri({issuer, accountName: user.upn, secret}),
	});
	return [
		...user.methods.authenticatorApps.filter((app) => app.code).map((app) => target('authenticator', app.id, app.deviceName, app.secret)),
		...user.methods.softwareTokens.map((token) => target('software-token', token.id, token.name, token.secret)),
	];
}

/** A user of the state by id, or else by UPN (case-insensitive, as Entra matches sign-in names). */
export function findUserByIdOrUpn(tenant: Tenant, reference: string): User | undefined {
	return findUser(tenant, reference) ?? findUserByUpn(tenant, reference);
}

/** The enrolment targets of one user of the current state; empty for an unknown user. */
export function enrolmentTargetsOf(state: SimState, userId: UserId): readonly EnrolmentTarget[] {
	const user = findUser(state.tenant, userId);
	return user === undefined ? [] : enrolmentTargets(state.tenant, user);
}
