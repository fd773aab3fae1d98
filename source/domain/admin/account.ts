import {eraAt} from '../common/era.js';
import type {UserId} from '../common/ids.js';
import {reject, type Rejection} from '../common/rejection.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {User} from '../tenant/user.js';
import {findPerson, withPerson} from '../world/world.js';
import {commit, describeUser, isRejection, noChange, resolveTarget} from './command-support.js';

/** Audit activity names for account actions (fact sheet 1.5 where it names them). */
export const accountActivities = {
	resetPassword: 'Reset password',
	disableAccount: 'Disable account',
	// invented activity name (the counterpart of "Disable account")
	enableAccount: 'Enable account',
	// invented activity name
	revokeSessions: 'Invalidate all refresh tokens for user',
	// invented activity name
	unblockMfa: 'Unblock user for multifactor authentication',
	// invented activity name
	dismissUserRisk: 'Dismiss user risk',
} as const;

function withoutPasswordExpiry(user: User): User {
	const {passwordExpiresAt: _expired, ...rest} = user;
	return rest;
}

/**
 * Reset password (fact sheet 7.3): the service-generated hash replaces the password, which must be changed at
 * next sign-in; the person now knows the temporary password (the admin read it to them); smart lockout is
 * cleared. In the "Report suspicious activity" era an admin reset also remediates user risk (8.7, 7.3).
 * App passwords, methods and remembered devices are untouched: a reset doesn't revoke app passwords (4.3 step 7).
 * Always audited ("Reset password"), never with the password or hash.
 */
export function resetPassword(state: SimState, userId: UserId, temporaryPassword: string, passwordHash: string): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['reset-password'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	if (temporaryPassword.length === 0 || passwordHash.length === 0) {
		return reject('input/invalid', `A password reset for ${describeUser(target)} needs a temporary password and its hash.`);
	}

	const remediatesRisk = !eraAt(state.now).legacyFraudAlert && target.risk === 'high';
	// Invented: a fresh password has not expired, so any old expiry goes; the tenant's expiry policy isn't modelled.
	const user: User = {
		...withoutPasswordExpiry(target),
		passwordHash,
		mustChangePassword: true,
		passwordChangedAt: state.now,
		lockout: {failedAttempts: 0, lockoutCount: 0},
		risk: remediatesRisk ? 'none' : target.risk,
	};
	const person = findPerson(state.world, target.id);
	const world = person === undefined ? state.world : withPerson(state.world, {...person, knownPassword: temporaryPassword});
	return commit(
		{...state, world},
		{
			users: [user],
			audits: [
				{
					service: 'Core Directory',
					activity: accountActivities.resetPassword,
					targetUserId: target.id,
					details: {mustChangePasswordAtNextSignIn: 'true', ...(remediatesRisk ? {userRisk: 'Remediated'} : {})},
				},
			],
		},
	);
}

/**
 * User profile: Revoke sessions (invalidate refresh tokens). Later refreshes of tokens issued before now fail
 * with AADSTS50173 (fact sheet 7.3). Remembered-MFA grants stay: a different feature (inferred).
 */
export function revokeSessions(state: SimState, userId: UserId): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['revoke-sessions'], {refuseGuests: false});
	if (isRejection(target)) {
		return target;
	}

	if (target.sessionsRevokedAt === state.now) {
		return commit(state, noChange);
	}

	return commit(state, {
		users: [{...target, sessionsRevokedAt: state.now}],
		audits: [{service: 'Core Directory', activity: accountActivities.revokeSessions, targetUserId: target.id}],
	});
}

/**
 * Block or unblock sign-in (accountEnabled). A blocked account fails with AADSTS50057 (fact sheet 1.2).
 * Guests can be blocked in the resource tenant. Asking for the state the account is already in is a no-op.
 */
export function setSignInBlocked(state: SimState, userId: UserId, blocked: boolean): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['block-sign-in'], {refuseGuests: false});
	if (isRejection(target)) {
		return target;
	}

	if (target.accountEnabled === !blocked) {
		return commit(state, noChange);
	}

	return commit(state, {
		users: [{...target, accountEnabled: !blocked}],
		audits: [{service: 'Core Directory', activity: blocked ? accountActivities.disableAccount : accountActivities.enableAccount, targetUserId: target.id}],
	});
}

/**
 * Legacy MFA Block/unblock users: unblock, with the "Reason for unblocking" (fact sheet 7.3). The feature
 * was removed on 1 Mar 2025 (`era/not-available` after that). A user who is not blocked: `action/not-applicable`.
 */
export function unblockMfa(state: SimState, userId: UserId, reason: string): Applied<SimState> | Rejection {
	if (!eraAt(state.now).legacyFraudAlert) {
		return reject('era/not-available', 'Block/unblock users was removed on 1 March 2025; a user who reports suspicious activity gets high user risk instead, handled in ID Protection.');
	}

	const target = resolveTarget(state, userId, ['unblock-mfa'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	if (target.mfaBlockedUntil === undefined || target.mfaBlockedUntil <= state.now) {
		return reject('action/not-applicable', `${describeUser(target)} is not blocked for MFA, so there is nothing to unblock.`);
	}

	if (reason.trim().length === 0) {
		return reject('input/invalid', `Unblocking ${describeUser(target)} needs a reason for unblocking.`);
	}

	const {mfaBlockedUntil: _until, ...user} = target;
	return commit(state, {
		users: [user],
		audits: [{service: 'MFA', activity: accountActivities.unblockMfa, targetUserId: target.id, details: {reason: reason.trim()}}],
	});
}

/**
 * ID Protection: dismiss user risk after investigating a "Report suspicious activity" (fact sheet 8.7).
 * A user without risk: `action/not-applicable`.
 */
export function dismissUserRisk(state: SimState, userId: UserId): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['dismiss-user-risk'], {refuseGuests: false});
	if (isRejection(target)) {
		return target;
	}

	if (target.risk === 'none') {
		return reject('action/not-applicable', `${describeUser(target)} has no user risk to dismiss.`);
	}

	return commit(state, {
		users: [{...target, risk: 'none'}],
		audits: [{service: 'Core Directory', activity: accountActivities.dismissUserRisk, targetUserId: target.id, details: {oldRisk: 'High', newRisk: 'None'}}],
	});
}
