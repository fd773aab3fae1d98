/**
 * A path that does not exist is the user's mistake, not a broken scenario: every command says
 * `<path>: not found` (with "did you mean" for a typo), prints its usage and exits 2, before loading anything.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Command, GlobalFlags} from '../../source/commands/command.js';
import {lintCommand} from '../../source/commands/lint.js';
import {playCommand} from '../../source/commands/play.js';
import {runCommand as run} from '../../source/commands/run.js';
import {testCommand} from '../../source/commands/test.js';
import {totpCommand} from '../../source/commands/totp.js';
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

	test('test skips steps files found in a directory and tests the scenarios', async () => {
		const result = await runCommand(testCommand, [directory]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`mfadesk: no scenario files found under ${directory}\n`);
	});
});
