import {useMemo} from 'react';
import {eraAt, type Era} from '../../domain/common/era.js';
import {can, type AdminTask} from '../../domain/admin/permissions.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {User} from '../../domain/tenant/user.js';
import {useSessionView} from '../contexts/session-context.js';

/** The trainee's admin account and what it may do, for greying out actions. */
export type ActorView = {
	readonly actor: User | undefined;
	readonly era: Era;
	/** May the trainee do this task (to this user)? Display only: the domain still decides on dispatch. */
	readonly allows: (task: AdminTask, target?: User) => boolean;
};

/** Reads the signed-in admin from the session and binds `can` to it and to the simulated date. */
export function useActor(): ActorView {
	const {state} = useSessionView();
	const actor = findUser(state.tenant, state.actorId);
	const era = useMemo(() => eraAt(state.now), [state.now]);
	return useMemo(
		() => ({
			actor,
			era,
			allows: (task: AdminTask, target?: User) => actor !== undefined && can(actor, task, target, era),
		}),
		[actor, era],
	);
}
