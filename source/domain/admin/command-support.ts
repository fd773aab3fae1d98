import {eraAt} from '../common/era.js';
import type {UserId} from '../common/ids.js';
import {reject, type Rejection} from '../common/rejection.js';
import {recordAudits, type AuditRecord} from '../state/audit.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {findUser, withUser} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import {authorise, type AdminTask} from './permissions.js';

/** Tells a refused command from an accepted one. */
export function isRejection(value: unknown): value is Rejection {
	return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}

/** How a user in `Name (upn)` form appears in rejection messages. */
export function describeUser(user: User): string {
	return `${user.displayName} (${user.upn})`;
}

/** Options for resolving a command's target user. */
export type TargetOptions = {
	/**
	 * Refuse guests: their per-user MFA state and methods live in the home tenant; the legacy page greys out
	 * their checkbox (fact sheet 1.2, ticket 25).
	 */
	readonly refuseGuests: boolean;
};

/** The signed-in admin, or a rejection when the actor is not a user of this tenant (a broken scenario). */
export function findActor(state: SimState): User | Rejection {
	const actor = findUser(state.tenant, state.actorId);
	return actor ?? reject('role/insufficient', `The signed-in account "${state.actorId}" is not a user of ${state.tenant.name}, so it holds no admin role there.`);
}

/** Checks a tenant-wide task for the signed-in admin; undefined when allowed. */
export function authoriseTenantTask(state: SimState, task: AdminTask): Rejection | undefined {
	const actor = findActor(state);
	return isRejection(actor) ? actor : authorise(actor, task, undefined, eraAt(state.now));
}

/** Finds a target user and checks every task on them: unknown id, guest, then roles, in that order. */
export function resolveTarget(state: SimState, userId: UserId, tasks: readonly AdminTask[], options: TargetOptions): User | Rejection {
	const actor = findActor(state);
	if (isRejection(actor)) {
		return actor;
	}

	const target = findUser(state.tenant, userId);
	if (target === undefined) {
		return reject('user/not-found', `There is no user "${userId}" in ${state.tenant.name}.`);
	}

	if (options.refuseGuests && target.userType === 'guest') {
		const home = target.guestHome?.tenantName ?? 'their home tenant';
		return reject('user/guest-managed-by-home-tenant', `${describeUser(target)} is a guest: their MFA settings and methods are managed by ${home}, not by ${state.tenant.name}.`);
	}

	const era = eraAt(state.now);
	for (const task of tasks) {
		const refused = authorise(actor, task, target, era);
		if (refused !== undefined) {
			return refused;
		}
	}

	return target;
}

/**
 * Resolves every selected user of a bulk command before anything changes (all-or-nothing): the first
 * refusal refuses the whole command. Duplicate ids count once; an empty selection is refused.
 */
export function resolveTargets(state: SimState, userIds: readonly UserId[], tasks: readonly AdminTask[], options: TargetOptions): readonly User[] | Rejection {
	if (userIds.length === 0) {
		return reject('input/invalid', 'Select at least one user first.');
	}

	const targets: User[] = [];
	for (const userId of new Set(userIds)) {
		const target = resolveTarget(state, userId, tasks, options);
		if (isRejection(target)) {
			return target;
		}

		targets.push(target);
	}

	return targets;
}

/** A command's outcome before it is committed: the users it changed and the audit rows it writes. */
export type Change = {
	readonly users: readonly User[];
	readonly audits: readonly AuditRecord[];
};

/** Writes changed users into the tenant and appends their audit rows; an empty change returns the state as is. */
export function commit(state: SimState, change: Change): Applied<SimState> {
	if (change.users.length === 0 && change.audits.length === 0) {
		return {ok: true, state, events: []};
	}

	let tenant = state.tenant;
	for (const user of change.users) {
		tenant = withUser(tenant, user);
	}

	return recordAudits({...state, tenant}, change.audits);
}

/** Combines the changes of several users into one, keeping order. */
export function mergeChanges(changes: readonly Change[]): Change {
	return {users: changes.flatMap((change) => change.users), audits: changes.flatMap((change) => change.audits)};
}

/** No change at all: the command was a no-op. */
export const noChange: Change = {users: [], audits: []};
