import type {UserId} from '../common/ids.js';
import {reject, type Rejection} from '../common/rejection.js';
import type {AuditRecord} from '../state/audit.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {User} from '../tenant/user.js';
import {commit, isRejection, mergeChanges, noChange, resolveTargets, type Change} from './command-support.js';
import type {AdminTask} from './permissions.js';

/** The three checkboxes of the "Manage user settings" quick step. */
export type ManageUserSettingsOptions = {
	readonly requireContactMethodsAgain: boolean;
	readonly deleteAllAppPasswords: boolean;
	readonly restoreMfaOnRememberedDevices: boolean;
};

/** Audit activity names written by Manage user settings (fact sheet 1.5, 4.3). */
export const manageUserSettingsActivities = {
	// invented activity name: the fact sheet names none for this checkbox.
	requireContactMethodsAgain: 'Require user to provide contact methods again',
	deleteAppPassword: 'Delete application password for user',
	restoreRememberedDevices: 'Restore multifactor authentication on all remembered devices',
} as const;

function tasksFor(options: ManageUserSettingsOptions): readonly AdminTask[] {
	const tasks: AdminTask[] = [];
	if (options.requireContactMethodsAgain) {
		tasks.push('require-contact-methods-again');
	}

	if (options.deleteAllAppPasswords) {
		tasks.push('delete-app-passwords');
	}

	if (options.restoreMfaOnRememberedDevices) {
		tasks.push('restore-remembered-devices');
	}

	return tasks;
}

function applyToUser(original: User, options: ManageUserSettingsOptions): Change {
	let user = original;
	const audits: AuditRecord[] = [];

	// Registration again at next sign-in; methods and app passwords stay, so non-browser apps with app
	// passwords keep working (fact sheet 7.3, [S32][S62]).
	if (options.requireContactMethodsAgain && !user.mustRegisterAgain) {
		user = {...user, mustRegisterAgain: true};
		audits.push({service: 'Core Directory', activity: manageUserSettingsActivities.requireContactMethodsAgain, targetUserId: user.id});
	}

	// Every app password goes, one audit row each; the password and methods stay (7.3, 4.3 step 6).
	if (options.deleteAllAppPasswords && user.appPasswords.length > 0) {
		for (const appPassword of user.appPasswords) {
			audits.push({
				service: 'Core Directory',
				activity: manageUserSettingsActivities.deleteAppPassword,
				targetUserId: user.id,
				details: {appPasswordName: appPassword.name},
			});
		}

		user = {...user, appPasswords: []};
	}

	// Tenant-side grants go; the browsers keep their cookies, which now name no grant and so no longer
	// satisfy MFA. All-or-nothing: one device can't be targeted (7.3, [S61]).
	if (options.restoreMfaOnRememberedDevices && user.rememberedDevices.length > 0) {
		audits.push({
			// service not stated in the fact sheet: the audit row sits with the other MFA-method activities.
			service: 'Authentication Methods',
			activity: manageUserSettingsActivities.restoreRememberedDevices,
			targetUserId: user.id,
			details: {devicesRestored: String(user.rememberedDevices.length)},
		});
		user = {...user, rememberedDevices: []};
	}

	return user === original ? noChange : {users: [user], audits};
}

/**
 * Quick step "Manage user settings" for several users (fact sheet 7.3): require contact methods again,
 * delete all app passwords, restore MFA on remembered devices. Every selected user and every ticked box is
 * checked first and the command is all-or-nothing. Nothing ticked is refused (`input/invalid`, invented:
 * the dialog would do nothing). A box that changes nothing for a user (nothing to delete, already required)
 * writes no audit row for that user.
 */
export function manageUserSettings(state: SimState, userIds: readonly UserId[], options: ManageUserSettingsOptions): Applied<SimState> | Rejection {
	const tasks = tasksFor(options);
	if (tasks.length === 0) {
		return reject('input/invalid', 'Manage user settings needs at least one option ticked.');
	}

	const targets = resolveTargets(state, userIds, tasks, {refuseGuests: true});
	if (isRejection(targets)) {
		return targets;
	}

	return commit(state, mergeChanges(targets.map((user) => applyToUser(user, options))));
}
