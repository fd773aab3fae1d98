import {describe, expect, test} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {fixtureMap, minimalScenario, read} from './scenario-test-helpers.js';

const examples = ['fixtures/scenarios/codes-wrong-number.yaml', 'fixtures/scenarios/outlook-2013-prompts.yaml'];

function issuesOf(text: string, fileName = 'minimal.yaml'): string[] {
	const result = parseScenarioText(text, {fileName, fixtures: fixtureMap()});
	return result.ok ? [] : result.issues.map(formatIssue);
}

function mutate(from: string, to: string): string {
	const text = minimalScenario();
	if (!text.includes(from)) {
		throw new Error(`mutation source not found: ${from}`);
	}

	return text.replace(from, to);
}

describe('parseScenarioText', () => {
	test.each(examples)('%s is valid against its base fixture, with built-in rules', (fileName) => {
		const result = parseScenarioText(read(fileName), {fileName, fixtures: fixtureMap(), builtIn: true});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
		expect(result.ok && result.fixture?.id).toBe('contoso-small');
	});

	test('the minimal scenario is valid, and valid without fixtures (schema only)', () => {
		expect(issuesOf(minimalScenario())).toEqual([]);
		expect(parseScenarioText(minimalScenario(), {fileName: 'minimal.yaml'}).ok).toBe(true);
	});

	test('reports every schema problem at once, top to bottom', () => {
		const text = mutate('topic: missing-codes', 'topic: codes').replace('par: 1', 'par: 0').replace('is: enforced', 'is: on');
		expect(issuesOf(text)).toEqual([
			'minimal.yaml:3:8 topic: expected one of "missing-codes", "missing-prompts", "legacy-app-logins", "lost-device", "compromise", "lockout", "registration", "policy", got "codes"',
			'minimal.yaml:13:33 goal.perUserMfa.is: expected one of "disabled", "enabled", "enforced", got "on"',
			'minimal.yaml:14:6 par: must be at least 1',
		]);
	});

	test('reports every reference problem at once', () => {
		const text = mutate('  from: priya', '  from: bob').replace('{user: priya, is: enforced}', '{user: carol, is: enforced}').replace('client: browser}', 'client: fax}');
		expect(issuesOf(text)).toEqual([
			'minimal.yaml:8:9 ticket.from: unknown user "bob"',
			'minimal.yaml:13:22 goal.perUserMfa.user: unknown user "carol"',
			'minimal.yaml:18:43 solutions[0].steps[0].client: unknown client "fax" for priya: expected one of browser, outlook, iphone-mail',
		]);
	});

	const cases: ReadonlyArray<readonly [string, string, string, string]> = [
		['a missing required field', 'title: Minimal scenario\n', '', 'minimal.yaml:1:1 title: is required (expected text)'],
		['an ask step without to', '{ask: priya, to: sign-in, client: browser}', '{ask: priya, client: browser}', 'minimal.yaml:18:15 solutions[0].steps[0].ask: an ask step needs "to": what the user should do, one of sign-in'],
		['a misspelt step field', 'client: browser}', 'clinet: browser}', 'minimal.yaml:18:43 solutions[0].steps[0].clinet: unknown field "clinet"; did you mean "client"?'],
		['a missing admin field', '{ask: priya, to: sign-in, client: browser}', '{admin: set-per-user-mfa, users: [priya]}', 'minimal.yaml:18:9 solutions[0].steps[0].state: is required (expected one of "disabled", "enabled", "enforced")'],
		['an unknown step kind', '{ask: priya, to: sign-in, client: browser}', '{call: priya}', 'minimal.yaml:18:16 solutions[0].steps[0].call: unknown step "call": expected a map with admin:, ask: (and to:), wait:, check: or escalate:'],
		['a bad user id', '{user: priya, is: enforced}', '{user: Priya Patel, is: enforced}', 'minimal.yaml:13:22 goal.perUserMfa.user: expected a user id (lower-case letters, digits, ".", "-", "_"), e.g. priya'],
		['two predicates in one map', '  perUserMfa: {user: priya, is: enforced}', '  perUserMfa: {user: priya, is: enforced}\n  accountEnabled: {user: priya, is: true}', 'minimal.yaml:12:1 goal: a goal predicate has exactly one key; found perUserMfa, accountEnabled'],
		['an impossible date', 'startsAt: 2024-03-12T09:00:00Z', 'startsAt: 2024-02-30T09:00:00Z', 'minimal.yaml:5:11 startsAt: is not a real date: February 2024 has 29 days'],
		['a bad wait duration', '{ask: priya, to: sign-in, client: browser}', '{wait: 5 minutes}', 'minimal.yaml:18:16 solutions[0].steps[0].wait: expected a duration like 30s, 5m, 1h, 2d, or next-day'],
		['an unknown red flag action', 'par: 1', 'par: 1\nredFlags:\n  - {when: {action: disable-mfa}, penalty: 5, debrief: No.}', 'minimal.yaml:16:21 redFlags[0].when.action: expected one of "set-per-user-mfa"'],
		['a patch of a user the fixture lacks', '  base: contoso-small', '  base: contoso-small\n  users:\n    bob: {perUserMfa: disabled}', 'minimal.yaml:13:5 tenant.users.bob: unknown user "bob" in contoso-small (tenant.users patches existing users; add new ones with tenant.addUsers)'],
		['an unknown base fixture', '  base: contoso-small', '  base: contoso-smal', 'minimal.yaml:11:9 tenant.base: unknown tenant fixture "contoso-smal"; did you mean "contoso-small"?'],
		['a network nobody has', '  base: contoso-small', '  base: contoso-small\n  people:\n    priya: {network: moon}', 'minimal.yaml:13:22 tenant.people.priya.network: unknown network "moon": expected one of office, office-guest, london, home, home-tacoma, mobile, hotel-lyon'],
		['a client on a person that lacks it', '{ask: priya, to: sign-in, client: browser}', '{ask: oliver, to: set-outlook-registry, client: outlook-2013, registry: {enableAdal: 1}}', 'minimal.yaml:18:57 solutions[0].steps[0].client: unknown client "outlook-2013" for oliver: expected one of browser, outlook'],
		['an app password nobody created', '{ask: priya, to: sign-in, client: browser}', '{ask: priya, to: use-app-password-in-client, client: outlook, appPassword: Outlook}', 'minimal.yaml:18:84 solutions[0].steps[0].appPassword: priya has no app password named "Outlook" (and no earlier step creates one)'],
		['a method id the user lacks', '{ask: priya, to: sign-in, client: browser}', '{admin: delete-method, user: mei, method: app-2}', 'minimal.yaml:18:51 solutions[0].steps[0].method: mei has no authenticator app or OATH token "app-2"; did you mean "app-1"?'],
		['a bad CIDR in a step', '{ask: priya, to: sign-in, client: browser}', '{admin: set-trusted-ips, ranges: [203.0.113.0/33]}', 'minimal.yaml:18:43 solutions[0].steps[0].ranges[0]: bad CIDR: "203.0.113.0/33" is not an IPv4 range in CIDR notation.'],
		['remember-MFA over 60 days before 2020', 'startsAt: 2024-03-12T09:00:00Z', 'startsAt: 2019-03-12T09:00:00Z', ''],
		['a private trusted range', '  base: contoso-small', '  base: contoso-small\n  settings: {trustedIpRanges: [10.0.0.0/8]}', 'minimal.yaml:12:32 tenant.settings.trustedIpRanges[0]: bad trusted IP range: 10.0.0.0/8 is in 10.0.0.0/8, a private (RFC 1918) range'],
		['an actor with no role', 'actor: {user: aisha}', 'actor: {user: priya}', 'minimal.yaml:6:1 actor: priya holds no admin role: give actor.roles (e.g. [helpdesk-administrator])'],
		['a red flag id that is not kebab-case', 'par: 1', 'par: 1\nredFlags:\n  - {id: Disables MFA, when: {action: set-per-user-mfa}, penalty: 5, debrief: No.}', 'minimal.yaml:16:10 redFlags[0].id: expected a kebab-case id that starts with a letter, such as disables-mfa'],
		['a red flag id shaped like a derived one', 'par: 1', 'par: 1\nredFlags:\n  - {id: 1-set-per-user-mfa, when: {action: set-per-user-mfa}, penalty: 5, debrief: No.}', 'minimal.yaml:16:10 redFlags[0].id: expected a kebab-case id that starts with a letter'],
		[
			'two red flags with one id',
			'par: 1',
			'par: 1\nredFlags:\n  - {id: mfa-off, when: {action: set-per-user-mfa}, penalty: 5, debrief: No.}\n  - {id: mfa-off, when: {action: reset-password}, penalty: 5, debrief: No.}',
			'minimal.yaml:17:10 redFlags[1].id: duplicate red flag id "mfa-off": redFlags[0] already uses it (ids must be unique in the file)',
		],
		['an unknown mailbox in the SMTP AUTH settings', '  base: contoso-small', '  base: contoso-small\n  exchange: {smtpAuthMailboxes: {scaner: enabled}}', 'minimal.yaml:12:42 tenant.exchange.smtpAuthMailboxes.scaner: unknown user "scaner": mailboxes are keyed by user id; did you mean "scanner"?'],
	];

	test.each(cases)('%s', (_name, from, to, message) => {
		const issues = issuesOf(mutate(from, to));
		if (message === '') {
			expect(issues).toEqual([]);
		} else {
			expect(issues[0]!.startsWith(message)).toBe(true);
			expect(issues.length).toBe(1);
		}
	});

	test('remember-MFA days follow the era: at most 60 before 2020', () => {
		const text = mutate('  base: contoso-small', '  base: contoso-small\n  settings: {rememberMfa: {enabled: true, days: 90}}').replace('2024-03-12T09:00:00Z', '2019-03-12T09:00:00Z');
		expect(issuesOf(text)).toEqual(['minimal.yaml:12:49 tenant.settings.rememberMfa.days: remember-MFA days must be between 1 and 60 before 2020, got 90']);
	});

	test('built-in rules want an id on every red flag', () => {
		const text = `${minimalScenario()}redFlags:\n  - {id: mfa-lowered, when: {not: {perUserMfa: {user: priya, is: enforced}}}, penalty: 40, debrief: No.}\n  - {when: {action: reset-password}, penalty: 5, debrief: No.}\nwrongRemedies:\n  - {name: Wait, why: No., steps: [{wait: 5m}]}\n  - {name: Wait longer, why: No., steps: [{wait: 1h}]}\n`;
		const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap(), builtIn: true});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
			'minimal.yaml:21:5 redFlags[1]: a built-in red flag needs an id (kebab-case, e.g. id: mfa-lowered): reports count flags by id, and one derived from the position changes when flags move',
		]);
		expect(issuesOf(text)).toEqual([]);
	});

	test('built-in rules want at least two wrong remedies', () => {
		const result = parseScenarioText(minimalScenario(), {fileName: 'minimal.yaml', builtIn: true});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['minimal.yaml:1:1 wrongRemedies: a built-in scenario needs at least 2 wrong remedies, found 0']);
	});

	test('solution and wrong-remedy names are distinct', () => {
		const text = `${minimalScenario()}wrongRemedies:\n  - {name: Ask her to sign in, why: No., steps: [{wait: 5m}]}\n`;
		expect(issuesOf(text)).toEqual(['minimal.yaml:20:12 wrongRemedies[0].name: duplicate name "Ask her to sign in": solutions and wrong remedies need distinct names']);
	});

	test('a wrong remedy needs steps', () => {
		const text = `${minimalScenario()}wrongRemedies:\n  - {name: Nothing, why: No., steps: []}\n  - {name: Silence, why: No.}\n`;
		expect(issuesOf(text)).toEqual(['minimal.yaml:20:31 wrongRemedies[0].steps: needs at least one step', 'minimal.yaml:21:5 wrongRemedies[1].steps: is required (expected a list)']);
	});
});

