import {formatInstant} from '../common/time.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {User} from '../tenant/user.js';
import {findActor, nameOf, putPerson, putUser} from './actor.js';
import {auditSelf, done, isRefusal, refuse, type SelfServiceAudit, type UserActionRejection} from './outcome.js';
import type {UserAction} from './user-action.js';

type ChangePassword = Extract<UserAction, {type: 'change-password'}>;

/**
 * Audit row of the change. Not in the fact sheet's list (1.5); named after Microsoft's Core Directory activity
 * for a user changing their own password (invented for the simulator).
 */
export const passwordChangeAudit: SelfServiceAudit = {service: 'Core Directory', activity: 'Change user password'};

/** Must this user choose a new password before they can sign in: an admin reset, or an expired password (fact sheet 7.3, 6.2)? */
export function mustChoosePassword(user: User, now: number): boolean {
	return user.mustChangePassword || (user.passwordExpiresAt !== undefined && user.passwordExpiresAt <= now);
}

function withoutExpiry(user: User): User {
	const {passwordExpiresAt: _expired, ...rest} = user;
	return rest;
}

/**
 * "Update your password" at sign-in: the person types the password they know (the temporary one an admin read
 * them), then a new one (fact sheet 7.3 Reset password: "a temporary password that must be changed at next
 * sign-in"). Afterwards the person knows only the new password; clients that saved the old one keep sending it
 * and fail until they are given the new one; app passwords are untouched (4.3 step 7). Inferred: the change
 * comes before any MFA prompt of that sign-in, so it needs no second factor; MFA runs at the next sign-in.
 * Refused: a guest (their password is at home), a blocked or locked-out account, no change required
 * (`action/not-applicable`), a password they know that isn't the current one (`password/incorrect`).
 */
export function changePassword(state: SimState, action: ChangePassword): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user, person} = actor;
	const name = nameOf(user);
	if (user.userType === 'guest') {
		const home = user.guestHome?.tenantName ?? 'their home organisation';
		return refuse('user/guest-managed-by-home-tenant', `${name} is a guest: their password belongs to ${home}, not to this tenant.`, 'My password is with my own company\'s account.');
	}

	if (!user.accountEnabled) {
		return refuse('action/not-applicable', `${name} can't get to "Update your password": sign-in is blocked for the account (AADSTS50057).`, 'It says my account has been disabled.');
	}

	const lockedUntil = user.lockout.lockedUntil;
	if (lockedUntil !== undefined && lockedUntil > state.now) {
		return refuse('action/not-applicable', `${name} can't sign in to change the password: smart lockout holds the account until ${formatInstant(lockedUntil)} (AADSTS50053).`, 'It says my account is locked.');
	}

	if (!mustChoosePassword(user, state.now)) {
		return refuse(
			'action/not-applicable',
			`Nothing asks ${name} to change their password: it was not reset with "must change at next sign-in" and has not expired.`,
			'It never asked me for a new password. It just takes my usual one.',
		);
	}

	if (!action.currentPasswordAccepted) {
		return refuse(
			'password/incorrect',
			`${name} types the password they know, but it is not the current one (AADSTS50126), so they never reach "Update your password". Reset the password and read them the temporary one.`,
			'It says my account or password is incorrect.',
		);
	}

	if (action.newPassword.length === 0 || action.passwordHash.length === 0) {
		return refuse('input/invalid', `Changing ${name}'s password needs the new password and its hash.`);
	}

	const changed: User = {
		...withoutExpiry(user),
		passwordHash: action.passwordHash,
		mustChangePassword: false,
		passwordChangedAt: state.now,
		lockout: {...user.lockout, failedAttempts: 0},
	};
	const next = putPerson(putUser(state, changed), {...person, knownPassword: action.newPassword});
	const audited = auditSelf(next, user.id, [passwordChangeAudit]);
	return done(audited.state, user.id, 'Done: I chose a new password. It says it has been updated.', audited.events);
}
