import type {Instant} from '../common/time.js';
import {DAY} from '../common/time.js';
import type {Tenant} from '../tenant/tenant.js';
import type {User, RememberedDeviceGrant} from '../tenant/user.js';
import type {Client} from '../world/client.js';

/** Trusted IPs are a P1/P2 feature (fact sheet 8.3); without the licence the ranges have no effect. */
export function trustedIpsApply(tenant: Tenant): boolean {
	return tenant.license === 'p1' || tenant.license === 'p2';
}

/**
 * The remembered-device grant this browser's cookie points at, if it still counts: remember-MFA on,
 * grant present, not expired under the current day count, and issued after any MFA-session revocation
 * (fact sheet 8.5, 7.3).
 */
export function validRememberedGrant(tenant: Tenant, user: User, client: Client, now: Instant): RememberedDeviceGrant | undefined {
	if (client.kind !== 'browser' || !client.rememberCookie || !tenant.settings.rememberMfa.enabled) {
		return undefined;
	}

	const grantId = client.rememberCookie.grantId;
	const grant = user.rememberedDevices.find((each) => each.id === grantId);
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
