import type {SignInLogEntry} from '../../domain/state/logs.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {SignInMfa} from '../schema/goal-schema.js';
import {clientNameOf, methodLogLabels, methodWords, nameOf, networkNameOf} from './display-names.js';
import {signInKey, type GradeCheck, type SignInGoal, type Verifications} from './grade-check.js';

/**
 * How a sign-in log row met the MFA requirement: `none` when it was single-factor, `skipped` when MFA was required
 * but the MFA result detail says it was skipped (trusted IP, remembered device, app password), `required` otherwise.
 */
export function mfaOf(entry: SignInLogEntry): SignInMfa {
	if (entry.authenticationRequirement === 'singleFactorAuthentication') {
		return 'none';
	}

	return entry.mfaResultDetail?.startsWith('MFA requirement skipped') ? 'skipped' : 'required';
}

const mfaWords: Readonly<Record<SignInMfa, string>> = {
	required: 'MFA required and done',
	skipped: 'MFA skipped',
	none: 'single-factor (password alone)',
};

/** A sign-in log row in one line: `Failure, AADSTS500121, Text message, "MFA denied; ..."`, `Success, single-factor (password alone)`. */
export function describeSignIn(entry: SignInLogEntry): string {
	const code = entry.errorCode === 0 ? '' : `, AADSTS${entry.errorCode}`;
	const how = entry.authMethod ?? (mfaOf(entry) === 'none' ? mfaWords.none : undefined);
	const detail = entry.mfaResultDetail === undefined ? '' : `, "${entry.mfaResultDetail}"`;
	return `${entry.status}${code}${how === undefined ? '' : `, ${how}`}${detail}`;
}

/**
 * Why a sign-in ended as it did: the first failed step of its trace, or what let it through. After the attempt the
 * debrief may say what Entra could not see: a failed step's cause on the person's side (a blocker app, no signal).
 */
export function explainSignIn(entry: SignInLogEntry): string {
	const failed = entry.trace.find((step) => step.verdict === 'fail');
	if (failed) {
		return failed.worldCause === undefined ? failed.detail : `${failed.detail} On the user's side: ${failed.worldCause}`;
	}

	if (entry.status === 'Success') {
		const how = entry.authMethod === undefined ? (mfaOf(entry) === 'none' ? 'with the password alone (single-factor)' : 'without a second factor') : `with ${entry.authMethod}`;
		return `Signed in ${how}${entry.mfaResultDetail === undefined ? '' : `: ${entry.mfaResultDetail}`}.`;
	}

	return entry.failureReason || entry.trace.at(-1)?.detail || `The sign-in ended as ${entry.status}.`;
}

function expectedText(goal: SignInGoal): string {
	const code = goal.errorCode === undefined ? '' : `, AADSTS${goal.errorCode}`;
	const method = goal.method === undefined ? '' : `, ${methodLogLabels[goal.method]}`;
	const mfa = goal.mfa === undefined || (goal.method !== undefined && goal.mfa === 'required') ? '' : `, ${mfaWords[goal.mfa]}`;
	const detail = goal.mfaResultDetail === undefined ? '' : `, "${goal.mfaResultDetail}"`;
	return `${goal.expect}${code}${method}${mfa}${detail}`;
}

const mfaPhrases: Readonly<Record<SignInMfa, string>> = {
	required: ' with MFA',
	skipped: ' without being asked for MFA',
	none: ' with a password alone',
};

/** Where a sign-in happens and how its second factor is met, as the labels say it: `on Edge on laptop`, ` with a text code`. */
function placeAndMeans(state: SimState, goal: SignInGoal): {readonly name: string; readonly where: string; readonly how: string} {
	const name = nameOf(state, goal.user);
	const where = `on ${clientNameOf(state, goal.user, goal.client)}${goal.network === undefined ? '' : ` from ${networkNameOf(state, goal.network)}`}`;
	const how = goal.method === undefined ? (goal.mfa === undefined ? '' : mfaPhrases[goal.mfa]) : ` with ${methodWords[goal.method]}`;
	return {name, where, how};
}

