import type {Instant} from '../common/time.js';
import {DAY} from '../common/time.js';
import type {Tenant} from '../tenant/tenant.js';
import type {User, RememberedDeviceGrant} from '../tenant/user.js';
import type {Client} from '../world/client.js';
import type {MfaRequirement} from './requirement.js';

/**
 * Trusted IPs are a setting of the per-user MFA service (fact sheet 8.3): they skip MFA only when
 * per-user MFA is what requires it, never security defaults, and only with a P1/P2 licence.
 */
export function trustedIpsApply(tenant: Tenant, requirement: MfaRequirement): boolean {
	return (tenant.license === 'p1' || tenant.license === 'p2') && requirement.policies.includes('MFA: Per-user');
}

/** Has the user registered anything at all (phones, apps, tokens)? */
export function hasAnyMethod(user: User): boolean {
	const {methods} = user;
	return (
		methods.authenticatorApps.length + methods.softwareTokens.length + methods.hardwareTokens.length > 0 ||
		methods.authenticationPhone !== undefined ||
		methods.alternatePhone !== undefined ||
		methods.officePhone !== undefined
	);
}

/**
 * The remembered-device grant this browser's cookie points at, if it still counts: per-user MFA is
 * what requires MFA, remember-MFA on, grant present for this browser, not expired under the current day count, and issued after any MFA-session revocation
 * (fact sheet 8.5, 7.3).
 */
export function validRememberedGrant(tenant: Tenant, user: User, client: Client, now: Instant, requirement: MfaRequirement): RememberedDeviceGrant | undefined {
	// Remember-MFA is a per-user MFA service setting (fact sheet 8.5): it never skips security defaults.
	if (client.kind !== 'browser' || !client.rememberCookie || !tenant.settings.rememberMfa.enabled || !requirement.policies.includes('MFA: Per-user')) {
		return undefined;
	}

	const grantId = client.rememberCookie.grantId;
	const grant = user.rememberedDevices.find((each) => each.id === grantId && each.clientId === client.id);
	if (!grant) {
		return undefined;
	}

	const expiresAt = Math.min(grant.expiresAt, grant.grantedAt + tenant.settings.rememberMfa.days * DAY);
	if (now >= expiresAt) {
		return undefined;
	}

	if (user.mfaSessionsRevokedAt !== undefined && grant.grantedAt <= user.mfaSessionsRevokedAt) {
		return undefined;
	}

	return grant;
}
