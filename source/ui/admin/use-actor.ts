import {useMemo} from 'react';
import {eraAt, type Era} from '../../domain/common/era.js';
import {authorise, type AdminTask} from '../../domain/admin/permissions.js';
import {reject, type Rejection} from '../../domain/common/rejection.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {User} from '../../domain/tenant/user.js';
import {useSessionView} from '../contexts/session-context.js';

/** The trainee's admin account and what it may do, for greying out actions. */
export type ActorView = {
	readonly actor: User | undefined;
	readonly era: Era;
	/** May the trainee do this task (to this user)? Display only: the domain still decides on dispatch. */
	readonly allows: (task: AdminTask, target?: User) => boolean;
	/** Why the trainee may not do this task (to this user): the domain's own refusal, naming their roles; undefined when allowed. */
	readonly refusal: (task: AdminTask, target?: User) => Rejection | undefined;
};

/** Reads the signed-in admin from the session and binds `can` to it and to the simulated date. */
export function useActor(): ActorView {
	const {state} = useSessionView();
	const actor = findUser(state.tenant, state.actorId);
	const era = useMemo(() => eraAt(state.now), [state.now]);
	return useMemo(() => {
		const refusal = (task: AdminTask, target?: User): Rejection | undefined =>
			actor === undefined ? reject('role/insufficient', 'The signed-in admin account is not in this tenant.') : authorise(actor, task, target, era);
		return {actor, era, refusal, allows: (task: AdminTask, target?: User) => refusal(task, target) === undefined};
	}, [actor, era]);
}
