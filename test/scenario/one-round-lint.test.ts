/**
 * Schema and reference problems come in one round: with the schema failing, the reference checks still run on
 * the parts that parsed, and say nothing that only follows from a schema problem already reported.
 */
import {describe, expect, test} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {keepsReferenceProblem, salvageScenario} from '../../source/scenario/salvage-scenario.js';
import {fixtureMap, minimalScenario, read} from './scenario-test-helpers.js';

function issuesOf(text: string, fileName = 'minimal.yaml', builtIn = false): string[] {
	const result = parseScenarioText(text, {fileName, fixtures: fixtureMap(), builtIn});
	return result.ok ? [] : result.issues.map(formatIssue);
}

function edit(text: string, from: string, to: string): string {
	if (!text.includes(from)) {
		throw new Error(`edit source not found: ${from}`);
	}

	return text.replace(from, to);
}

const steps = (...lines: string[]): string => edit(minimalScenario(), '      - {ask: priya, to: sign-in, client: browser}', lines.map((line) => `      - ${line}`).join('\n'));

describe('schema and reference problems together', () => {
	test('a typo in a field nobody references does not hide the unknown users and clients', () => {
		// Given a file with a bad topic, an unknown actor and an unknown client
		const text = edit(edit(minimalScenario(), 'topic: missing-codes', 'topic: missing-code'), 'actor: {user: aisha}', 'actor: {user: aishaa}').replace('client: browser}', 'client: browsr}');

		// Then one lint round reports all three, top to bottom
		expect(issuesOf(text)).toEqual([
			'minimal.yaml:3:8 topic: unknown value "missing-code"; did you mean "missing-codes"?',
			'minimal.yaml:6:15 actor.user: unknown user "aishaa"; did you mean "aisha"?',
			'minimal.yaml:18:43 solutions[0].steps[0].client: unknown client "browsr" for priya; did you mean "browser"?',
		]);
	});

	test('the other fields of a predicate with a bad value are still checked', () => {
		const text = edit(minimalScenario(), 'perUserMfa: {user: priya, is: enforced}', 'signIn: {user: priya, client: outlok, expect: Succes}');
		expect(issuesOf(text)).toEqual([
			'minimal.yaml:13:33 goal.signIn.client: unknown client "outlok" for priya; did you mean "outlook"?',
			'minimal.yaml:13:49 goal.signIn.expect: unknown value "Succes"; did you mean "Success"?',
		]);
	});

	test('a broken step is left out, and the steps around it are checked', () => {
		const text = steps('{admin: set-trusted-ips, ranges: [203.0.113.0/33]}', '{admin: set-per-user-mfaa, users: [nobody], state: enforced}', '{ask: priya, to: sign-in, client: outlok}');
		expect(issuesOf(text)).toEqual([
			'minimal.yaml:18:43 solutions[0].steps[0].ranges[0]: bad CIDR: "203.0.113.0/33" is not an IPv4 range in CIDR notation. Use CIDR notation such as 203.0.113.0/24 or 203.0.113.10/32.',
			'minimal.yaml:19:17 solutions[0].steps[1].admin: unknown admin command "set-per-user-mfaa"; did you mean "set-per-user-mfa"?',
			'minimal.yaml:20:43 solutions[0].steps[2].client: unknown client "outlok" for priya; did you mean "outlook"?',
		]);
	});

	test('the walkthrough file: every problem in the first round', () => {
		expect(issuesOf(read('fixtures/invalid/schema-and-references.yaml'), 'schema-and-references.yaml')).toHaveLength(9);
	});
});

