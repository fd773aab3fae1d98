import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {GlobalFlags} from '../../source/commands/command.js';
import {displayPath} from '../../source/commands/command-support.js';
import {sessionCommand} from '../../source/commands/session.js';
import type {SessionListing} from '../../source/commands/session-list.js';
import {mergeProgress} from '../../source/domain/progress/progress-changes.js';
import type {ProgressData} from '../../source/domain/progress/records.js';
import {minimalScenario} from '../scenario/scenario-test-helpers.js';
import {fixturesDir, runCommand} from './command-harness.js';

let temporary = '';
let files = 0;

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-session-'));
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

/** A fresh progress file path for one story. */
function freshDb(): string {
	return path.join(temporary, `progress-${++files}.json`);
}

async function stored(db: string): Promise<ProgressData> {
	return JSON.parse(await readFile(db, 'utf8')) as ProgressData;
}

async function session(args: readonly string[], flags: Partial<GlobalFlags>) {
	return runCommand(sessionCommand, args, flags);
}

describe('mfadesk session start', () => {
	test('records the session and the cohort, then prints what trainees run', async () => {
		const db = path.join(temporary, 'trainer', 'progress.json');
		const result = await session(['start'], {db, cohort: ' Helpdesk  March ', ids: 'codes-wrong-number, codes-clock-drift,codes-wrong-number', timeLimit: 20});
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
		const data = await stored(db);
		expect(result.stderr).toBe(`mfadesk: session ${data.sessions[0]!.id} recorded in ${db}\n`);
		expect(data.cohorts).toEqual([expect.objectContaining({name: 'Helpdesk March', scenarioIds: ['codes-wrong-number', 'codes-clock-drift'], timeLimitMinutes: 20})]);
	});

	test('--json prints the session record', async () => {
		const db = freshDb();
		const result = await session(['start'], {cohort: 'night-shift', ids: 'codes-wrong-number', db, json: true});
		expect(result.code).toBe(0);
		const printed = JSON.parse(result.stdout) as {session: {cohort: string; scenarioIds: string[]}};
		expect(printed.session).toMatchObject({cohort: 'night-shift', scenarioIds: ['codes-wrong-number']});
		expect(printed.session).not.toHaveProperty('timeLimitMinutes');
		expect(await stored(db)).toMatchObject({sessions: [{cohort: 'night-shift'}]});
	});

	test('--no-save prints the instructions and records nothing', async () => {
		const result = await session(['start'], {cohort: 'demo', ids: 'codes-wrong-number', save: false});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('mfadesk play codes-wrong-number --trainee "<your name>" --cohort demo\n');
		expect(result.stderr).toBe('mfadesk: --no-save: the session was not recorded\n');
	});

	test('an unknown id is a usage error with a suggestion, and nothing is written (not even over a good session)', async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number'});
		const before = await readFile(db, 'utf8');
		const result = await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-numbr', replace: true});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('mfadesk session: unknown scenario "codes-wrong-numbr"; did you mean "codes-wrong-number"?');
		expect(await readFile(db, 'utf8')).toBe(before);
	});

	test('your own scenarios count when --scenarios <dir> holds them, and trainees are told to pass it too', async () => {
		const directory = path.join(temporary, 'own-scenarios');
		await mkdir(directory, {recursive: true});
		await writeFile(path.join(directory, 'my-ticket.yaml'), minimalScenario('my-ticket'));
		const db = freshDb();
		const unknown = await session(['start'], {db, cohort: 'night-shift', ids: 'my-ticket'});
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('unknown scenario "my-ticket"');
		expect(unknown.stderr).toContain('your own scenarios need --scenarios <dir>');
		const known = await session(['start'], {db, cohort: 'night-shift', ids: 'my-ticket,codes-wrong-number', scenarios: directory});
		expect(known.code).toBe(0);
		expect(known.stdout).toContain(`mfadesk play my-ticket --trainee "<your name>" --cohort night-shift --scenarios ${directory}\n`);
	});

	test('--scenarios with ids (the old spelling of --ids) still works, with a one-line notice', async () => {
		const db = freshDb();
		const result = await session(['start'], {db, cohort: 'legacy', scenarios: 'codes-wrong-number,codes-clock-drift'});
		expect(result.code).toBe(0);
		expect(result.stderr.split('\n')[0]).toBe('mfadesk: note: --scenarios <ids> is now --ids <ids> for session start (--scenarios names a directory of scenarios, as for play and list).');
		expect((await stored(db)).cohorts[0]!.scenarioIds).toEqual(['codes-wrong-number', 'codes-clock-drift']);
	});

	test.each([
		[[], {cohort: 'a', ids: 'b'}, 'say what to do: start, list or end'],
		[['stop'], {cohort: 'a', ids: 'b'}, 'unknown subcommand "stop": use start, list or end'],
		[['strat'], {cohort: 'a', ids: 'b'}, 'unknown subcommand "strat"; did you mean "start"?'],
		[['start', 'x'], {cohort: 'a', ids: 'b'}, 'unexpected argument "x"'],
		[['start'], {ids: 'b'}, '--cohort <name> is required'],
		[['start'], {cohort: '=cmd', ids: 'b'}, '--cohort "=cmd" is not a valid name'],
		[['start'], {cohort: 'a'}, '--ids <id,id,...> is required'],
		[['start'], {cohort: 'a', ids: 'Codes Wrong'}, 'not a scenario id: Codes Wrong'],
		[['start'], {cohort: 'a', ids: 'codes-wrong-number', timeLimit: 0}, '--time-limit must be a whole number of minutes from 1 to 1440, got 0'],
		[['start'], {cohort: 'a', ids: 'codes-wrong-number', replace: true, add: true}, '--replace and --add cannot go together'],
		[['list'], {ids: 'codes-wrong-number'}, 'session list does not take --ids'],
		[['end'], {}, '--cohort <name> is required'],
	] as Array<[string[], Partial<GlobalFlags>, string]>)('usage error %j %j', async (args, overrides, problem) => {
		const db = path.join(temporary, 'never.json');
		const result = await session(args, {db, ...overrides});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`mfadesk session: ${problem}`);
		expect(result.stderr).toContain('Usage: mfadesk session start --cohort <name> --ids <id,id,...> [--time-limit <min>]');
		expect(result.stderr).toContain('Run mfadesk session --help for more.');
		await expect(readFile(db)).rejects.toThrow(/ENOENT/);
	});

	test('an unusable progress file is exit 1 with a sentence', async () => {
		const db = path.join(temporary, 'newer.json');
		await copyFile(path.join(fixturesDir, 'progress', 'newer-schema.json'), db);
		const result = await session(['start'], {cohort: 'a', ids: 'codes-wrong-number', db});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('was written by a newer mfadesk (schema v2)');
	});
});

