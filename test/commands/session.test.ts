import {copyFile, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {sessionCommand} from '../../source/commands/session.js';
import {fixturesDir, runCommand} from './command-harness.js';

let temporary = '';

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-session-'));
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

describe('mfadesk session start', () => {
	test('records the session and the cohort, then prints what trainees run', async () => {
		const db = path.join(temporary, 'trainer', 'progress.json');
		const result = await runCommand(sessionCommand, ['start'], {db, cohort: ' Helpdesk  March ', scenarios: 'codes-wrong-number, codes-clock-drift,codes-wrong-number', timeLimit: 20});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(
			[
				'Training session for cohort Helpdesk March: 2 scenarios, 20 minutes each.',
				'',
				'Each trainee runs, on their own machine:',
				'  mfadesk play codes-wrong-number --trainee "<your name>" --cohort "Helpdesk March" --time-limit 20',
				'  mfadesk play codes-clock-drift --trainee "<your name>" --cohort "Helpdesk March" --time-limit 20',
				'',
				'Afterwards, each trainee exports their results:',
				'  mfadesk report --cohort "Helpdesk March" --format json > "<your name>.json"',
				'and the trainer combines them (or runs the first command on a shared machine):',
				'  mfadesk report --cohort "Helpdesk March"',
				'  mfadesk report --merge *.json --cohort "Helpdesk March" --format md',
				'',
			].join('\n'),
		);
		const data = JSON.parse(await readFile(db, 'utf8')) as {cohorts: unknown[]; sessions: Array<{id: string}>};
		expect(result.stderr).toBe(`mfadesk: session ${data.sessions[0]!.id} recorded in ${db}\n`);
		expect(data.cohorts).toEqual([expect.objectContaining({name: 'Helpdesk March', scenarioIds: ['codes-wrong-number', 'codes-clock-drift'], timeLimitMinutes: 20})]);
	});

	test('--json prints the session record; scenarios outside the built-in pack get a warning', async () => {
		const db = path.join(temporary, 'flag.json');
		const result = await runCommand(sessionCommand, ['start'], {cohort: 'night-shift', scenarios: 'my-own-scenario', db, json: true});
		expect(result.code).toBe(0);
		const printed = JSON.parse(result.stdout) as {session: {cohort: string; scenarioIds: string[]}};
		expect(printed.session).toMatchObject({cohort: 'night-shift', scenarioIds: ['my-own-scenario']});
		expect(printed.session).not.toHaveProperty('timeLimitMinutes');
		expect(result.stderr).toContain('mfadesk: not a built-in scenario: my-own-scenario. Trainees need --scenarios <dir> holding it.\n');
		expect(JSON.parse(await readFile(db, 'utf8'))).toMatchObject({sessions: [{cohort: 'night-shift'}]});
	});

	test('--no-save prints the instructions and records nothing', async () => {
		const result = await runCommand(sessionCommand, ['start'], {cohort: 'demo', scenarios: 'codes-wrong-number', save: false});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('mfadesk play codes-wrong-number --trainee "<your name>" --cohort demo\n');
		expect(result.stderr).toBe('mfadesk: --no-save: the session was not recorded\n');
	});

	test.each([
		[[], {cohort: 'a', scenarios: 'b'}, 'say what to do: start'],
		[['stop'], {cohort: 'a', scenarios: 'b'}, 'unknown subcommand "stop"'],
		[['start', 'x'], {cohort: 'a', scenarios: 'b'}, 'unexpected argument "x"'],
		[['start'], {scenarios: 'b'}, '--cohort <name> is required'],
		[['start'], {cohort: '=cmd', scenarios: 'b'}, '--cohort "=cmd" is not a valid name'],
		[['start'], {cohort: 'a'}, '--scenarios <ids> is required'],
		[['start'], {cohort: 'a', scenarios: 'Codes Wrong'}, 'not a scenario id: Codes Wrong'],
		[['start'], {cohort: 'a', scenarios: 'b', timeLimit: 0}, '--time-limit must be a whole number of minutes from 1 to 1440, got 0'],
	])('usage error %j %j', async (args, overrides, problem) => {
		const db = path.join(temporary, 'never.json');
		const result = await runCommand(sessionCommand, args, {db, ...overrides});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`mfadesk session: ${problem}`);
		expect(result.stderr).toContain('Usage: mfadesk session start --cohort <name> --scenarios <ids> [--time-limit <min>]');
		await expect(readFile(db)).rejects.toThrow(/ENOENT/);
	});

	test('an unusable progress file is exit 1 with a sentence', async () => {
		const db = path.join(temporary, 'newer.json');
		await copyFile(path.join(fixturesDir, 'progress', 'newer-schema.json'), db);
		const result = await runCommand(sessionCommand, ['start'], {cohort: 'a', scenarios: 'codes-wrong-number', db});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('was written by a newer mfadesk (schema v2)');
	});
});
