/**
 * Helpers for user-action tests: unwrap results with a readable failure, and read back the user,
 * the person and what they said.
 */
import {expect} from 'vitest';
import type {Rejection} from '../../source/domain/common/rejection.js';
import type {Applied, DomainEvent} from '../../source/domain/state/events.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {User} from '../../source/domain/tenant/user.js';
import type {Phone} from '../../source/domain/world/phone.js';
import type {Person} from '../../source/domain/world/world.js';
import {applyUserAction, type NonSignInUserAction} from '../../source/domain/user/apply-user-action.js';
import type {UserActionRejection} from '../../source/domain/user/outcome.js';
import {buildPerson, buildState, buildUser, registeredMethods, type StateOptions} from './build-state.js';

/** Applies the action and fails the test (with the refusal message) if it was refused. */
export function accept(state: SimState, action: NonSignInUserAction): Applied<SimState> {
	const result = applyUserAction(state, action);
	if (!result.ok) {
		expect.fail(`expected ${action.type} to be accepted, got ${result.code}: ${result.message}`);
	}

	return result;
}

/** Applies the action and fails the test if it was accepted. */
export function refuseOf(state: SimState, action: NonSignInUserAction): UserActionRejection & Rejection {
	const result = applyUserAction(state, action);
	if (result.ok) {
		expect.fail(`expected ${action.type} to be refused, but it was accepted`);
	}

	return result;
}

export function userIn(state: SimState, id: string): User {
	const user = state.tenant.users[id];
	if (user === undefined) {
		expect.fail(`no user ${id}`);
	}

	return user;
}

export function personIn(state: SimState, id: string): Person {
	const person = state.world.people[id];
	if (person === undefined) {
		expect.fail(`no person ${id}`);
	}

	return person;
}

export function phoneIn(state: SimState, id: string): Phone {
	const phone = personIn(state, id).phone;
	if (phone === undefined) {
		expect.fail(`${id} has no phone`);
	}

	return phone;
}

/** The lines the person said, in order. */
export function saidLines(events: readonly DomainEvent[]): readonly string[] {
	return events.flatMap((event) => (event.type === 'user-said' ? [event.text] : []));
}

/** The audit activity names recorded, in order. */
export function auditActivities(events: readonly DomainEvent[]): readonly string[] {
	return events.flatMap((event) => (event.type === 'audit-recorded' ? [event.entry.activity] : []));
}

/** Overrides where `undefined` means "leave this optional field out". */
export type Loose<T> = {[K in keyof T]?: T[K] | undefined};

/** Applies overrides to a built value; a field overridden with `undefined` is removed. */
function override<T extends object>(base: T, overrides: Loose<T> = {}): T {
	const merged: Record<string, unknown> = {...(base as Record<string, unknown>)};
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) {
			delete merged[key];
		} else {
			merged[key] = value;
		}
	}

	return merged as T;
}

/**
 * Priya, a registered user (Authenticator push + code on her iPhone, authentication phone = the number
 * in her hand), Enforced for per-user MFA, in an otherwise default tenant.
 */
export function priyaState(
	options: {user?: Loose<User>; person?: Loose<Person>} & Omit<StateOptions, 'users' | 'people'> = {},
): SimState {
	const {user, person, ...rest} = options;
	const priya = buildUser({id: 'priya', displayName: 'Priya Shah', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification'});
	return buildState({
		...rest,
		users: [override(priya, user)],
		people: [override(buildPerson({userId: 'priya'}), person)],
	});
}