describe('no cascades', () => {
	test('an app password created by a broken step is not reported missing later', () => {
		const use = '{ask: priya, to: use-app-password-in-client, client: outlook, appPassword: Outlook}';
		expect(issuesOf(steps('{ask: priya, to: create-app-pasword, name: Outlook}', use))).toEqual([
			'minimal.yaml:18:26 solutions[0].steps[0].to: unknown user action "create-app-pasword"; did you mean "create-app-password"?',
		]);
		// Control: with no step creating it, the same use is reported.
		expect(issuesOf(steps('{wait: 5m}', use))).toEqual([
			'minimal.yaml:19:84 solutions[0].steps[1].appPassword: priya has no app password named "Outlook" (and no earlier step creates one)',
		]);
	});

	test('an unknown field taken out of a creating step keeps the app password it creates', () => {
		const text = steps('{ask: priya, to: create-app-password, name: Outlook, colour: blue}', '{ask: priya, to: use-app-password-in-client, client: outlook, appPassword: Outlok}');
		expect(issuesOf(text)).toEqual([
			'minimal.yaml:18:70 solutions[0].steps[0].colour: unknown field "colour": expected one of ask, to, name, note',
			'minimal.yaml:19:84 solutions[0].steps[1].appPassword: priya has no app password named "Outlok" (and no earlier step creates one); did you mean "Outlook"?',
		]);
	});

	test('an actor with a misspelt role: neither "holds no admin role" nor the history that depends on the roles', () => {
		const text = edit(
			edit(minimalScenario(), 'actor: {user: aisha}', 'actor: {user: sam, roles: [helpdesk-admin]}'),
			'goal:\n',
			'history:\n  - {minutesBeforeStart: 60, admin: set-per-user-mfa, users: [priya], state: enforced, by: sam}\ngoal:\n',
		);
		expect(issuesOf(text)).toEqual(['minimal.yaml:6:28 actor.roles[0]: unknown value "helpdesk-admin"; did you mean "helpdesk-administrator"?']);
	});

	test('a broken startsAt: history times are not checked against a start that is not there', () => {
		const text = edit(
			edit(minimalScenario(), 'startsAt: 2024-03-12T09:00:00Z', 'startsAt: 2024-13-12T09:00:00Z'),
			'goal:\n',
			'history:\n  - {at: 2024-03-12T08:00:00Z, user: priya, did: sign-in, client: browser}\ngoal:\n',
		);
		expect(issuesOf(text)).toEqual(['minimal.yaml:5:11 startsAt: is not a real date: there is no month 13 (months are 01 to 12)']);
	});

	test('a broken tenant stops the reference checks: every reference resolves against it', () => {
		const text = edit(minimalScenario(), '  base: contoso-small', '  base: contoso-small\n  settings: {rememberMfa: {enabled: yes}}').replace('{user: priya, is: enforced}', '{user: nobody, is: enforced}');
		expect(issuesOf(text)).toEqual(['minimal.yaml:12:37 tenant.settings.rememberMfa.enabled: expected true or false, got "yes"']);
	});

	test('a broken wrong remedy does not also count as a missing one under the built-in rules', () => {
		const text = `${minimalScenario()}wrongRemedies:\n  - {name: Wait, why: No., steps: [{wait: 5m}]}\n  - {name: Wait longer, steps: [{wait: 1h}]}\n`;
		expect(issuesOf(text, 'minimal.yaml', true)).toEqual(['minimal.yaml:21:5 wrongRemedies[1].why: is required (expected text)']);
	});

	test('history is still replayed when the schema problems are elsewhere', () => {
		const text = edit(read('fixtures/invalid/history-refused.yaml'), 'topic: missing-prompts', 'topic: missing-prompt');
		expect(issuesOf(text, 'history-refused.yaml')).toEqual([
			'history-refused.yaml:3:8 topic: unknown value "missing-prompt"; did you mean "missing-prompts"?',
			expect.stringMatching(/^history-refused\.yaml:14:5 history\[0\]: the engine refuses this event \(role\/insufficient\)/),
		]);
	});

	test('a broken history event is left out of the replay and its checks, the others are checked', () => {
		const text = edit(
			minimalScenario(),
			'goal:\n',
			'history:\n  - {minutesBeforeStart: 60, user: priya, did: sign-inn, client: browser}\n  - {minutesBeforeStart: 50, user: nobody, did: sign-in, client: browser}\ngoal:\n',
		);
		expect(issuesOf(text)).toEqual([
			'minimal.yaml:13:48 history[0].did: unknown user action "sign-inn"; did you mean "sign-in"?',
			'minimal.yaml:14:36 history[1].user: unknown user "nobody"',
		]);
	});
});

describe('salvageScenario', () => {
	test('replaces what is broken with neutral values and says where', () => {
		const raw = {...minimalValue(), topic: 'nope', goal: {all: [{perUserMfa: {user: 'priya', is: 'on'}}, {bogus: {}}]}};
		const salvage = salvageScenario(raw, [
			{path: ['topic'], message: 'x', values: ['missing-codes']},
			{path: ['goal', 'all', 0, 'perUserMfa', 'is'], message: 'x', values: ['disabled', 'enabled', 'enforced']},
			{path: ['goal', 'all', 1, 'bogus'], message: 'x'},
		]);
		expect(salvage?.scenario.goal).toEqual({all: [{perUserMfa: {user: 'priya', is: 'disabled'}}, {escalated: {}}]});
		expect(salvage?.repaired).toEqual([['topic'], ['goal', 'all', 0, 'perUserMfa', 'is'], ['goal', 'all', 1, 'bogus'], ['goal', 'all', 1]]);
		expect(raw.goal.all[1]).toEqual({bogus: {}});
	});

	test('gives up on a broken tenant or variables, or a file that is not a map', () => {
		expect(salvageScenario(minimalValue(), [{path: ['tenant', 'base'], message: 'x'}])).toBeUndefined();
		expect(salvageScenario(minimalValue(), [{path: ['variables', 'who'], message: 'x'}])).toBeUndefined();
		expect(salvageScenario(['a list'], [{path: [], message: 'x'}])).toBeUndefined();
	});

	test('a reference problem inside, or holding, a repaired value is dropped', () => {
		const salvage = {scenario: undefined as never, repaired: [['solutions', 0, 'steps', 1]], historyAsWritten: true, appPasswordsAsWritten: false};
		expect(keepsReferenceProblem(salvage, ['solutions', 0, 'steps', 1, 'client'])).toBe(false);
		expect(keepsReferenceProblem(salvage, ['solutions', 0])).toBe(false);
		expect(keepsReferenceProblem(salvage, ['solutions', 0, 'steps', 2, 'appPassword'])).toBe(false);
		expect(keepsReferenceProblem(salvage, ['solutions', 0, 'steps', 2, 'client'])).toBe(true);
		expect(keepsReferenceProblem(salvage, ['goal', 'perUserMfa', 'user'])).toBe(true);
	});
});

function minimalValue(): Record<string, unknown> {
	return {
		id: 'minimal',
		title: 'T',
		topic: 'missing-codes',
		difficulty: 1,
		startsAt: '2024-03-12T09:00:00Z',
		actor: {user: 'aisha'},
		ticket: {from: 'priya', text: 'No code.'},
		tenant: {base: 'contoso-small'},
		goal: {perUserMfa: {user: 'priya', is: 'enforced'}},
		par: 1,
		solutions: [{name: 'S', steps: [{wait: '5m'}]}],
	};
}
