import {describe, expect, test} from 'vitest';
import type {SignInLogEntry} from '../../../source/domain/state/logs.js';
import {evaluateGoal, evaluatePredicate} from '../../../source/scenario/grading/evaluate-goal.js';
import {signInGoalsOf, signInKey, type VerificationOutcome} from '../../../source/scenario/grading/grade-check.js';
import {goalSchema, type GoalPredicate} from '../../../source/scenario/schema/goal-schema.js';
import {buildState, buildUser, instant, registeredMethods} from '../../helpers/build-state.js';

const priya = buildUser({
	id: 'priya',
	displayName: 'Priya Patel',
	perUserMfa: 'disabled',
	methods: registeredMethods(),
	appPasswords: [{id: 'ap-1', name: 'Outlook', createdAt: 0, hash: 'h', lookupTag: 't'}],
	rememberedDevices: [
		{id: 'rd-1', clientId: 'browser', grantedAt: 0, expiresAt: instant('2024-04-01T00:00:00Z')},
		{id: 'rd-2', clientId: 'old-laptop', grantedAt: 0, expiresAt: instant('2024-01-01T00:00:00Z')},
	],
});
const state = {...buildState({users: [priya], settings: {trustedIpRanges: ['203.0.113.0/24'], appPasswordsAllowed: true}}), escalations: [{at: 0, to: 'tier-2' as const, reason: 'x'}]};
const context = {state, verifications: new Map<string, VerificationOutcome>()};

function goal(value: unknown): GoalPredicate {
	return goalSchema.parse(value);
}

function check(value: unknown) {
	return evaluatePredicate(goal(value), context);
}

