import type {UserId} from '../common/ids.js';
import type {Rejection} from '../common/rejection.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {perUserMfaLabels, type PerUserMfaState, type User} from '../tenant/user.js';
import {commit, isRejection, mergeChanges, noChange, resolveTargets, type Change} from './command-support.js';

/** The audit activity for a per-user MFA state change (fact sheet 1.5). */
export const perUserMfaActivity = 'Update per-user multifactor authentication state';

function changeState(user: User, state: PerUserMfaState): Change {
	if (user.perUserMfa === state) {
		return noChange;
	}

	return {
		// Enable sets Enabled even for a user who already has methods: this is the legacy page's quick step.
		// Only the user finishing registration moves Enabled -> Enforced; the Graph shortcut that jumps a
		// registered user straight to Enforced (fact sheet 2.2) is not what this command models. Re-enabling
		// after a Disable therefore stays Enabled until the admin sets Enforced (2.2 "Re-enable after disable").
		//
		// Disable keeps methods and app passwords (7.3, inferred). Whether existing app passwords keep working
		// after Disable is open question 8: we keep them, so they keep working alongside the password.
		users: [{...user, perUserMfa: state}],
		audits: [
			{
				service: 'Authentication Methods',
				activity: perUserMfaActivity,
				targetUserId: user.id,
				details: {oldState: perUserMfaLabels[user.perUserMfa], newState: perUserMfaLabels[state]},
			},
		],
	};
}

/**
 * Quick steps Enable / Enforce / Disable on the legacy multi-factor authentication page, for several users
 * at once (fact sheet 2.2, 7.3). Every selected user is checked first (unknown id, guest, role) and the
 * command is all-or-nothing. A user already in the requested state is left alone and gets no audit row:
 * the audit log records changes, so a selection that changes nothing succeeds with no events.
 */
export function setPerUserMfa(state: SimState, userIds: readonly UserId[], mfaState: PerUserMfaState): Applied<SimState> | Rejection {
	const targets = resolveTargets(state, userIds, ['per-user-mfa'], {refuseGuests: true});
	if (isRejection(targets)) {
		return targets;
	}

	return commit(state, mergeChanges(targets.map((user) => changeState(user, mfaState))));
}