describe("a cohort's running session is never replaced silently", () => {
	test('another session for the cohort: exit 2, the running one is named and kept; --replace replaces it', async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number,codes-clock-drift', timeLimit: 20});
		const before = await readFile(db, 'utf8');

		const refused = await session(['start'], {db, cohort: 'helpdesk march', ids: 'outlook-2013-prompts'});
		expect(refused.code).toBe(2);
		expect(refused.stdout).toBe('');
		expect(refused.stderr).toMatch(/^mfadesk session: cohort Helpdesk March already has a running session \(since \d{4}-\d\d-\d\d \d\d:\d\d UTC: codes-wrong-number, codes-clock-drift; 20 minutes each\); nothing was changed\.\n/);
		expect(refused.stderr).toContain('--replace');
		expect(refused.stderr).toContain('mfadesk session end --cohort "Helpdesk March"');
		expect(await readFile(db, 'utf8')).toBe(before);

		const replaced = await session(['start'], {db, cohort: 'helpdesk march', ids: 'outlook-2013-prompts', replace: true});
		expect(replaced.code).toBe(0);
		expect(replaced.stderr).toContain('mfadesk: replaced the running session of cohort Helpdesk March (was: codes-wrong-number, codes-clock-drift; 20 minutes each)');
		expect(replaced.stdout).toContain('Training session for cohort Helpdesk March: 1 scenario, no time limit.');
		const data = await stored(db);
		expect(data.cohorts).toEqual([expect.objectContaining({name: 'Helpdesk March', scenarioIds: ['outlook-2013-prompts']})]);
		expect(data.sessions).toHaveLength(2);
	});

	test('--add adds scenarios to the running session and keeps its time limit', async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number', timeLimit: 20});
		const added = await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-clock-drift,codes-wrong-number', add: true});
		expect(added.code).toBe(0);
		expect(added.stderr).toContain('mfadesk: added codes-clock-drift to the running session of cohort Helpdesk March');
		expect((await stored(db)).cohorts[0]).toMatchObject({scenarioIds: ['codes-wrong-number', 'codes-clock-drift'], timeLimitMinutes: 20});
	});

	test('the same session again changes nothing and prints the instructions again', async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number', timeLimit: 20});
		const before = await readFile(db, 'utf8');
		const again = await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number', timeLimit: 20});
		expect(again.code).toBe(0);
		expect(again.stderr).toMatch(/^mfadesk: cohort Helpdesk March already runs this session \(since .* UTC\); nothing changed\.\n$/);
		expect(again.stdout).toContain('mfadesk play codes-wrong-number --trainee "<your name>" --cohort "Helpdesk March" --time-limit 20');
		expect(await readFile(db, 'utf8')).toBe(before);
	});
});

