import {formatInstant} from '../common/time.js';
import {defaultMethodLabels, type DefaultMethod} from '../tenant/methods.js';
import type {SimState} from '../state/sim-state.js';
import {nameOf, type Actor} from './actor.js';
import {refuse, type UserActionRejection} from './outcome.js';
import {mustChoosePassword} from './password-change.js';
import {hasRegisteredMethod, methodVerdicts} from './usable-methods.js';

/**
 * How the person got into Security info / Additional security verification:
 * - `registration`: nothing registered yet (or an admin required contact methods again), so the password
 *   leads straight into the "More information required" flow (fact 6.1 step 6);
 * - `verified`: they passed a second factor with one of their registered methods.
 */
export type SecurityInfoAccess = {readonly mode: 'registration'} | {readonly mode: 'verified'; readonly via: DefaultMethod};

/**
 * Signs the person in to their own security settings. Inferred rule (not stated in the fact sheet):
 * the page asks for a second factor whenever one is registered, so a person whose every method fails
 * cannot fix it themselves; that is why ticket 1 and ticket 7 send them to the admin otherwise.
 * Trusted IPs and remembered devices are not treated as letting them in (invented simplification).
 */
export function securityInfoAccess(state: SimState, {user, person}: Actor): SecurityInfoAccess | UserActionRejection {
	const name = nameOf(user);
	if (user.userType === 'guest') {
		const home = user.guestHome?.tenantName ?? 'their home organisation';
		return refuse(
			'user/guest-managed-by-home-tenant',
			`${name} is a guest: their sign-in methods and app passwords are managed by ${home}, not by this tenant.`,
			'My sign-in settings are with my own company\'s account, not yours.',
		);
	}

	if (!user.accountEnabled) {
		return refuse(
			'action/not-applicable',
			`${name} can't sign in to Security info: sign-in is blocked for the account (AADSTS50057). Unblock sign-in first.`,
			'It says my account is disabled.',
		);
	}

	const lockedUntil = user.lockout.lockedUntil;
	if (lockedUntil !== undefined && lockedUntil > state.now) {
		return refuse(
			'action/not-applicable',
			`${name} can't sign in to Security info: smart lockout holds the account until ${formatInstant(lockedUntil)} (AADSTS50053).`,
			'It says my account is locked because of too many tries.',
		);
	}

	if (mustChoosePassword(user, state.now)) {
		// "Update your password" comes first in the sign-in, before registration or MFA (fact sheet 7.3; order inferred).
		return refuse(
			'action/not-applicable',
			`${name} must choose a new password first: the sign-in stops at "Update your password" (an admin reset it, or it expired). Ask them to change their password, then try again.`,
			'It wants me to update my password before it shows me anything else.',
		);
	}

	if (user.mustRegisterAgain || !hasRegisteredMethod(user)) {
		return {mode: 'registration'};
	}

	// The page challenges with the default method; "Sign in another way" offers the others when it doesn't work (fact 3.6).
	const verdicts = methodVerdicts(state, user, person);
	const working = verdicts.find((verdict) => verdict.usable && verdict.method === user.defaultMethod) ?? verdicts.find((verdict) => verdict.usable);
	if (working !== undefined) {
		return {mode: 'verified', via: working.method};
	}

	const tried = verdicts.map((verdict) => `${defaultMethodLabels[verdict.method]}: ${verdict.symptom ?? 'failed'}`);
	const detail = tried.length === 0 ? 'none of their registered methods is allowed by the tenant any more' : tried.join('; ');
	return refuse(
		'registration/no-usable-method',
		`${name} can't get into Security info: it asks for a second factor first and none of their methods works right now (${detail}). `
			+ 'Fix what stops one of them, or an admin can use Require re-register MFA (legacy: Require selected users to provide contact methods again) so they register afresh at their next sign-in.',
		'I can\'t get past the verification step, so I never get to the Security info page.',
	);
}

/**
 * Security info changes other than registering need registration to be finished first: the
 * "More information required" interrupt comes before anything else (fact 6.1 step 6).
 */
export function verifiedAccess(state: SimState, actor: Actor): {readonly mode: 'verified'; readonly via: DefaultMethod} | UserActionRejection {
	const access = securityInfoAccess(state, actor);
	if ('ok' in access) {
		return access;
	}

	if (access.mode === 'registration') {
		return refuse(
			'action/not-applicable',
			`${nameOf(actor.user)} still has to finish MFA registration ("More information required") before changing anything else in Security info. Ask them to complete registration first.`,
			'Every time I sign in it says it needs more information first.',
		);
	}

	return access;
}
