import {SECOND, type Instant} from './time.js';

/**
 * Time steps of clock drift the tenant accepts on each side of the current step. Entra's real window is
 * undocumented (fact sheet 3.5, open question 2); we accept the current step and one either side, the
 * tolerance RFC 6238 section 5.2 recommends. The TOTP adapter verifies typed codes with this same constant.
 */
export const tenantTotpWindowSteps = 1;

/** The RFC 6238 time step of a Unix-seconds time; a clock before 1970 counts as step 0, as the adapter does. */
export function totpStep(atSeconds: number, periodSeconds: 30 | 60): number {
	return Math.floor(Math.max(0, Math.floor(atSeconds)) / periodSeconds);
}

/**
 * Whether the tenant accepts, at `now`, a code that a device holding the SAME seed shows on its own clock
 * (`clockOffsetSeconds` ahead, or behind when negative). With the seed shared, TOTP codes agree exactly when
 * their time steps do, so this is a step comparison, no HMAC: the same verdict the TOTP adapter gives a
 * sign-in, except for the one-in-a-million chance of two steps' codes colliding. Used where a new seed was
 * just scanned (registration), so the seed can't be what is wrong, only the clock (ticket 6).
 */
export function deviceCodeAccepted(now: Instant, clockOffsetSeconds: number, periodSeconds: 30 | 60): boolean {
	const tenantSeconds = Math.floor(now / SECOND);
	const drift = totpStep(tenantSeconds + clockOffsetSeconds, periodSeconds) - totpStep(tenantSeconds, periodSeconds);
	return Math.abs(drift) <= tenantTotpWindowSteps;
}