describe('mfadesk session list and end', () => {
	test('list shows each cohort with status, time limit, creation time and scenarios; --json the same as data', async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Night Shift', ids: 'codes-clock-drift'});
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number,codes-clock-drift', timeLimit: 20});
		const listed = await session(['list'], {db});
		expect(listed.code).toBe(0);
		const lines = listed.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^COHORT\s+STATUS\s+TIME\s+CREATED\s+SCENARIOS$/);
		expect(lines[1]).toMatch(/^Helpdesk March\s+running\s+20 min\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+codes-wrong-number, codes-clock-drift$/);
		expect(lines[2]).toMatch(/^Night Shift\s+running\s+-\s+.* UTC\s+codes-clock-drift$/);

		const json = JSON.parse((await session(['list'], {db, json: true})).stdout) as {sessions: SessionListing[]};
		expect(json.sessions.map((each) => [each.cohort, each.status, each.timeLimit])).toEqual([
			['Helpdesk March', 'running', 20],
			['Night Shift', 'running', null],
		]);
	});

	test('list with no sessions says so on stderr and prints no table', async () => {
		const result = await session(['list'], {db: freshDb()});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('mfadesk: no training sessions yet.');
	});

	test('end closes the running session (reports keep it); a new start then needs no --replace', async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number'});
		const ended = await session(['end'], {db, cohort: 'helpdesk MARCH'});
		expect(ended.code).toBe(0);
		expect(ended.stderr).toBe('mfadesk: ended the session of cohort Helpdesk March (codes-wrong-number); its attempts stay in mfadesk report --cohort "Helpdesk March"\n');
		const cohort = (await stored(db)).cohorts[0]!;
		expect(cohort.endedAt).toEqual(expect.any(String));
		expect(cohort.scenarioIds).toEqual(['codes-wrong-number']);
		expect((await session(['list'], {db})).stdout).toMatch(/Helpdesk March\s+ended \d{4}-\d\d-\d\d/);

		const again = await session(['end'], {db, cohort: 'Helpdesk March'});
		expect(again.code).toBe(0);
		expect(again.stderr).toContain('already ended');

		const next = await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-clock-drift'});
		expect(next.code).toBe(0);
		expect((await stored(db)).cohorts[0]).not.toHaveProperty('endedAt');
	});

	test("merging a trainee's older copy of the progress does not reopen an ended session", async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number'});
		const traineeCopy = await stored(db);
		await session(['end'], {db, cohort: 'Helpdesk March'});
		const merged = mergeProgress([await stored(db), traineeCopy]);
		expect(merged.cohorts[0]!.endedAt).toEqual(expect.any(String));
		expect(mergeProgress([traineeCopy, await stored(db)]).cohorts[0]!.endedAt).toEqual(merged.cohorts[0]!.endedAt);
	});

	test('end or list of a cohort that has no session: exit 1, one sentence naming the cohorts that have one, no usage', async () => {
		const db = freshDb();
		await session(['start'], {db, cohort: 'Helpdesk March', ids: 'codes-wrong-number'});
		await session(['start'], {db, cohort: 'Night Shift', ids: 'codes-clock-drift'});
		const before = await readFile(db, 'utf8');
		const where = `in ${displayPath(db)}`;

		const typo = await session(['end'], {db, cohort: 'Helpdesk Marhc'});
		expect(typo).toEqual({code: 1, stdout: '', stderr: `mfadesk: no session for cohort "Helpdesk Marhc" ${where}; did you mean "Helpdesk March"? (cohorts with a session: Helpdesk March, Night Shift); nothing changed.\n`});
		const unknown = await session(['end'], {db, cohort: 'nosuch'});
		expect(unknown).toEqual({code: 1, stdout: '', stderr: `mfadesk: no session for cohort "nosuch" ${where}; cohorts with a session: Helpdesk March, Night Shift; nothing changed.\n`});
		expect(await readFile(db, 'utf8')).toBe(before);

		const listed = await session(['list'], {db, cohort: 'nosuch', json: true});
		expect(listed).toEqual({code: 1, stdout: '', stderr: `mfadesk: no session for cohort "nosuch" ${where}; cohorts with a session: Helpdesk March, Night Shift.\n`});
		const none = await session(['end'], {db: freshDb(), cohort: 'nosuch'});
		expect(none.code).toBe(1);
		expect(none.stderr).toMatch(/^mfadesk: no session for cohort "nosuch" in .*: no training session was started yet; nothing changed\.\n$/);
	});
});