describe('goal predicates on the end state: expected vs actual with an explanation', () => {
	test('perUserMfa', () => {
		expect(check({perUserMfa: {user: 'priya', is: 'enforced'}})).toEqual({
			label: "Priya Patel's per-user MFA is Enforced",
			expected: 'Enforced',
			actual: 'Disabled',
			passed: false,
			explanation: 'Per-user MFA for Priya Patel is Disabled; the goal wants Enforced.',
		});
		expect(check({perUserMfa: {user: 'priya', is: 'disabled', label: 'Priya stays off'}})).toMatchObject({label: 'Priya stays off', passed: true});
	});

	test.each([
		[{appPasswords: {user: 'priya', count: 0}}, false, '1 app password(s): "Outlook"'],
		[{appPasswords: {user: 'priya', min: 1, max: 2}}, true, '1 app password(s): "Outlook"'],
		[{methodRegistered: {user: 'priya', method: 'authenticator-app'}}, true, 'registered: Microsoft Authenticator on iPhone 13'],
		[{methodRegistered: {user: 'priya', method: 'authenticator-app', id: 'auth-app-9'}}, false, 'registered: Microsoft Authenticator on iPhone 13'],
		[{methodRegistered: {user: 'priya', method: 'office-phone', is: false}}, true, 'not registered'],
		[{phoneNumber: {user: 'priya', is: '+1 4255550100'}}, true, '+1 4255550100'],
		[{phoneNumber: {user: 'priya', slot: 'alternate', is: null}}, true, 'none'],
		[{rememberedDevices: {user: 'priya', count: 1}}, true, '1 remembered device(s): browser'],
		[{rememberedDevices: {user: 'priya', max: 0}}, false, '1 remembered device(s): browser'],
		[{accountEnabled: {user: 'priya', is: false}}, false, 'sign-in allowed'],
		[{mustRegisterAgain: {user: 'priya', is: false}}, true, 'no re-registration pending'],
		[{trustedIps: {mustInclude: '203.0.113.10', maxRanges: 1}}, true, '203.0.113.0/24'],
		[{trustedIps: {mustNotInclude: '203.0.113.77'}}, false, '203.0.113.0/24'],
		[{escalated: {}}, true, 'escalated to tier 2'],
		[{escalated: {to: 'privileged-authentication-administrator'}}, false, 'escalated to tier 2'],
		[{setting: {appPasswordsAllowed: false, rememberMfaDays: {max: 30}}}, false, 'App passwords allowed: on; Remember MFA days: 14'],
		[{perUserMfa: {user: 'nobody', is: 'enforced'}}, false, 'no such user'],
	])('%j', (predicate, passed, actual) => {
		const result = check(predicate);
		expect(result).toMatchObject({passed, actual});
		expect(result.label).not.toBe('');
		expect(result.expected).not.toBe('');
		expect(result.explanation).toMatch(/\.$/);
	});

	test('an expired remembered device does not count', () => {
		expect(check({rememberedDevices: {user: 'priya', count: 2}}).explanation).toBe('Priya Patel has 1 unexpired remembered device grant(s); the goal wants exactly 2.');
	});

	test('any / not summarise their parts in one line', () => {
		const any = check({any: [{perUserMfa: {user: 'priya', is: 'enabled'}}, {perUserMfa: {user: 'priya', is: 'disabled'}}]});
		expect(any).toMatchObject({passed: true, actual: 'Disabled'});
		expect(any.explanation).toContain("Met by \"Priya Patel's per-user MFA is Disabled\"");
		const not = check({not: {perUserMfa: {user: 'priya', is: 'disabled'}}});
		expect(not).toMatchObject({passed: false, expected: 'anything but Disabled', label: "Priya Patel's per-user MFA is not Disabled"});
		expect(not.explanation).toBe(`"Priya Patel's per-user MFA is Disabled" must not hold, but it does: Per-user MFA for Priya Patel is Disabled.`);
	});

	test('a not reads as a sentence of what is wanted, never "not (…)", even when the part inside has a label', () => {
		const labelled = check({not: {perUserMfa: {user: 'priya', is: 'enforced', label: 'Priya is Enforced'}}});
		expect(labelled).toMatchObject({passed: true, label: "Priya Patel's per-user MFA is not Enforced", expected: 'anything but Enforced'});
		expect(labelled.explanation).toBe('As wanted, "Priya is Enforced" does not hold: Per-user MFA for Priya Patel is Disabled; the goal wants Enforced.');
		expect(check({not: {appPasswords: {user: 'priya', min: 1}}}).label).toBe('Priya Patel holds no app password');
		expect(check({not: {not: {perUserMfa: {user: 'priya', is: 'disabled', label: 'Priya stays off'}}}}).label).toBe('Priya stays off');
		const released = evaluatePredicate(goal({not: {perUserMfa: {user: 'priya', is: 'enforced'}}}), {...context, initial: {...state, tenant: {...state.tenant, users: {priya: {...priya, perUserMfa: 'enforced'}}}}});
		expect(released.label).toBe("Priya Patel's per-user MFA is no longer Enforced");
	});

	test('a top-level all becomes one debrief line per part (nested alls too); met only when every line passes', () => {
		const result = evaluateGoal(goal({all: [{perUserMfa: {user: 'priya', is: 'disabled'}}, {all: [{accountEnabled: {user: 'priya', is: true}}, {escalated: {to: 'tier-2'}}]}]}), context);
		expect(result.checks.map((each) => each.passed)).toEqual([true, true, true]);
		expect(result.passed).toBe(true);
		expect(evaluateGoal(goal({all: [{perUserMfa: {user: 'priya', is: 'enforced'}}, {accountEnabled: {user: 'priya', is: true}}]}), context).passed).toBe(false);
	});
});

