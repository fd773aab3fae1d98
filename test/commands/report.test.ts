import {copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {Writable} from 'node:stream';
import type {CommandContext, GlobalFlags} from '../../source/commands/command.js';
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

	test('filters that match nothing say so on stderr', async () => {
		const result = await run([], {db: sample, cohort: 'Evening Class'});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('No attempts recorded yet.');
		expect(result.stderr).toBe('mfadesk: no attempts match the filters.\n');
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

		const json = await run([path.join(machines, 'ana.json'), sample], {merge: true, format: 'json', cohort: 'Helpdesk March'});
		await writeFile(path.join(machines, 'cohort.json'), json.stdout);
		const again = await run([path.join(machines, 'cohort.json')], {merge: true, format: 'json', cohort: 'Helpdesk March'});
		expect(again.stdout).toBe(json.stdout);
	});

	test('--merge refuses inputs it cannot use, naming each, and merges nothing', async () => {
		const csv = path.join(temporary, 'export.csv');
		await copyFile(path.join(fixtures, 'sample-report.csv'), csv);
		const result = await run([csv, path.join(fixtures, 'newer-schema.json'), path.join(temporary, 'missing.json'), sample], {merge: true});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')).toEqual([
			expect.stringMatching(new RegExp(`^mfadesk report: ${csv}: not valid JSON \\(.*\\); CSV and Markdown reports hold no attempts: merge progress files or \`--format json\` reports$`)),
			`mfadesk report: ${path.join(fixtures, 'newer-schema.json')}: written by a newer mfadesk (schema v2); update mfadesk to merge it`,
			`mfadesk report: ${path.join(temporary, 'missing.json')}: cannot read it (ENOENT)`,
			'mfadesk report: nothing merged.',
			'',
		]);
	});

	test('a corrupt progress file is kept aside with a notice and the report goes on, empty', async () => {
		const directory = path.join(temporary, 'corrupt');
		await mkdir(directory);
		const db = path.join(directory, 'progress.json');
		await copyFile(path.join(fixtures, 'corrupt-truncated.json'), db);
		const result = await run([], {db});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('No attempts recorded yet.');
		const [aside] = (await readdir(directory)).filter((name) => name.startsWith('progress.json.corrupt-'));
		expect(result.stderr).toMatch(new RegExp(`^mfadesk: The progress file ${db} could not be used \\(not valid JSON .*\\)\\. It was kept as ${path.join(directory, aside!)}; mfadesk goes on with a new, empty progress file\\.\\n$`));
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
