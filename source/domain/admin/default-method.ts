import {reject, type Rejection} from '../common/rejection.js';
import type {UserId} from '../common/ids.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {defaultMethodLabels, type AuthMethods, type DefaultMethod} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import {commit, describeUser, isRejection, noChange, resolveTarget} from './command-support.js';

/** Audit activity names for admin changes to a user's methods (fact sheet 1.5). */
export const securityInfoActivities = {
	registered: 'Admin registered security info',
	updated: 'Admin updated security info',
	deleted: 'Admin deleted security info',
} as const;

/**
 * Is a default-method choice backed by a registered, usable method? App choices need an Authenticator
 * registration with push (or a code-capable app, software token or ACTIVATED hardware token for codes);
 * phone choices need the phone in the matching slot.
 */
export function isDefaultMethodUsable(methods: AuthMethods, method: DefaultMethod): boolean {
	switch (method) {
		case 'app-notification': {
			return methods.authenticatorApps.some((app) => app.push);
		}

		case 'app-code': {
			return methods.authenticatorApps.some((app) => app.code) || methods.softwareTokens.length > 0 || methods.hardwareTokens.some((token) => token.status === 'activated');
		}

		case 'text':
		case 'call': {
			return methods.authenticationPhone !== undefined;
		}

		case 'alternate-call': {
			return methods.alternatePhone !== undefined;
		}

		case 'office-call': {
			return methods.officePhone !== undefined;
		}
	}
}

/**
 * Drops the default method when the method behind it is gone, so the user picks a new one at the next
 * registration (invented simplification of Entra choosing another default; compare fact sheet 8.4).
 */
export function withUsableDefault(user: User): User {
	if (user.defaultMethod === undefined || isDefaultMethodUsable(user.methods, user.defaultMethod)) {
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

	if (!isDefaultMethodUsable(target.methods, method)) {
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
