/**
 * A raised red flag is titled with what went wrong, in plain words, for every kind of predicate and action: the
 * review found "✗ End state: Priya Patel's per-user MFA is Enforced (-40 points)" on a run where she was Disabled.
 */
import {describe, expect, test} from 'vitest';
import type {AdminCommand} from '../../../source/domain/admin/admin-command.js';
import {startSession, takeTurn, type PlaySession} from '../../../source/domain/session/play-session.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import type {PlayedIntent} from '../../../source/scenario/grading/action-matcher.js';
import {evaluateRedFlags} from '../../../source/scenario/grading/red-flags.js';
import {redFlagSchema} from '../../../source/scenario/schema/scenario-schema.js';
import {buildState, buildUser, registeredMethods} from '../../helpers/build-state.js';

const priya = buildUser({id: 'priya', displayName: 'Priya Patel', perUserMfa: 'enforced', methods: registeredMethods()});
const dan = buildUser({id: 'dan', displayName: 'Daniel Wilson', perUserMfa: 'enabled'});
const initial = buildState({users: [priya, dan]});

function play(...commands: AdminCommand[]): PlaySession<PlayedIntent> {
	let session = startSession<PlayedIntent>(initial);
	for (const command of commands) {
		session = takeTurn(session, {kind: 'admin', intent: command} as PlayedIntent, {kind: 'admin', command});
	}

	return session;
}

/** The one red flag `when` on the end of a session: its label, and whether it was raised. */
function flagged(session: PlaySession<PlayedIntent>, value: Record<string, unknown>) {
	const flag = redFlagSchema.parse({penalty: 10, debrief: 'Why it matters.', ...value});
	const state: SimState = session.turns.at(-1)?.state ?? session.initial;
	const [result] = evaluateRedFlags([flag], {state, verifications: new Map(), initial: session.initial, turns: session.turns});
	return {label: result!.label, raised: result!.raised, expected: result!.expected};
}

describe('the review\'s case: disabling Priya\'s MFA in codes-wrong-number', () => {
	test('the raised flag says she is no longer Enforced, not that she is', () => {
		// Given the trainee disabled Priya's per-user MFA
		const session = play({type: 'set-per-user-mfa', userIds: ['priya'], state: 'disabled'});

		// When the scenario's flag `not: {perUserMfa: {user: priya, is: enforced}}` is graded
		const result = flagged(session, {when: {not: {perUserMfa: {user: 'priya', is: 'enforced'}}}});

		// Then it is raised and titled with the harm, and "expected" is the safe state
		expect(result).toEqual({raised: true, label: "Priya Patel's per-user MFA is no longer Enforced", expected: "Priya Patel's per-user MFA is Enforced"});
	});

	test('"no longer" only when it held at the start; otherwise "not"', () => {
		const never = flagged(play(), {when: {not: {perUserMfa: {user: 'dan', is: 'enforced'}}}});
		expect(never.label).toBe("Daniel Wilson's per-user MFA is not Enforced");
	});
});

describe('every kind of end-state predicate reads as a sentence', () => {
	const disabled = play({type: 'set-per-user-mfa', userIds: ['dan'], state: 'disabled'}, {type: 'set-app-passwords-allowed', allowed: true});
	test.each([
		[{setting: {appPasswordsAllowed: true}}, 'App passwords are allowed tenant-wide'],
		[{not: {setting: {rememberMfaEnabled: true}}}, 'Remembering MFA on trusted devices is off'],
		[{setting: {securityDefaults: true, smtpBasicAuth: false}}, 'Security defaults are on and SMTP AUTH is off for the whole organisation'],
		[{not: {trustedIps: {maxRanges: 0}}}, 'A trusted IP range is listed'],
		[{not: {trustedIps: {mustNotInclude: '203.0.113.77'}}}, 'A trusted IP range covers 203.0.113.77'],
		[{escalated: {to: 'global-administrator'}}, 'The ticket was escalated to Global Administrator'],
		[{not: {any: [{perUserMfa: {user: 'dan', is: 'enabled'}}, {perUserMfa: {user: 'dan', is: 'enforced'}}]}}, "Daniel Wilson's per-user MFA is no longer Enabled or Enforced"],
		[{accountEnabled: {user: 'priya', is: false}}, 'Sign-in is blocked for Priya Patel'],
		[{mustRegisterAgain: {user: 'priya', is: true}}, 'Priya Patel must register security info again'],
		[{not: {appPasswords: {user: 'priya', count: 0}}}, 'Priya Patel holds at least one app password'],
		[{rememberedDevices: {user: 'priya', min: 1}}, 'Priya Patel has at least one remembered device'],
		[{methodRegistered: {user: 'priya', method: 'authenticator-app', id: 'auth-app-1', is: false}}, 'Microsoft Authenticator on iPhone 13 is no longer registered for Priya Patel'],
		[{not: {methodRegistered: {user: 'priya', method: 'authentication-phone'}}}, 'Priya Patel has no authentication phone registered'],
		[{not: {phoneNumber: {user: 'priya', is: '+1 4255550100'}}}, "Priya Patel's authentication phone is no longer +1 4255550100"],
	])('%j', (when, label) => {
		expect(flagged(disabled, {when}).label).toBe(label);
	});
});

describe('action flags are titled in the admin center\'s words, with display names', () => {
	test.each([
		[{action: 'require-re-register-mfa', user: 'priya'}, 'Require re-register MFA for Priya Patel'],
		[{action: 'set-app-passwords-allowed', with: {allowed: true}}, 'Allow users to create app passwords (tenant-wide)'],
		[{action: 'manage-user-settings', user: 'priya', with: {requireContactMethodsAgain: true}}, 'Manage user settings: require contact methods again for Priya Patel'],
		[{action: 'set-sign-in-blocked', user: 'priya', with: {blocked: true}}, 'Block sign-in for Priya Patel'],
		[{action: 'delete-app-password', user: 'priya', with: {appPassword: 'Outlook on laptop'}}, 'Ask Priya Patel to: delete app password (appPassword: Outlook on laptop)'],
	])('%j', (when, label) => {
		expect(flagged(play(), {when}).label).toBe(label);
	});
});

test('an author\'s label wins over the generated one', () => {
	const result = flagged(play({type: 'set-app-passwords-allowed', allowed: true}), {when: {setting: {appPasswordsAllowed: true}}, label: 'App passwords were switched on for everyone'});
	expect(result).toMatchObject({raised: true, label: 'App passwords were switched on for everyone'});
});
