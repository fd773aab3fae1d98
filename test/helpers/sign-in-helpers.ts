/** Domain assertions and shortcuts for sign-in stories. */
import {expect} from 'vitest';
import type {Rejection} from '../../source/domain/common/rejection.js';
import type {SignInAttempt, SignInFacts} from '../../source/domain/sign-in/attempt.js';
import {evaluateSignIn, type SignInResult} from '../../source/domain/sign-in/evaluate-sign-in.js';
import type {DefaultMethod} from '../../source/domain/tenant/methods.js';
import type {SignInLogEntry, SignInStatus} from '../../source/domain/state/logs.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {MfaServiceSettings} from '../../source/domain/tenant/service-settings.js';
import {findUser, withUser} from '../../source/domain/tenant/tenant.js';
import type {User} from '../../source/domain/tenant/user.js';
import type {PhoneEvent} from '../../source/domain/world/phone.js';
import {findPerson, withPerson, type Person} from '../../source/domain/world/world.js';
import {passwordFacts} from './build-state.js';

/** Runs an interactive sign-in and fails the test if the domain refused the attempt itself. */
export function signIn(state: SimState, userId: string, clientId: string, facts: SignInFacts = passwordFacts(), method?: DefaultMethod): SignInResult {
	const result = evaluateSignIn(state, {userId, clientId, mode: 'interactive', ...(method ? {method} : {})}, facts);
	if (!result.ok) {
		throw new Error(`sign-in refused: ${(result as Rejection).code} ${(result as Rejection).message}`);
	}

	return result;
}

/** Asserts status, error code and (optionally) the MFA result detail of a log row. */
export function expectSignIn(entry: SignInLogEntry, status: SignInStatus, errorCode = 0, mfaResultDetail?: string): void {
	expect({status: entry.status, errorCode: entry.errorCode}, entry.trace.map((step) => `${step.step}: ${step.detail}`).join('\n')).toEqual({status, errorCode});
	if (mfaResultDetail !== undefined) {
		expect(entry.mfaResultDetail).toBe(mfaResultDetail);
	}
}

/** What the user told the helpdesk after the attempt. */
export function userSaid(result: SignInResult): string {
	const said = result.events.find((event) => event.type === 'user-said');
	return said?.type === 'user-said' ? said.text : '';
}

/** Runs any attempt (refresh mode, a typed UPN...) and fails the test if the domain refused the attempt itself. */
export function attempt(state: SimState, signInAttempt: SignInAttempt, facts: SignInFacts = passwordFacts()): SignInResult {
	const result = evaluateSignIn(state, signInAttempt, facts);
	if (!result.ok) {
		throw new Error(`sign-in refused: ${(result as Rejection).code} ${(result as Rejection).message}`);
	}

	return result;
}

/** The state with one tenant user changed (an admin fix, or time-dependent fields set up by a story). */
export function changeUser(state: SimState, userId: string, changes: Partial<User>): SimState {
	const user = findUser(state.tenant, userId);
	if (!user) {
		throw new Error(`no user ${userId}`);
	}

	return {...state, tenant: withUser(state.tenant, {...user, ...changes})};
}

/** The state with the MFA service settings changed. */
export function changeSettings(state: SimState, changes: Partial<MfaServiceSettings>): SimState {
	return {...state, tenant: {...state.tenant, settings: {...state.tenant.settings, ...changes}}};
}

/** The state with one person changed (what they carry, where they are). */
export function changePerson(state: SimState, userId: string, changes: Partial<Person>): SimState {
	return {...state, world: withPerson(state.world, {...personOf(state, userId), ...changes})};
}

/** Moves the simulated clock forward. */
export function advance(state: SimState, milliseconds: number): SimState {
	return {...state, now: state.now + milliseconds};
}

/** The tenant user as the state holds it now. */
export function userOf(state: SimState, userId: string): User {
	const user = findUser(state.tenant, userId);
	if (!user) {
		throw new Error(`no user ${userId}`);
	}

	return user;
}

/** The person as the world holds them now. */
export function personOf(state: SimState, userId: string): Person {
	const person = findPerson(state.world, userId);
	if (!person) {
		throw new Error(`no person ${userId}`);
	}

	return person;
}

/** What appeared on the phone in the person's hand. */
export function phoneLog(state: SimState, userId: string): readonly PhoneEvent[] {
	return personOf(state, userId).phone?.log ?? [];
}

/** Runs the same interactive sign-in several times, threading the state through, and returns every result. */
export function signInRepeatedly(state: SimState, times: number, userId: string, clientId: string, facts: SignInFacts = passwordFacts(), gapMs = 0): SignInResult[] {
	const results: SignInResult[] = [];
	let current = state;
	for (let index = 0; index < times; index++) {
		const result = signIn(current, userId, clientId, facts);
		results.push(result);
		current = advance(result.state, gapMs);
	}

	return results;
}
