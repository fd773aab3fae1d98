import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {testCommand} from '../../source/commands/test.js';
import {displayPath} from '../../source/commands/command-support.js';
import type {TestReport} from '../../source/services/scenario-test-service.js';
import {read} from '../scenario/scenario-test-helpers.js';
import {runCommand} from './command-harness.js';
import {expectWellFormedXml} from './xml-check.js';

let directory = '';
const two = ['fixtures/scenarios/codes-wrong-number.yaml', 'fixtures/scenarios/outlook-2013-prompts.yaml'];

beforeAll(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-test-'));
});

afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

describe('mfadesk test', () => {
	test('--json names each scenario, its do-nothing case, solution and wrong remedy; exit 0 when all behave', async () => {
		const result = await runCommand(testCommand, two, {json: true});
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as TestReport;
		expect(report.passed).toBe(true);
		expect(report.scenarios.map((each) => each.id)).toEqual(['codes-wrong-number', 'outlook-2013-prompts']);
		const codes = report.scenarios[0]!;
		expect(codes.file).toBe('fixtures/scenarios/codes-wrong-number.yaml');
		expect(codes.doNothing).toMatchObject({kind: 'do-nothing', name: 'doing nothing fails the goal', passed: true, goalMet: false});
		expect(codes.solutions.map((each) => each.name)).toEqual(['Correct the authentication phone']);
		expect(codes.wrongRemedies.map((each) => each.name)).toEqual(['Disable MFA for Priya', 'Restore MFA on remembered devices', 'Ask her to try again later']);
		expect(codes.wrongRemedies[0]).toMatchObject({passed: true, goalMet: false, redFlagsRaised: [expect.stringContaining('Priya Patel')]});
		expect(codes.wrongRemedies[0]!.why).toContain('red flag');
		expect(report.counts).toEqual({scenarios: 2, cases: 11, doNothing: 2, solutions: 3, wrongRemedies: 6, failed: 0, issues: 0});
		// stdout holds the JSON, so the one summary goes to stderr, with the time taken.
		expect(result.stderr).toMatch(/^PASSED: all 11 cases passed in 2 scenarios \(2 do-nothing checks, 3 solutions, 6 wrong remedies; seed 1\) \[\d+\.\d s\]\n$/);
	});

	test('--json is byte-identical across runs (no wall-clock time)', async () => {
		const first = await runCommand(testCommand, two.slice(0, 1), {json: true, seed: 5});
		const second = await runCommand(testCommand, two.slice(0, 1), {json: true, seed: 5});
		expect(first.stdout).toBe(second.stdout);
	});

	test('--junit writes well-formed XML with one testcase for doing nothing and per solution and wrong remedy', async () => {
		const junit = path.join(directory, 'junit.xml');
		const result = await runCommand(testCommand, two, {junit});
		expect(result.code).toBe(0);
		const xml = await readFile(junit, 'utf8');
		expectWellFormedXml(xml);
		expect(xml.match(/<testcase /g)).toHaveLength(11);
		expect(xml.match(/<testsuite /g)).toHaveLength(2);
		expect(xml).toContain('<testcase classname="codes-wrong-number" name="wrong-remedy: Disable MFA for Priya" file="fixtures/scenarios/codes-wrong-number.yaml"/>');
		expect(xml).toContain('<testcase classname="codes-wrong-number" name="do-nothing: doing nothing fails the goal" file="fixtures/scenarios/codes-wrong-number.yaml"/>');
		expect(xml).toContain('<testsuites name="mfadesk" tests="11" failures="0" errors="0">');
	});

	test('a wrong remedy that meets the goal with no red flag fails the run (exit 1), named in JSON and JUnit', async () => {
		// The reference solution listed again as a "wrong remedy": it must be reported as not failing.
		const text = read('fixtures/scenarios/codes-wrong-number.yaml').replace(
			'wrongRemedies:\n',
			`wrongRemedies:
  - name: Actually the right fix
    steps:
      - {admin: set-phone-method, user: priya, slot: authentication, number: '+1 4255550123'}
      - {ask: priya, to: sign-in, client: browser}
    why: Planted to prove the test command catches it.
`,
		);
		const file = path.join(directory, 'codes-wrong-number.yaml');
		await writeFile(file, text);
		const junit = path.join(directory, 'failing.xml');
		const result = await runCommand(testCommand, [file], {json: true, junit});
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as TestReport;
		const planted = report.scenarios[0]!.wrongRemedies.find((each) => each.name === 'Actually the right fix')!;
		expect(planted).toMatchObject({passed: false, goalMet: true, redFlagsRaised: []});
		expect(planted.reason).toContain('a wrong remedy must fail the goal or raise a red flag');
		const xml = await readFile(junit, 'utf8');
		expectWellFormedXml(xml);
		expect(xml).toContain('name="wrong-remedy: Actually the right fix"');
		expect(xml).toContain('failures="1"');
	});

	test('a copy whose fault was removed fails its do-nothing case, in the text, JSON and JUnit reports', async () => {
		// Given an author's copy of codes-wrong-number where Priya's registered number is already right
		const text = read('fixtures/scenarios/codes-wrong-number.yaml').replace("authenticationPhone: '${typo}'", "authenticationPhone: '+1 4255550123'");
		const file = path.join(directory, 'no-fault', 'codes-wrong-number.yaml');
		await mkdir(path.dirname(file), {recursive: true});
		await writeFile(file, text);

		// When the author tests it, as text, as JSON with JUnit
		const plain = await runCommand(testCommand, [file]);
		const junit = path.join(directory, 'no-fault.xml');
		const json = await runCommand(testCommand, [file], {json: true, junit});

		// Then the run fails and every report says the fault does not happen
		expect(plain.code).toBe(1);
		expect(plain.stdout).toContain('✗ doing nothing fails the goal: the untouched tenant already meets the goal: the fault does not happen');
		// One summary, saying how many failed (and nothing on stderr that reads otherwise).
		expect(plain.stdout.trimEnd().split('\n').at(-1)).toBe('FAILED: 3 of 5 cases failed in 1 scenario (2 passed; 1 do-nothing check, 1 solution, 3 wrong remedies; seed 1)');
		expect(plain.stderr).toBe('');
		const doNothing = (JSON.parse(json.stdout) as TestReport).scenarios[0]!.doNothing;
		expect(doNothing).toMatchObject({kind: 'do-nothing', passed: false, goalMet: true});
		const xml = await readFile(junit, 'utf8');
		expectWellFormedXml(xml);
		expect(xml).toMatch(/<testcase classname="codes-wrong-number" name="do-nothing: doing nothing fails the goal"[^>]*>\s*<failure message="the untouched tenant already meets the goal/);
	});

	test('invalid files make it fail with their file:line:column problems on stderr', async () => {
		const result = await runCommand(testCommand, ['fixtures/invalid/unknown-user.yaml', two[0]!]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(read('fixtures/invalid/unknown-user.expected').trimEnd());
		expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
			'FAILED: 1 problem in 1 file (listed on stderr); all 5 cases passed in 1 scenario (1 do-nothing check, 1 solution, 3 wrong remedies; seed 1)',
		);
		expect(result.stderr).not.toMatch(/passed|PASSED/);
	});
});

describe('mfadesk test given paths that hold no scenario says what each holds and what test takes', () => {
	const takes = 'test takes scenarios (YAML or JSON files with id, title, ticket, tenant, goal and solutions) or directories holding them';

	async function write(name: string, text: string): Promise<string> {
		const file = path.join(directory, 'not-scenarios', name);
		await mkdir(path.dirname(file), {recursive: true});
		await writeFile(file, text);
		return file;
	}

	test('a steps file: a usage error (exit 2) that says how to play it with run --solution', async () => {
		const steps = await write('my-fix.yaml', 'steps:\n  - {ask: priya, to: sign-in, client: browser}\n');
		const result = await runCommand(testCommand, [steps]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`mfadesk: ${steps} is a steps file (only steps:), not a scenario. ${takes}; to play a scenario with a steps file: mfadesk run <id|file> --solution ${steps}\nUsage: mfadesk test `);
	});

	test.each([
		['notes.txt', 'hello\n', 'is not a scenario file (expected .yaml, .yml or .json)'],
		['compose.yaml', 'services:\n  web: {}\nversion: 3\n', 'is not a scenario (its top-level fields: services, version)'],
	])('%s: a usage error naming what it is', async (name, text, what) => {
		const file = await write(name, text);
		const result = await runCommand(testCommand, [file]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`mfadesk: ${file} ${what}. ${takes}\nUsage: mfadesk test `);
	});

	test('a tenant fixture: says so and how a scenario uses one', async () => {
		const result = await runCommand(testCommand, ['fixtures/tenants/contoso-small.yaml']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('mfadesk: fixtures/tenants/contoso-small.yaml is a tenant fixture (users:, networks:), not a scenario; a scenario names one under tenant: {base: <id>}.');
	});

	test('an empty directory: exit 1, and every path is explained in one sentence', async () => {
		const empty = path.join(directory, 'empty');
		await mkdir(empty, {recursive: true});
		const result = await runCommand(testCommand, [empty]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`mfadesk: ${empty} holds no .yaml, .yml or .json file (searched recursively). ${takes}\n`);
		const steps = await write('fix.json', '{"steps": [{"wait": "5m"}]}');
		const both = await runCommand(testCommand, [empty, steps]);
		expect(both.code).toBe(2);
		expect(both.stderr).toContain(`mfadesk: ${empty} holds no .yaml, .yml or .json file (searched recursively); ${steps} is a steps file (only steps:), not a scenario. ${takes}; to play`);
	});

	test('next to a scenario, a named steps file is skipped and a file of another kind is still reported', async () => {
		const steps = await write('skip-me.yaml', 'steps:\n  - {wait: 5m}\n');
		const passed = await runCommand(testCommand, [steps, two[0]!]);
		expect(passed.code).toBe(0);
		const notes = await write('readme.txt', 'hello\n');
		const failed = await runCommand(testCommand, [notes, two[0]!]);
		expect(failed.code).toBe(1);
		// Issue paths are shown relative to the working directory when that is shorter.
		expect(failed.stderr).toContain(`${displayPath(notes)}:1:1 expected a .yaml, .yml or .json file`);
	});
});
