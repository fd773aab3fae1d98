/**
 * A `signIn` goal checks how the verification sign-in got through, not only that it did: `method` (the second factor
 * used, as Authentication details shows it) and `mfa` (required, skipped or none), read from its sign-in log row.
 */
import {describe, expect, test} from 'vitest';
import type {SignInLogEntry} from '../../../source/domain/state/logs.js';
import {evaluatePredicate} from '../../../source/scenario/grading/evaluate-goal.js';
import {signInKey, type VerificationOutcome} from '../../../source/scenario/grading/grade-check.js';
import {explainSignIn} from '../../../source/scenario/grading/sign-in-check.js';
import {goalSchema, type GoalPredicate} from '../../../source/scenario/schema/goal-schema.js';
import {browser, buildPerson, buildState, buildUser} from '../../helpers/build-state.js';

const state = buildState({
	users: [buildUser({id: 'priya', displayName: 'Priya Patel', perUserMfa: 'enforced'})],
	people: [buildPerson({userId: 'priya', networkId: 'office', clients: [browser()]})],
});

function row(overrides: Partial<SignInLogEntry>): SignInLogEntry {
	return {
		requestId: 'r',
		correlationId: 'c',
		at: 0,
		upn: 'priya@contoso.com',
		clientId: 'browser',
		application: 'OfficeHome',
		clientApp: 'Browser',
		ipAddress: '198.51.100.20',
		location: 'Seattle, US',
		status: 'Success',
		errorCode: 0,
		failureReason: '',
		authenticationRequirement: 'multiFactorAuthentication',
		requirementPolicies: ['MFA: Per-user'],
		conditionalAccess: 'Not Applied',
		trace: [],
		...overrides,
	};
}

const passwordAlone = row({authenticationRequirement: 'singleFactorAuthentication', requirementPolicies: []});
const textCode = row({authMethod: 'Text message', mfaResultDetail: 'MFA successfully completed'});
const trustedOffice = row({mfaResultDetail: 'MFA requirement skipped due to location'});

/** Grades one signIn goal against the row its verification sign-in wrote. */
function grade(value: unknown, entry: SignInLogEntry) {
	const predicate: GoalPredicate = goalSchema.parse(value);
	const outcome: VerificationOutcome = {ok: true, entry};
	const key = signInKey((predicate as Extract<GoalPredicate, {signIn: unknown}>).signIn);
	return evaluatePredicate(predicate, {state, verifications: new Map([[key, outcome]])});
}

const withATextCode = {signIn: {user: 'priya', client: 'browser', method: 'text', expect: 'Success', label: 'Priya signs in with a text code'}};

describe('a goal that names a second factor', () => {
	test('fails when MFA was switched off and she got in on her password alone', () => {
		// Given the trainee disabled Priya's MFA, so the verification sign-in was single-factor
		const result = grade(withATextCode, passwordAlone);

		// Then "Priya signs in with a text code" is not ticked, and the line says why
		expect(result).toMatchObject({passed: false, expected: 'Success, Text message', actual: 'Success, single-factor (password alone)'});
		expect(result.explanation).toBe('No second factor was used (a single-factor sign-in), wanted Text message. Signed in with the password alone (single-factor).');
	});

	test('passes when the text code was really used, and fails when another factor was', () => {
		expect(grade(withATextCode, textCode).passed).toBe(true);
		const byApp = grade(withATextCode, row({authMethod: 'Mobile app notification', mfaResultDetail: 'MFA successfully completed'}));
		expect(byApp).toMatchObject({passed: false});
		expect(byApp.explanation).toMatch(/^The second factor was Mobile app notification, wanted Text message\./);
	});

	test('fails when a trusted IP range skipped MFA altogether', () => {
		expect(grade(withATextCode, trustedOffice).explanation).toMatch(/^No second factor was used \(MFA was skipped\), wanted Text message\./);
	});
});

describe('mfa: required | skipped | none', () => {
	test.each([
		['required', textCode, true],
		['required', passwordAlone, false],
		['required', trustedOffice, false],
		['skipped', trustedOffice, true],
		['none', passwordAlone, true],
		['none', textCode, false],
	] as const)('mfa: %s against a row that was %#', (mfa, entry, passed) => {
		expect(grade({signIn: {user: 'priya', client: 'browser', expect: 'Success', mfa}}, entry).passed).toBe(passed);
	});

	test('the mismatch is said in words, and the generated label says what is checked', () => {
		const result = grade({signIn: {user: 'priya', client: 'browser', expect: 'Success', mfa: 'required'}}, passwordAlone);
		expect(result.label).toBe('Priya Patel signs in on Edge on laptop with MFA');
		expect(result.expected).toBe('Success, MFA required and done');
		expect(result.explanation).toMatch(/^The sign-in was single-factor \(password alone\), wanted MFA required and done\./);
	});

	test('a method is a second factor: with method, mfa can only be required', () => {
		const parsed = goalSchema.safeParse({signIn: {user: 'priya', client: 'browser', method: 'text', expect: 'Success', mfa: 'none'}});
		expect(parsed.success).toBe(false);
		expect(JSON.stringify(parsed.error?.issues)).toContain('with method, mfa can only be required');
		expect(goalSchema.safeParse({signIn: {user: 'priya', client: 'browser', method: 'text', expect: 'Success', mfa: 'required'}}).success).toBe(true);
	});
});

describe('after the attempt the debrief may say what Entra could not see', () => {
	test('a failed step with a cause on the person\'s side reads "<detail> On the user\'s side: <cause>"', () => {
		const blocked = row({
			status: 'Failure',
			errorCode: 500_121,
			trace: [{step: 'delivery', verdict: 'fail', detail: 'The code was never entered on the sign-in page.', source: '3.2', worldCause: 'A blocker app on the phone filtered the text.'}],
		});
		expect(explainSignIn(blocked)).toBe('The code was never entered on the sign-in page. On the user\'s side: A blocker app on the phone filtered the text.');
		expect(explainSignIn(row({status: 'Failure', trace: [{step: 'credential', verdict: 'fail', detail: 'Wrong password.', source: '6.1'}]}))).toBe('Wrong password.');
	});
});
