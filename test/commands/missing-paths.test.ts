/**
 * A path that does not exist is the user's mistake, not a broken scenario: every command says
 * `<path>: not found` (with "did you mean" for a typo), prints its usage and exits 2, before loading anything.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Command, GlobalFlags} from '../../source/commands/command.js';
import {lintCommand} from '../../source/commands/lint.js';
import {playCommand} from '../../source/commands/play.js';
import {runCommand as run} from '../../source/commands/run.js';
import {testCommand} from '../../source/commands/test.js';
import {totpCommand} from '../../source/commands/totp.js';
import {writeReportFile} from '../../source/commands/command-support.js';
import {usageOf, type CommandName} from '../../source/commands/command-specs.js';
import {runCommand} from './command-harness.js';

let directory = '';

beforeAll(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-paths-'));
});

afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

type Case = {readonly name: string; readonly command: Command; readonly args: readonly string[]; readonly flags: Partial<GlobalFlags>; readonly message: string};

const cases: Case[] = [
	{name: 'test', command: testCommand, args: ['nosuchdir'], flags: {}, message: 'nosuchdir: not found'},
	{name: 'test', command: testCommand, args: ['fixtures/scenario'], flags: {}, message: 'fixtures/scenario: not found; did you mean "fixtures/scenarios"?'},
	{name: 'test', command: testCommand, args: [], flags: {scenarios: 'no/such/dir'}, message: '--scenarios no/such/dir: not found'},
	{name: 'lint', command: lintCommand, args: ['fixtures/scenarios', 'nosuch.yaml'], flags: {}, message: 'nosuch.yaml: not found'},
	{name: 'run', command: run, args: ['nosuch/file.yaml'], flags: {}, message: 'nosuch/file.yaml: not found'},
	{name: 'run', command: run, args: ['codes-wrong-number'], flags: {solution: 'nofix.yaml'}, message: '--solution nofix.yaml: not found'},
	{name: 'run', command: run, args: ['codes-wrong-number'], flags: {scenarios: 'no/such/dir'}, message: '--scenarios no/such/dir: not found'},
	{name: 'play', command: playCommand, args: ['nosuch.yaml'], flags: {}, message: 'nosuch.yaml: not found'},
	{name: 'totp', command: totpCommand, args: ['nosuch.yaml', 'lena'], flags: {}, message: 'nosuch.yaml: not found'},
];

describe('a path that does not exist', () => {
	test.each(cases)('$name $args $flags: exit 2, "not found" and the usage', async ({name, command, args, flags, message}) => {
		const result = await runCommand(command, args, flags);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`mfadesk: ${message}\nUsage: mfadesk ${name} `);
		expect(result.stderr).toContain(`Run mfadesk ${name} --help for more.\n`);
	});
});

describe('a steps file given where a scenario belongs', () => {
	test('run says it is a steps file and how to play it (exit 2)', async () => {
		const steps = path.join(directory, 'my-fix.yaml');
		await writeFile(steps, 'name: My fix\nsteps:\n  - {ask: priya, to: sign-in, client: browser}\n');
		const result = await runCommand(run, [steps]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`mfadesk: ${steps} is a steps file (only steps:), not a scenario: play it with mfadesk run <scenario> --solution ${steps}\n`);
		const played = await runCommand(run, ['codes-wrong-number'], {solution: steps});
		expect(played.stderr).not.toContain('steps file');
		expect(played.stdout).toContain('Result: FAILED');
	});

	test('test skips steps files found in a directory; with nothing else there it says so and how to play them (exit 1)', async () => {
		const result = await runCommand(testCommand, [directory]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			`mfadesk: ${directory} holds 1 steps file (only steps:, for run --solution) and no scenario. test takes scenarios (YAML or JSON files with id, title, ticket, tenant, goal and solutions) or directories holding them; to play a scenario with a steps file: mfadesk run <id|file> --solution ${path.join(directory, 'my-fix.yaml')}\n`,
		);
	});
});

describe('a path of the wrong kind is named for what it is, in one sentence with the usage (exit 2)', () => {
	const takes = (command: string) => `${command} takes one scenario id or scenario file`;

	test.each([
		['run', run, [] as string[]],
		['play', playCommand, [] as string[]],
		['totp', totpCommand, ['lena']],
	])('%s: a directory, a file of another kind, a tenant fixture, other YAML', async (name, command, rest) => {
		const folder = path.join(directory, `folder-${name}`);
		await mkdir(folder, {recursive: true});
		const notes = path.join(directory, 'notes.txt');
		await writeFile(notes, 'hello\n');
		const compose = path.join(directory, 'compose.yaml');
		await writeFile(compose, 'services:\n  web: {}\n');
		const expected: Array<[string, string]> = [
			[folder, `${folder} is a directory, not a scenario: ${takes(name)} (mfadesk test ${folder} tests the scenarios in it)`],
			[notes, `${notes} is not a scenario file (expected .yaml, .yml or .json): ${takes(name)}`],
			['fixtures/tenants/contoso-small.yaml', `fixtures/tenants/contoso-small.yaml is a tenant fixture (users:, networks:), not a scenario: ${takes(name)} (a scenario names one under tenant: {base: <id>})`],
			[compose, `${compose} is not a scenario (its top-level fields: services): ${takes(name)}`],
		];
		for (const [reference, message] of expected) {
			const result = await runCommand(command, [reference, ...rest]);
			expect(result.code, reference).toBe(2);
			expect(result.stderr).toBe(`mfadesk: ${message}\n${usageLine(name)}Run mfadesk ${name} --help for more.\n`);
		}
	});

	test('an id that is also not a path still gets "no scenario" with a suggestion', async () => {
		const result = await runCommand(run, ['codes-wrong-numbr']);
		expect(result.stderr).toContain('mfadesk: no scenario "codes-wrong-numbr"; did you mean "codes-wrong-number"?');
	});

	test('run --solution: a scenario, a tenant fixture, a directory or another extension is not a steps file', async () => {
		const notes = path.join(directory, 'notes.txt');
		await writeFile(notes, 'hello\n');
		const takesSteps = 'it takes a steps file (only steps:) or the name of a solution or wrong remedy of codes-wrong-number';
		const cases: Array<[string, string]> = [
			['fixtures/scenarios/codes-clock-drift.yaml', `fixtures/scenarios/codes-clock-drift.yaml is a scenario, not a steps file: ${takesSteps} (mfadesk test fixtures/scenarios/codes-clock-drift.yaml plays a scenario's own solutions)`],
			['fixtures/tenants/contoso-small.yaml', `fixtures/tenants/contoso-small.yaml is a tenant fixture (users:, networks:), not a steps file: ${takesSteps}`],
			['fixtures', `fixtures is a directory, not a steps file: ${takesSteps}`],
			[notes, `${notes} is not a steps file (expected .yaml, .yml or .json): ${takesSteps}`],
		];
		for (const [solution, message] of cases) {
			const result = await runCommand(run, ['codes-wrong-number'], {solution});
			expect(result.code, solution).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toContain(`mfadesk: --solution ${message}\nUsage: mfadesk run `);
		}
	});

	test('run --solution with a misspelt key in a steps file still gets the schema\'s located message', async () => {
		const typo = path.join(directory, 'typo-fix.yaml');
		await writeFile(typo, 'stpes:\n  - {wait: 5m}\n');
		const result = await runCommand(run, ['codes-wrong-number'], {solution: typo});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/typo-fix\.yaml:1:1 stpes: unknown field "stpes"/);
	});

	test.each([
		['run', run, ['codes-wrong-number']],
		['test', testCommand, ['fixtures/scenarios/codes-wrong-number.yaml']],
	])('%s --junit: a missing directory or a directory is refused before anything runs', async (name, command, args) => {
		const missing = await runCommand(command, args, {junit: path.join(directory, 'no-such-dir', 'junit.xml')});
		expect(missing.code).toBe(2);
		expect(missing.stdout).toBe('');
		expect(missing.stderr).toContain(`mfadesk: --junit ${path.join(directory, 'no-such-dir', 'junit.xml')}: the directory ${path.join(directory, 'no-such-dir')} does not exist\nUsage: mfadesk ${name} `);
		const folder = await runCommand(command, args, {junit: directory});
		expect(folder.code).toBe(2);
		expect(folder.stderr).toContain(`mfadesk: --junit ${directory}: is a directory; give a file name, e.g. ${path.join(directory, 'junit.xml')}\n`);
	});

	test('a report file that cannot be written says why in words', async () => {
		const blocker = path.join(directory, 'a-file');
		await writeFile(blocker, 'x');
		expect(await writeReportFile(path.join(directory, 'gone', 'x.xml'), '')).toBe(`cannot write ${path.join(directory, 'gone', 'x.xml')}: its directory does not exist`);
		expect(await writeReportFile(path.join(blocker, 'x.xml'), '')).toBe(`cannot write ${path.join(blocker, 'x.xml')}: a part of its path is a file, not a directory`);
		expect(await writeReportFile(directory, '')).toBe(`cannot write ${directory}: it is a directory`);
	});
});

/** The usage lines a command prints after a usage error. */
function usageLine(name: string): string {
	return `${usageOf(name as CommandName)}\n`;
}
