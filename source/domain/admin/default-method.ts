import {reject, type Rejection} from '../common/rejection.js';
import type {UserId} from '../common/ids.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {defaultMethodLabels, hasMethodFor, type DefaultMethod} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import {commit, describeUser, isRejection, noChange, resolveTarget} from './command-support.js';

/** Audit activity names for admin changes to a user's methods (fact sheet 1.5). */
export const securityInfoActivities = {
	registered: 'Admin registered security info',
	updated: 'Admin updated security info',
	deleted: 'Admin deleted security info',
} as const;


/**
 * Drops the default method when the method behind it is gone, so the user picks a new one at the next
 * registration (invented simplification of Entra choosing another default; compare fact sheet 8.4).
 */
export function withUsableDefault(user: User): User {
	if (user.defaultMethod === undefined || hasMethodFor(user.methods, user.defaultMethod)) {
		return user;
	}

	const {defaultMethod: _dropped, ...rest} = user;
	return rest;
}

/**
 * Changes a user's default sign-in method on the Authentication methods blade. The method must be
 * registered (`method/not-registered`); choosing the current default is a no-op with no audit row.
 */
export function setDefaultMethod(state: SimState, userId: UserId, method: DefaultMethod): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['manage-auth-methods'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	if (!hasMethodFor(target.methods, method)) {
		return reject('method/not-registered', `${describeUser(target)} has no registered method for "${defaultMethodLabels[method]}", so it can't be the default; register the method first.`);
	}

	if (target.defaultMethod === method) {
		return commit(state, noChange);
	}

	return commit(state, {
		users: [{...target, defaultMethod: method}],
		audits: [
			{
				service: 'Authentication Methods',
				activity: securityInfoActivities.updated,
				targetUserId: target.id,
				details: {
					change: 'Default sign-in method',
					oldValue: target.defaultMethod === undefined ? 'None' : defaultMethodLabels[target.defaultMethod],
					newValue: defaultMethodLabels[method],
				},
			},
		],
	});
}
