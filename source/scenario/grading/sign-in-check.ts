import type {SignInLogEntry} from '../../domain/state/logs.js';
import type {SimState} from '../../domain/state/sim-state.js';
import {signInKey, type GradeCheck, type SignInGoal, type Verifications} from './grade-check.js';
import {nameOf} from './state-checks.js';

/** A sign-in log row in one line: `Failure, AADSTS50076, "MFA denied; ..."`. */
export function describeSignIn(entry: SignInLogEntry): string {
	const code = entry.errorCode === 0 ? '' : `, AADSTS${entry.errorCode}`;
	const detail = entry.mfaResultDetail === undefined ? '' : `, "${entry.mfaResultDetail}"`;
	return `${entry.status}${code}${detail}`;
}

/** Why a sign-in ended as it did: the first failed step of its trace, or what let it through. */
export function explainSignIn(entry: SignInLogEntry): string {
	const failed = entry.trace.find((step) => step.verdict === 'fail');
	if (failed) {
		return failed.detail;
	}

	if (entry.status === 'Success') {
		const how = entry.authMethod === undefined ? 'with the password alone (single-factor)' : `with ${entry.authMethod}`;
		return `Signed in ${how}${entry.mfaResultDetail === undefined ? '' : `: ${entry.mfaResultDetail}`}.`;
	}

	return entry.failureReason || entry.trace.at(-1)?.detail || `The sign-in ended as ${entry.status}.`;
}

function expectedText(goal: SignInGoal): string {
	const code = goal.errorCode === undefined ? '' : `, AADSTS${goal.errorCode}`;
	const detail = goal.mfaResultDetail === undefined ? '' : `, "${goal.mfaResultDetail}"`;
	return `${goal.expect}${code}${detail}`;
}

function defaultLabel(state: SimState, goal: SignInGoal): string {
	const method = goal.method === undefined ? '' : ` (sign in another way: ${goal.method})`;
	const network = goal.network === undefined ? '' : ` from ${goal.network}`;
	return `${nameOf(state, goal.user)} signs in with ${goal.client}${method}${network}: ${goal.expect}`;
}

function mismatches(goal: SignInGoal, entry: SignInLogEntry): string[] {
	const found: string[] = [];
	if (entry.status !== goal.expect) {
		found.push(`the status is ${entry.status}, wanted ${goal.expect}`);
	}

	if (goal.errorCode !== undefined && entry.errorCode !== goal.errorCode) {
		found.push(`the error code is ${entry.errorCode === 0 ? 'none' : `AADSTS${entry.errorCode}`}, wanted AADSTS${goal.errorCode}`);
	}

	if (goal.mfaResultDetail !== undefined && entry.mfaResultDetail !== goal.mfaResultDetail) {
		found.push(`the MFA result detail is ${entry.mfaResultDetail === undefined ? 'empty' : `"${entry.mfaResultDetail}"`}, wanted "${goal.mfaResultDetail}"`);
	}

	return found;
}

/** `signIn`: compares the verification sign-in run on a copy of the end state with what the goal expects. */
export function signInCheck(state: SimState, goal: SignInGoal, verifications: Verifications): GradeCheck {
	const label = goal.label ?? defaultLabel(state, goal);
	const expected = expectedText(goal);
	const outcome = verifications.get(signInKey(goal));
	if (outcome === undefined) {
		return {label, expected, actual: 'not verified', passed: false, explanation: 'The verification sign-in was not run (a bug in the grader).'};
	}

	if (!outcome.ok) {
		return {label, expected, actual: 'refused', passed: false, explanation: outcome.message};
	}

	const wrong = mismatches(goal, outcome.entry);
	const why = explainSignIn(outcome.entry);
	return {
		label,
		expected,
		actual: describeSignIn(outcome.entry),
		passed: wrong.length === 0,
		explanation: wrong.length === 0 ? why : `${wrong.join('; ')}. ${why}`,
	};
}
