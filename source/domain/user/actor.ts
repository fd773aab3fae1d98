import type {UserId} from '../common/ids.js';
import type {SimState} from '../state/sim-state.js';
import {findUser, withUser} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import {findPerson, withPerson, type Person} from '../world/world.js';
import {refuse, type UserActionRejection} from './outcome.js';

/** The two sides of the person the trainee talks to: the directory user and the human with their phone and clients. */
export type Actor = {
	readonly user: User;
	readonly person: Person;
};

/** Finds the directory user and the person behind a user id; both must exist to ask them anything. */
export function findActor(state: SimState, userId: UserId): Actor | UserActionRejection {
	const user = findUser(state.tenant, userId);
	const person = findPerson(state.world, userId);
	if (user === undefined || person === undefined) {
		return refuse('user/not-found', `There is nobody called '${userId}' to ask in this scenario.`);
	}

	return {user, person};
}

/** The person's first name, for sentences the trainee reads. */
export function nameOf(user: User): string {
	return user.displayName.split(' ')[0] ?? user.displayName;
}

/** Returns the state with one directory user replaced. */
export function putUser(state: SimState, user: User): SimState {
	return {...state, tenant: withUser(state.tenant, user)};
}

/** Returns the state with one person replaced. */
export function putPerson(state: SimState, person: Person): SimState {
	return {...state, world: withPerson(state.world, person)};
}