describe('session commands and a --db file that is no progress file', () => {
	test('start, end and list refuse it, and it is never renamed, locked or written', async () => {
		const directory = path.join(temporary, 'wrong-path');
		await mkdir(directory);
		const notes = path.join(directory, 'notes.txt');
		await writeFile(notes, 'my notes\n');
		const refusal = `mfadesk: The file ${notes} given with --db is not an mfadesk progress file (not valid JSON: line 1, column 1: expected a value, found "m"); it was left as it is. Check the --db path: it takes an mfadesk progress file, or a new file name to start one.\n`;
		for (const [args, flags] of [
			[['start'], {cohort: 'a', ids: 'codes-wrong-number'}],
			[['end'], {cohort: 'a'}],
			[['list'], {}],
		] as Array<[string[], Partial<GlobalFlags>]>) {
			expect(await session(args, {db: notes, ...flags})).toEqual({code: 1, stdout: '', stderr: refusal});
		}

		expect(await readdir(directory)).toEqual(['notes.txt']);
		expect(await readFile(notes, 'utf8')).toBe('my notes\n');
	});

	test('list only reads a damaged progress file: left as it is, exit 1; start keeps it aside and goes on', async () => {
		const directory = path.join(temporary, 'damaged');
		await mkdir(directory);
		const db = path.join(directory, 'progress.json');
		await copyFile(path.join(fixturesDir, 'progress', 'corrupt-truncated.json'), db);
		const listed = await session(['list'], {db});
		expect(listed.code).toBe(1);
		expect(listed.stderr).toContain(`The progress file ${db} could not be used (not valid JSON: line 38, column 2:`);
		expect(await readdir(directory)).toEqual(['progress.json']);

		const started = await session(['start'], {db, cohort: 'a', ids: 'codes-wrong-number'});
		expect(started.code).toBe(0);
		expect(started.stderr).toMatch(/It was kept as .*progress\.json\.corrupt-[\dT:.Z-]+; mfadesk goes on with a new, empty progress file\./);
		expect((await readdir(directory)).sort()).toEqual(['progress.json', expect.stringMatching(/^progress\.json\.corrupt-/)]);
	});
});
