/** Typos of allowed values, commands, predicates and fields name what was meant instead of listing everything. */
import {describe, expect, test} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {closestMatch, suggest} from '../../source/scenario/suggest.js';
import {fixtureMap, minimalScenario} from './scenario-test-helpers.js';

function issuesOf(text: string): string[] {
	const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
	return result.ok ? [] : result.issues.map(formatIssue);
}

function mutate(from: string, to: string): string {
	const text = minimalScenario();
	if (!text.includes(from)) {
		throw new Error(`mutation source not found: ${from}`);
	}

	return text.replace(from, to);
}

const step = '{ask: priya, to: sign-in, client: browser}';

describe('did you mean', () => {
	test.each([
		['an enum value', 'topic: missing-codes', 'topic: missing-code', 'minimal.yaml:3:8 topic: unknown value "missing-code"; did you mean "missing-codes"?'],
		['an enum value in a goal', 'is: enforced', 'is: enforcd', 'minimal.yaml:13:33 goal.perUserMfa.is: unknown value "enforcd"; did you mean "enforced"?'],
		['a value that differs only in case', 'is: enforced', 'is: Enforced', 'minimal.yaml:13:33 goal.perUserMfa.is: unknown value "Enforced"; did you mean "enforced"? (case matters)'],
		['the start of one allowed value', 'actor: {user: aisha}', 'actor: {user: sam, roles: [helpdesk-admin]}', 'minimal.yaml:6:28 actor.roles[0]: unknown value "helpdesk-admin"; did you mean "helpdesk-administrator"?'],
		['an admin command', step, '{admin: set-per-user-mfaa, users: [priya], state: enforced}', 'minimal.yaml:18:17 solutions[0].steps[0].admin: unknown admin command "set-per-user-mfaa"; did you mean "set-per-user-mfa"?'],
		['a user action', step, '{ask: priya, to: sign-on, client: browser}', 'minimal.yaml:18:26 solutions[0].steps[0].to: unknown user action "sign-on"; did you mean "sign-in"?'],
		['a red flag action', 'par: 1', 'par: 1\nredFlags:\n  - {when: {action: reset-pasword}, penalty: 5, debrief: No.}', 'minimal.yaml:16:21 redFlags[0].when.action: unknown value "reset-pasword"; did you mean "reset-password"?'],
		['a goal predicate', 'perUserMfa: {user', 'perUserMFA: {user', 'minimal.yaml:13:3 goal.perUserMFA: unknown goal predicate "perUserMFA"; did you mean "perUserMfa"? (case matters)'],
		['a step kind', step, '{admn: set-per-user-mfa}', 'minimal.yaml:18:16 solutions[0].steps[0].admn: unknown step "admn"; did you mean "admin"?'],
		['a field (and not also "is required" for the field it meant)', 'title: Minimal scenario', 'titel: Minimal scenario', 'minimal.yaml:2:8 titel: unknown field "titel"; did you mean "title"?'],
	])('%s', (_name, from, to, message) => {
		expect(issuesOf(mutate(from, to))).toEqual([message]);
	});

	test('with nothing close, the allowed values are listed as before', () => {
		expect(issuesOf(mutate(step, '{admin: enforce-mfa}'))).toEqual([
			expect.stringMatching(/^minimal\.yaml:18:17 solutions\[0\]\.steps\[0\]\.admin: unknown admin command "enforce-mfa": expected one of set-per-user-mfa, manage-user-settings, /),
		]);
		expect(issuesOf(mutate('is: enforced', 'is: on'))).toEqual(['minimal.yaml:13:33 goal.perUserMfa.is: expected one of "disabled", "enabled", "enforced", got "on"']);
	});
});

describe('closestMatch', () => {
	test('one edit for short names, a third of the length for longer ones, a swap counting as one', () => {
		expect(closestMatch('sma', ['sam', 'ben'])).toBe('sam');
		expect(closestMatch('xy', ['ab'])).toBeUndefined();
		expect(closestMatch('set-per-user-mfaa', ['set-per-user-mfa', 'set-remember-mfa'])).toBe('set-per-user-mfa');
		expect(closestMatch('SUCCESS', ['Success', 'Failure'])).toBe('Success');
		expect(closestMatch('completely-different', ['sign-in'])).toBeUndefined();
	});

	test('suggest keeps its wording for the commands that use it', () => {
		expect(suggest('pryia', ['priya', 'ben'])).toBe('; did you mean "priya"?');
		expect(suggest('zzz', ['priya', 'ben'])).toBe(': expected one of priya, ben');
	});
});
