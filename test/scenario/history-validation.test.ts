/**
 * `history:` is checked like the rest of the format: the schema, then references (users, clients, networks, app
 * passwords, admins), then times against startsAt, then a replay that reports what the engine refuses. Every
 * problem is `file:line:column path: message`. (fixtures/invalid/history-*.yaml hold one file of each kind.)
 */
import {describe, expect, test} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {fixtureMap, minimalScenario} from './scenario-test-helpers.js';

/** The minimal scenario (startsAt 2024-03-12T09:00:00Z) with one history line; its issues as the CLI prints them. */
function issuesOf(event: string, steps?: string): string[] {
	let text = minimalScenario().replace('goal:\n', `history:\n  - ${event}\ngoal:\n`);
	if (steps !== undefined) {
		text = text.replace('      - {ask: priya, to: sign-in, client: browser}', steps);
	}

	const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
	return result.ok ? [] : result.issues.map(formatIssue);
}

describe('history validation', () => {
	test.each([
		['no time at all', '{user: priya, did: sign-in, client: browser}', 'minimal.yaml:13:5 history[0]: needs a time: minutesBeforeStart: <minutes> or at: <ISO time before startsAt>'],
		['two times', '{minutesBeforeStart: 5, at: 2024-03-12T08:00:00Z, user: priya, did: sign-in, client: browser}', 'minimal.yaml:13:33 history[0].at: give minutesBeforeStart or at, not both'],
		['more than 30 days in minutes', '{minutesBeforeStart: 50000, user: priya, did: sign-in, client: browser}', 'minimal.yaml:13:26 history[0].minutesBeforeStart: must be at most 43200'],
		['every without times', '{minutesBeforeStart: 5, every: 1m, user: priya, did: sign-in, client: browser}', 'minimal.yaml:13:36 history[0].every: every needs times: how often it happened'],
		['a password and an app password', '{minutesBeforeStart: 5, user: priya, did: sign-in, client: browser, password: wrong, appPassword: Laptop}', 'minimal.yaml:13:103 history[0].appPassword: give password or appPassword, not both: a client sends one secret'],
		['a sign-in fact on another action', '{minutesBeforeStart: 5, user: priya, did: remove-blocker, push: deny}', 'minimal.yaml:13:69 history[0].push: unknown field "push": expected one of user, did, note, minutesBeforeStart, at, times, every'],
		['an unknown person', '{minutesBeforeStart: 5, user: pryia, did: sign-in, client: browser}', 'minimal.yaml:13:35 history[0].user: unknown user "pryia"; did you mean "priya"?'],
		['an unknown client', '{minutesBeforeStart: 5, user: priya, did: sign-in, client: browswer}', 'minimal.yaml:13:64 history[0].client: unknown client "browswer" for priya; did you mean "browser"?'],
		['an admin event without an admin', '{minutesBeforeStart: 5, admin: set-per-user-mfa, users: [oliver], state: enabled, by: priya}', 'minimal.yaml:13:91 history[0].by: priya holds no admin role, so could not have done this: name an admin (e.g. one with helpdesk-administrator)'],
	])('%s', (_, event, message) => {
		expect(issuesOf(event)).toEqual([message]);
	});

	test('replaying history stays cheap: at most 1000 occurrences with their repetitions', () => {
		const line = '  - {at: 2024-03-01T09:00:00Z, times: 50, every: 1m, user: priya, did: sign-in, client: browser}';
		const text = minimalScenario().replace('goal:\n', `history:\n${Array.from({length: 21}, () => line).join('\n')}\ngoal:\n`);
		const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['minimal.yaml:12:1 history: happens 1050 times with its repetitions; the most is 1000: use fewer times:']);
	});

	test('history has no ask:/to: (nobody asked); the message says how to write it', () => {
		expect(issuesOf('{minutesBeforeStart: 5, ask: priya, to: sign-in, client: browser}')).toEqual([
			'minimal.yaml:13:26 history[0].minutesBeforeStart: history has no ask:/to: (nobody asked): write what the person did as user: <id>, did: <action>',
		]);
	});

	test('what the engine refuses is reported at the event, with the engine\'s reason', () => {
		const [issue] = issuesOf('{minutesBeforeStart: 5, user: priya, did: create-app-password, name: Laptop}');
		expect(issue).toMatch(/^minimal\.yaml:13:5 history\[0\]: the engine refuses this event \(app-password\/not-allowed\): /);
	});

	test('an app password history creates can be named by later events and by the solutions', () => {
		const allowed = minimalScenario()
			.replace('  base: contoso-small', '  base: contoso-small\n  settings: {appPasswordsAllowed: true}')
			.replace(
				'goal:\n',
				'history:\n  - {minutesBeforeStart: 60, user: ben, did: create-app-password, name: iPhone}\n  - {minutesBeforeStart: 50, user: ben, did: use-app-password-in-client, client: thunderbird, appPassword: iPhone}\n  - {minutesBeforeStart: 40, user: ben, did: sign-in, client: thunderbird, appPassword: iPhone}\ngoal:\n',
			)
			.replace('      - {ask: priya, to: sign-in, client: browser}', '      - {ask: ben, to: delete-app-password, appPassword: iPhone}');
		const result = parseScenarioText(allowed, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
	});

	test('an app password named before the event that creates it is unknown at that point', () => {
		expect(issuesOf('{minutesBeforeStart: 5, user: ben, did: use-app-password-in-client, client: thunderbird, appPassword: iPhone}')).toEqual([
			'minimal.yaml:13:107 history[0].appPassword: ben has no app password named "iPhone" (and no earlier event creates one): expected one of Thunderbird on home PC',
		]);
	});
});