/** `Priya Patel signs in on Edge on laptop with a text code`, `Ben Carter can't sign in on IMAP client in Lyon`. */
function defaultLabel(state: SimState, goal: SignInGoal): string {
	const {name, where, how} = placeAndMeans(state, goal);
	switch (goal.expect) {
		case 'Success': {
			return `${name} signs in ${where}${how}`;
		}

		case 'Failure': {
			return `${name} can't sign in ${where}${how === '' ? '' : ` (tried${how})`}`;
		}

		case 'Interrupted': {
			return `${name}'s sign-in ${where} is interrupted${how === '' ? '' : ` (tried${how})`}`;
		}
	}
}

/**
 * The opposite of a sign-in goal, as a trainer says it: `Ben Carter cannot sign in on Outlook 2016`, `Mei Chen does
 * not sign in on Old laptop without MFA (skipped due to remembered device)`.
 */
function negatedLabel(state: SimState, goal: SignInGoal): string {
	const {name, where, how} = placeAndMeans(state, goal);
	const code = goal.errorCode === undefined ? '' : ` with AADSTS${goal.errorCode}`;
	switch (goal.expect) {
		case 'Success': {
			const skipped = /^MFA requirement skipped due to (.+)$/.exec(goal.mfaResultDetail ?? '')?.[1];
			const detail = goal.mfaResultDetail === undefined ? '' : skipped === undefined ? ` with the MFA result "${goal.mfaResultDetail}"` : ` without MFA (skipped due to ${skipped})`;
			return how === '' && detail === '' ? `${name} cannot sign in ${where}` : `${name} does not sign in ${where}${how}${detail}`;
		}

		case 'Failure': {
			return `${name}'s sign-in ${where} does not fail${code}`;
		}

		case 'Interrupted': {
			return `${name}'s sign-in ${where} is not interrupted${code}`;
		}
	}
}

/**
 * A sign-in goal as a sentence: the author's label or one made from the goal; `negated`, its opposite (always made
 * from the goal: an author's label names the sign-in, and "not" before an arbitrary sentence does not read).
 */
export function signInSentence(state: SimState, goal: SignInGoal, negated = false): string {
	return negated ? negatedLabel(state, goal) : (goal.label ?? defaultLabel(state, goal));
}

function mismatches(goal: SignInGoal, entry: SignInLogEntry): string[] {
	const found: string[] = [];
	if (entry.status !== goal.expect) {
		found.push(`the status is ${entry.status}, wanted ${goal.expect}`);
	}

	if (goal.errorCode !== undefined && entry.errorCode !== goal.errorCode) {
		found.push(`the error code is ${entry.errorCode === 0 ? 'none' : `AADSTS${entry.errorCode}`}, wanted AADSTS${goal.errorCode}`);
	}

	// A method is a second factor: a sign-in that never asked for one (MFA off or skipped) did not use it.
	if (goal.method !== undefined && entry.authMethod !== methodLogLabels[goal.method]) {
		const used = entry.authMethod === undefined ? `no second factor was used (${mfaOf(entry) === 'none' ? 'a single-factor sign-in' : 'MFA was skipped'})` : `the second factor was ${entry.authMethod}`;
		found.push(`${used}, wanted ${methodLogLabels[goal.method]}`);
	}

	if (goal.mfa !== undefined && mfaOf(entry) !== goal.mfa) {
		found.push(`the sign-in was ${mfaWords[mfaOf(entry)]}, wanted ${mfaWords[goal.mfa]}`);
	}

	if (goal.mfaResultDetail !== undefined && entry.mfaResultDetail !== goal.mfaResultDetail) {
		found.push(`the MFA result detail is ${entry.mfaResultDetail === undefined ? 'empty' : `"${entry.mfaResultDetail}"`}, wanted "${goal.mfaResultDetail}"`);
	}

	return found;
}

/**
 * `signIn`: compares the verification sign-in run on a copy of the end state with what the goal expects: the
 * status and, when given, the error code, the second factor used (`method`), how MFA was met (`mfa`) and the MFA
 * result detail, all read from the sign-in log row.
 */
export function signInCheck(state: SimState, goal: SignInGoal, verifications: Verifications): GradeCheck {
	const label = signInSentence(state, goal);
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
		explanation: wrong.length === 0 ? why : `${capitalise(wrong.join('; '))}. ${why}`,
	};
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
