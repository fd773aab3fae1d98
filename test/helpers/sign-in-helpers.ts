/** Domain assertions and shortcuts for sign-in stories. */
import {expect} from 'vitest';
import type {Rejection} from '../../source/domain/common/rejection.js';
import type {SignInFacts} from '../../source/domain/sign-in/attempt.js';
import {evaluateSignIn, type SignInResult} from '../../source/domain/sign-in/evaluate-sign-in.js';
import type {DefaultMethod} from '../../source/domain/tenant/methods.js';
import type {SignInLogEntry, SignInStatus} from '../../source/domain/state/logs.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
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