describe('signIn predicates read verification sign-ins run on copies', () => {
	const signIn = {signIn: {user: 'priya', client: 'browser', expect: 'Success', mfaResultDetail: 'MFA successfully completed'}};
	const entry = (overrides: Partial<SignInLogEntry>): SignInLogEntry => ({
		requestId: 'r',
		correlationId: 'c',
		at: 0,
		upn: 'priya@contoso.com',
		clientId: 'browser',
		application: 'OfficeHome',
		clientApp: 'Browser',
		ipAddress: '203.0.113.10',
		location: 'Seattle, US',
		status: 'Success',
		errorCode: 0,
		failureReason: '',
		authenticationRequirement: 'multiFactorAuthentication',
		requirementPolicies: ['MFA: Per-user'],
		conditionalAccess: 'Not Applied',
		trace: [],
		...overrides,
	});
	const withOutcome = (outcome: VerificationOutcome) => ({state, verifications: new Map([[signInKey(signInGoalsOf([goal(signIn)])[0]!), outcome]])});

	test('signInGoalsOf finds each verification once, through all / any / not', () => {
		const found = signInGoalsOf([goal({all: [signIn, {not: signIn}, {any: [{signIn: {user: 'priya', client: 'outlook', expect: 'Failure'}}]}]})]);
		expect(found.map((each) => each.client)).toEqual(['browser', 'outlook']);
	});

	test('a match passes with the row in one line and what let it through', () => {
		const result = evaluatePredicate(goal(signIn), withOutcome({ok: true, entry: entry({mfaResultDetail: 'MFA successfully completed', authMethod: 'Text message'})}));
		expect(result).toMatchObject({passed: true, expected: 'Success, "MFA successfully completed"', actual: 'Success, Text message, "MFA successfully completed"', explanation: 'Signed in with Text message: MFA successfully completed.'});
		expect(result.label).toBe('Priya Patel signs in on browser');
	});

	test('a mismatch says which field differs and why the sign-in failed (the first failed trace step)', () => {
		const failed = entry({status: 'Failure', errorCode: 500_121, mfaResultDetail: 'MFA denied; user did not respond', trace: [{step: 'delivery', verdict: 'fail', detail: 'The text went to a stranger.', source: '3.2'}]});
		const result = evaluatePredicate(goal(signIn), withOutcome({ok: true, entry: failed}));
		expect(result.passed).toBe(false);
		expect(result.actual).toBe('Failure, AADSTS500121, "MFA denied; user did not respond"');
		expect(result.explanation).toBe('The status is Failure, wanted Success; the MFA result detail is "MFA denied; user did not respond", wanted "MFA successfully completed". The text went to a stranger.');
	});

	test.each([
		[{user: 'priya', client: 'outlook', expect: 'Success', label: 'Priya gets into Outlook'}, 'Priya Patel cannot sign in on outlook'],
		[{user: 'priya', client: 'browser', expect: 'Success', method: 'text'}, 'Priya Patel does not sign in on browser with a text code'],
		[{user: 'priya', client: 'browser', expect: 'Success', mfaResultDetail: 'MFA requirement skipped due to remembered device'}, 'Priya Patel does not sign in on browser without MFA (skipped due to remembered device)'],
		[{user: 'priya', client: 'browser', expect: 'Success', mfaResultDetail: 'MFA successfully completed'}, 'Priya Patel does not sign in on browser with the MFA result "MFA successfully completed"'],
		[{user: 'priya', client: 'browser', expect: 'Failure', errorCode: 50_126}, "Priya Patel's sign-in on browser does not fail with AADSTS50126"],
		[{user: 'priya', client: 'browser', expect: 'Interrupted'}, "Priya Patel's sign-in on browser is not interrupted"],
	])('not signIn %j reads "%s"', (body, label) => {
		const predicate = goal({not: {signIn: body}});
		const result = evaluatePredicate(predicate, {state, verifications: new Map([[signInKey(signInGoalsOf([predicate])[0]!), {ok: true, entry: entry({status: 'Failure', errorCode: 50_126})}]])});
		expect(result.label).toBe(label);
		expect(result.expected).toMatch(/^anything but /);
	});

	test('a refused verification fails with the refusal', () => {
		expect(evaluatePredicate(goal(signIn), withOutcome({ok: false, message: 'priya has no client "browser".'}))).toMatchObject({passed: false, actual: 'refused', explanation: 'priya has no client "browser".'});
	});
});
