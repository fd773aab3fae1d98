import {copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {Writable} from 'node:stream';
import type {CommandContext, GlobalFlags} from '../../source/commands/command.js';
import {displayPath} from '../../source/commands/command-support.js';
import {reportCommand} from '../../source/commands/report.js';
import {fixturesDir, flags, runCommand} from './command-harness.js';

const fixtures = path.join(fixturesDir, 'progress');
let temporary = '';
let sample = '';

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-report-'));
	sample = path.join(temporary, 'classroom', 'progress.json');
	await mkdir(path.dirname(sample));
	await copyFile(path.join(fixtures, 'sample-classroom.json'), sample);
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

async function run(args: readonly string[], overrides: Partial<GlobalFlags>) {
	return runCommand(reportCommand, args, overrides);
}

/** The harness runs with an empty environment; this checks that MFADESK_DB reaches the store. */
async function runWithEnvironment(env: NodeJS.ProcessEnv): Promise<{code: number; stdout: string; stderr: string}> {
	const text = {stdout: '', stderr: ''};
	const capture = (key: keyof typeof text) =>
		new Writable({
			write(chunk: Buffer, _encoding, done) {
				text[key] += chunk.toString();
				done();
			},
		}) as unknown as CommandContext['stdout'];
	const context = {args: [], flags: flags(), stdout: capture('stdout'), stderr: capture('stderr'), stdin: process.stdin, env, fixturesDir, version: '0.0.0-test'};
	const code = await reportCommand(context);
	return {code, ...text};
}

describe('mfadesk report', () => {
	test('Markdown by default, from MFADESK_DB: the README sample is this output', async () => {
		const result = await runWithEnvironment({MFADESK_DB: sample});
		expect(result).toEqual({code: 0, stdout: await readFile(path.join(fixtures, 'sample-report.md'), 'utf8'), stderr: ''});
	});

	test('--format csv and --format json (or --json) write data only to stdout', async () => {
		const csv = await run([], {format: 'csv', db: sample});
		expect(csv.stdout).toBe(await readFile(path.join(fixtures, 'sample-report.csv'), 'utf8'));
		const json = await run([], {json: true, db: sample, trainee: 'ben okafor'});
		const document = JSON.parse(json.stdout) as {filters: unknown; rows: Array<{scenarioId: string; status: string}>};
		expect(document.filters).toEqual({trainee: 'Ben Okafor', cohort: null});
		expect(document.rows.map((row) => `${row.scenarioId}: ${row.status}`)).toEqual(['codes-clock-drift: not started', 'codes-wrong-number: passed', 'outlook-2013-prompts: in progress']);
		expect(json.stderr).toBe('');
	});

	test('a cohort and a trainee that exist but never met: an empty report, said on stderr (exit 0)', async () => {
		const result = await run([], {db: sample, cohort: 'Helpdesk March', trainee: 'Dana Kim'});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('No attempts recorded yet.');
		expect(result.stderr).toBe('mfadesk: no attempts match the filters.\n');
	});

	test('a --cohort or --trainee the progress does not hold: exit 1, one sentence naming who it holds, nothing on stdout', async () => {
		const where = `in ${displayPath(sample)}`;
		const cohort = await run([], {db: sample, cohort: 'Evening Class'});
		expect(cohort).toEqual({code: 1, stdout: '', stderr: `mfadesk report: no cohort "Evening Class" ${where}; known cohorts: Helpdesk March\n`});

		const typo = await run([], {db: sample, cohort: 'helpdesk marhc', format: 'json'});
		expect(typo).toEqual({code: 1, stdout: '', stderr: `mfadesk report: no cohort "helpdesk marhc" ${where}; did you mean "Helpdesk March"?\n`});

		const trainee = await run([], {db: sample, trainee: 'ana ruis'});
		expect(trainee.code).toBe(1);
		expect(trainee.stderr).toBe(`mfadesk report: no trainee "ana ruis" ${where}; did you mean "Ana Ruiz"? (known trainees: Ana Ruiz, Ben Okafor, Chen Wei, Dana Kim)\n`);

		const both = await run([], {db: sample, trainee: 'Zed', cohort: 'Nights'});
		expect(both.stderr.split('\n')).toEqual([
			`mfadesk report: no cohort "Nights" ${where}; known cohorts: Helpdesk March`,
			`mfadesk report: no trainee "Zed" ${where}; known trainees: Ana Ruiz, Ben Okafor, Chen Wei, Dana Kim`,
			'',
		]);
	});

	test('an unknown cohort in merged files and in an empty progress file', async () => {
		const merged = await run([sample], {merge: true, cohort: 'Nights'});
		expect(merged.code).toBe(1);
		expect(merged.stderr).toContain(`mfadesk report: no cohort "Nights" in ${sample}; known cohorts: Helpdesk March\n`);

		const empty = path.join(temporary, 'never-played.json');
		const none = await run([], {db: empty, cohort: 'Nights'});
		expect(none).toEqual({code: 1, stdout: '', stderr: `mfadesk report: no cohort "Nights" in ${displayPath(empty)}: no cohorts are recorded yet\n`});
	});

	test('--merge combines a progress file and JSON exports from other machines, dropping duplicate attempts', async () => {
		const machines = path.join(temporary, 'machines');
		await mkdir(machines);
		// Ana's laptop exported her results; the classroom PC has everyone's progress file, Ana's included.
		const anaExport = await run([], {db: sample, trainee: 'Ana Ruiz', format: 'json'});
		await writeFile(path.join(machines, 'ana.json'), anaExport.stdout);
		const merged = await run([path.join(machines, 'ana.json'), sample], {merge: true, format: 'md'});
		expect(merged.code).toBe(0);
		expect(merged.stdout).toBe(await readFile(path.join(fixtures, 'sample-report.md'), 'utf8'));
		expect(merged.stderr).toBe('mfadesk: merged 2 files: 8 attempts (3 duplicates dropped), 4 trainees.\n');
		const one = await run([path.join(machines, 'ana.json')], {merge: true, trainee: 'Ana Ruiz', cohort: 'Helpdesk March'});
		expect(one.stderr).toBe('mfadesk: merged 1 file: 3 attempts (0 duplicates dropped), 1 trainee.\n');

		const json = await run([path.join(machines, 'ana.json'), sample], {merge: true, format: 'json', cohort: 'Helpdesk March'});
		await writeFile(path.join(machines, 'cohort.json'), json.stdout);
		const again = await run([path.join(machines, 'cohort.json')], {merge: true, format: 'json', cohort: 'Helpdesk March'});
		expect(again.stdout).toBe(json.stdout);
	});

	test('--merge refuses inputs it cannot use, naming each in one located line, and merges nothing', async () => {
		const csv = path.join(temporary, 'export.csv');
		await copyFile(path.join(fixtures, 'sample-report.csv'), csv);
		const notes = path.join(temporary, 'notes.txt');
		await writeFile(notes, 'my notes\nsecond line\n');
		const other = path.join(temporary, 'package.json');
		await writeFile(other, '{"name": "x", "version": "1.0.0"}\n');
		const result = await run([csv, notes, other, path.join(fixtures, 'newer-schema.json'), path.join(temporary, 'missing.json'), sample], {merge: true});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')).toEqual([
			`mfadesk report: ${csv}:1:10: not valid JSON: expected the end of the file after the JSON value, found ","; CSV and Markdown reports hold no attempts: merge progress files or \`--format json\` reports`,
			`mfadesk report: ${notes}:1:1: not valid JSON: expected a value, found "m"`,
			`mfadesk report: ${other}: not a progress file or JSON report (JSON without schemaVersion; its top-level fields: name, version)`,
			`mfadesk report: ${path.join(fixtures, 'newer-schema.json')}: written by a newer mfadesk (schema v2); update mfadesk to merge it`,
			`mfadesk report: ${path.join(temporary, 'missing.json')}: not found`,
			'mfadesk report: nothing merged.',
			'',
		]);
	});

	test('a damaged progress file is only read: named with where it failed, left as it is, exit 1', async () => {
		const directory = path.join(temporary, 'corrupt');
		await mkdir(directory);
		const db = path.join(directory, 'progress.json');
		await copyFile(path.join(fixtures, 'corrupt-truncated.json'), db);
		const before = await readFile(db, 'utf8');
		const result = await run([], {db});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			`mfadesk: The progress file ${db} could not be used (not valid JSON: line 38, column 2: expected a double-quoted field name, found the end of the file). ` +
				'It was only read and is left as it is; the next mfadesk command that saves progress keeps it aside as progress.json.corrupt-<time> and starts a new one.\n',
		);
		expect(await readdir(directory)).toEqual(['progress.json']);
		expect(await readFile(db, 'utf8')).toBe(before);
	});

	test('--db naming a file that is no progress file: refused, never renamed or written, exit 1', async () => {
		const directory = path.join(temporary, 'wrong-path');
		await mkdir(directory);
		const notes = path.join(directory, 'notes.txt');
		await writeFile(notes, 'my notes\n');
		const result = await run([], {db: notes});
		expect(result).toEqual({
			code: 1,
			stdout: '',
			stderr: `mfadesk: The file ${notes} given with --db is not an mfadesk progress file (not valid JSON: line 1, column 1: expected a value, found "m"); it was left as it is. Check the --db path: it takes an mfadesk progress file, or a new file name to start one.\n`,
		});
		expect(await readdir(directory)).toEqual(['notes.txt']);
		expect(await readFile(notes, 'utf8')).toBe('my notes\n');
	});

	test('--no-save reads nothing and says so', async () => {
		const result = await run([], {save: false, db: sample});
		expect(result.stdout).toContain('0 attempts');
		expect(result.stderr).toBe('mfadesk: --no-save: no progress file is read, so the report is empty.\n');
	});

	test.each([
		[[], {format: 'xlsx'}, 'unknown format "xlsx": use md, csv, json'],
		[['file.json'], {}, 'unexpected argument "file.json" (to combine files, use --merge <files...>)'],
		[[], {merge: true}, '--merge needs at least one file: progress files or `--format json` reports'],
		[[], {json: true, format: 'csv'}, '--json means --format json, but --format csv is given too: give one of them'],
	])('usage error %j %j', async (args, flags, problem) => {
		const result = await run(args, {db: sample, ...flags});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`mfadesk report: ${problem}\nUsage: mfadesk report [--format md|csv|json | --json]`);
		expect(result.stderr).toContain('       mfadesk report --merge <files...>');
		expect(result.stderr).toMatch(/Run mfadesk report --help for more\.\n$/);
	});

	test('--json with --format json agrees', async () => {
		const result = await run([], {db: sample, json: true, format: 'json'});
		expect(result.code).toBe(0);
		expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
	});
});