describe('seeded variables in the checks', () => {
	test('every choice is checked, and a problem names the choice that causes it', () => {
		const text = `${mutate('{user: priya, is: enforced}', '{user: "${who}", is: enforced}')}variables:\n  who: [priya, nobody, mei]\n`;
		expect(issuesOf(text)).toEqual(['minimal.yaml:13:22 goal.perUserMfa.user: unknown user "nobody" (when who = "nobody")']);
	});

	test('a variable may key a patch and be used in steps', () => {
		const text = `${mutate('  base: contoso-small', '  base: contoso-small\n  people:\n    "${who}": {network: home}').replace('{ask: priya,', '{ask: "${who}",')}variables:\n  who: [priya, mei]\n`;
		expect(issuesOf(text)).toEqual([]);
	});

	test('a substituted value must still fit its field', () => {
		const text = `${mutate('{user: priya, is: enforced}', '{user: "${who}", is: enforced}')}variables:\n  who: [priya, Mei Chen]\n`;
		expect(issuesOf(text)).toEqual(['minimal.yaml:13:22 goal.perUserMfa.user: expected a user id (lower-case letters, digits, ".", "-", "_"), e.g. priya (when who = "Mei Chen")']);
	});
});

describe('JSON scenarios', () => {
	test('parse through the same pipeline with JSON positions', () => {
		const json = JSON.stringify({id: 'as-json', title: 'T', topic: 'lockout', difficulty: 9}, undefined, 2);
		const result = parseScenarioText(json, {fileName: 'as-json.json', fixtures: fixtureMap()});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
			'as-json.json:1:1 startsAt: is required (expected text)',
			'as-json.json:1:1 actor: is required (expected a map (key: value))',
			'as-json.json:1:1 ticket: is required (expected a map (key: value))',
			'as-json.json:1:1 tenant: is required (expected a map (key: value))',
			'as-json.json:1:1 goal: is required (expected a goal predicate: a map with one of perUserMfa, signIn, appPasswords, methodRegistered, phoneNumber, rememberedDevices, setting, accountEnabled, trustedIps, mustRegisterAgain, escalated, all, any, not)',
			'as-json.json:1:1 par: is required (expected a number)',
			'as-json.json:1:1 solutions: is required (expected a list)',
			'as-json.json:5:17 difficulty: must be at most 5',
		]);
	});
});

describe('robustness', () => {
	test('never throws on mutated files: 600 random edits of the example', () => {
		const source = read(examples[0]!);
		let seed = 1;
		const next = (max: number): number => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return Math.floor(seed / 65_536) % max;
		};

		const alphabet = ['{', '}', '[', ']', ':', '-', ' ', '\n', '&a', '*a', '"', "'", '#', '!', '__proto__: 1', '${x}', '0', 'null', '\t'];
		for (let round = 0; round < 600; round++) {
			let text = source;
			for (let edit = 0; edit < 1 + next(4); edit++) {
				const at = next(text.length);
				const kind = next(3);
				const piece = alphabet[next(alphabet.length)]!;
				text = kind === 0 ? text.slice(0, at) + text.slice(at + 1 + next(8)) : kind === 1 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + piece + text.slice(at + piece.length);
			}

			const result = parseScenarioText(text, {fileName: 'codes-wrong-number.yaml', fixtures: fixtureMap()});
			if (!result.ok) {
				for (const issue of result.issues) {
					expect(issue.line).toBeGreaterThanOrEqual(1);
					expect(issue.column).toBeGreaterThanOrEqual(1);
					expect(issue.message.length).toBeGreaterThan(0);
				}
			}
		}

		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});
