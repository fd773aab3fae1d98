import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {upsertAttempt} from '../../source/domain/progress/progress-changes.js';
import {emptyProgress, type AttemptRecord} from '../../source/domain/progress/records.js';
import {resolveProgressLocation} from '../../source/store/progress-location.js';
import {openProgressStore, ProgressStoreError, type ProgressStore} from '../../source/store/progress-store.js';
import {repositoryRoot} from './compile-store.js';

const fixtures = path.join(repositoryRoot, 'fixtures', 'progress');
const fixedNow = () => new Date('2026-03-16T10:00:00.000Z');
let temporary = '';
let counter = 0;

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-store-'));
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

/** A fresh directory per test, optionally holding a copy of a fixture as progress.json. */
async function place(fixture?: string): Promise<string> {
	const directory = path.join(temporary, `case-${++counter}`);
	await mkdir(directory);
	const file = path.join(directory, 'progress.json');
	if (fixture) {
		await copyFile(path.join(fixtures, fixture), file);
	}

	return file;
}

async function open(file: string, notices: string[] = []): Promise<ProgressStore> {
	return openProgressStore({kind: 'file', path: file}, {onNotice: (message) => notices.push(message), now: fixedNow});
}

function attempt(id: string, trainee = 'Ana Ruiz'): AttemptRecord {
	const at = '2026-03-16T09:00:00.000Z';
	return {id, trainee, scenarioId: 'codes-wrong-number', scenarioHash: 'sha256:x', seed: '1', transcript: [], hintsRevealed: 0, elapsedMs: 0, startedAt: at, updatedAt: at, inProgress: true, redFlags: []};
}

describe('progress store on a real directory', () => {
	test('round trip: what one store writes, a new store reads back', async () => {
		const file = await place();
		const first = await open(file);
		await first.update((data) => upsertAttempt(data, attempt('a-1')));
		await first.update((data) => upsertAttempt(data, attempt('a-2', 'Ben Okafor')));
		const second = await open(file);
		const data = await second.read();
		expect(data.attempts.map((each) => each.id)).toEqual(['a-1', 'a-2']);
		expect(data.trainees.map((each) => each.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(data);
	});

	test('creates missing parent directories; the file is 0600 after every write, the directory 0700', async () => {
		const file = path.join(temporary, 'deep', 'er', 'progress.json');
		const store = await open(file);
		await expect(stat(file)).rejects.toThrow(/ENOENT/);
		for (const id of ['a-1', 'a-2', 'a-3']) {
			await store.update((data) => upsertAttempt(data, attempt(id)));
			expect((await stat(file)).mode & 0o777).toBe(0o600);
		}

		expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
		expect(await readdir(path.dirname(file))).toEqual(['progress.json']);
	});

	test('a change that returns its input writes nothing (reading never creates the file)', async () => {
		const file = await place();
		const store = await open(file);
		expect(await store.update((data) => data)).toEqual(emptyProgress());
		await expect(stat(file)).rejects.toThrow(/ENOENT/);
	});

	test('an empty file counts as no progress yet', async () => {
		const file = await place();
		await writeFile(file, '\n');
		const notices: string[] = [];
		expect(await (await open(file, notices)).read()).toEqual(emptyProgress());
		expect(notices).toEqual([]);
	});

	test('a v0 file is migrated in memory, then written as v1 with a backup of the original', async () => {
		const file = await place('v0-draft.json');
		const notices: string[] = [];
		const store = await open(file, notices);
		const read = await store.read();
		expect(read.attempts.map((each) => [each.id, each.scenarioId, each.outcome, each.score?.total, each.elapsedMs])).toEqual([
			['legacy-1', 'codes-wrong-number', 'passed', 80, 750_000],
			['legacy-2', 'codes-clock-drift', undefined, undefined, 0],
		]);
		expect(JSON.parse(await readFile(file, 'utf8'))).not.toHaveProperty('schemaVersion');

		await store.update((data) => upsertAttempt(data, attempt('a-new')));
		const written = JSON.parse(await readFile(file, 'utf8')) as {schemaVersion: number; attempts: unknown[]};
		expect(written.schemaVersion).toBe(1);
		expect(written.attempts).toHaveLength(3);
		expect(await readFile(`${file}.schema-v0.bak`, 'utf8')).toBe(await readFile(path.join(fixtures, 'v0-draft.json'), 'utf8'));
		expect(notices).toEqual([`The progress file ${file} was upgraded from schema v0; the old file is kept as ${file}.schema-v0.bak.`]);
	});

	test.each([
		['corrupt-truncated.json', /not valid JSON/],
		['invalid-shape.json', /attempts\[0\]\.score\.total: Invalid input: expected number, received string/],
	])('%s is kept aside, the user is told where, and the app starts fresh', async (fixture, reason) => {
		const file = await place(fixture);
		const original = await readFile(file, 'utf8');
		const notices: string[] = [];
		const store = await open(file, notices);
		const aside = `${file}.corrupt-2026-03-16T10-00-00.000Z`;
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(reason);
		expect(notices[0]).toContain(`It was kept as ${aside}; mfadesk goes on with a new, empty progress file.`);
		expect(await readFile(aside, 'utf8')).toBe(original);
		expect(await store.read()).toEqual(emptyProgress());
		await store.update((data) => upsertAttempt(data, attempt('a-1')));
		expect((await store.read()).attempts).toHaveLength(1);
		expect(await readFile(aside, 'utf8')).toBe(original);
	});

	test('a file named with --db that is plainly no progress file is refused, never renamed, locked or written', async () => {
		const cases = [
			['notes.txt', 'my notes\n', 'not valid JSON: line 1, column 1: expected a value, found "m"'],
			['package.json', '{"name": "x", "version": "1.0.0"}', 'JSON without schemaVersion; its top-level fields: name, version'],
			['list.json', '[1, 2]', 'the JSON holds a list, not an object with schemaVersion'],
			['zero.json', '0', 'the JSON holds a number, not an object with schemaVersion'],
			['ana.json', '{"format": "mfadesk-report", "version": 1}', 'it is an mfadesk JSON report, not a progress file; report --merge reads reports'],
		] as const;
		for (const [name, text, reason] of cases) {
			const file = path.join(path.dirname(await place()), name);
			await writeFile(file, text);
			const opening = openProgressStore({kind: 'file', path: file, chosenWith: '--db'}, {now: fixedNow});
			await expect(opening).rejects.toThrow(`The file ${file} given with --db is not an mfadesk progress file (${reason}); it was left as it is.`);
			expect(await readdir(path.dirname(file))).toEqual([name]);
			expect(await readFile(file, 'utf8')).toBe(text);
		}
	});

	test('a damaged progress file named with --db is still kept aside (it is a progress file), as is anything at the default path', async () => {
		const chosen = await place('invalid-shape.json');
		const notices: string[] = [];
		await openProgressStore({kind: 'file', path: chosen, chosenWith: '--db'}, {onNotice: (message) => notices.push(message), now: fixedNow});
		expect(notices[0]).toContain(`It was kept as ${chosen}.corrupt-2026-03-16T10-00-00.000Z;`);

		const unchosen = await place();
		await writeFile(unchosen, 'my notes\n');
		const more: string[] = [];
		await open(unchosen, more);
		expect(more).toEqual([
			`The progress file ${unchosen} could not be used (not valid JSON: line 1, column 1: expected a value, found "m"). It was kept as ${unchosen}.corrupt-2026-03-16T10-00-00.000Z; mfadesk goes on with a new, empty progress file.`,
		]);
	});

	test('a v0 draft named with --db is a progress file: migrated as before', async () => {
		const file = await place('v0-draft.json');
		const store = await openProgressStore({kind: 'file', path: file, chosenWith: '--db'});
		expect((await store.read()).attempts).toHaveLength(2);
	});

	test('a second corrupt file in the same millisecond never overwrites the first one kept aside', async () => {
		const file = await place('corrupt-truncated.json');
		await open(file);
		await writeFile(file, '{"schemaVersion": 1, "trainees": 3}');
		const notices: string[] = [];
		await open(file, notices);
		expect(notices[0]).toContain(`It was kept as ${file}.corrupt-2026-03-16T10-00-00.000Z-2;`);
		expect((await readdir(path.dirname(file))).sort()).toEqual(['progress.json.corrupt-2026-03-16T10-00-00.000Z', 'progress.json.corrupt-2026-03-16T10-00-00.000Z-2']);
	});

	test('a file from a newer mfadesk is refused and left untouched', async () => {
		const file = await place('newer-schema.json');
		const before = await readFile(file, 'utf8');
		await expect(open(file)).rejects.toThrow(ProgressStoreError);
		await expect(open(file)).rejects.toThrow(`The progress file ${file} was written by a newer mfadesk (schema v2); this version leaves it untouched.`);
		expect(await readFile(file, 'utf8')).toBe(before);
	});

	test('a path that cannot be used gives a sentence, not a stack trace', async () => {
		const blocker = await place();
		await writeFile(blocker, 'a file where a directory should be');
		await expect(open(path.join(blocker, 'progress.json'))).rejects.toThrow(`Cannot read the progress file ${path.join(blocker, 'progress.json')} (ENOTDIR).`);

		const file = await place();
		await mkdir(`${file}.lock`);
		const store = await open(file);
		await expect(store.update((data) => upsertAttempt(data, attempt('a-1')))).rejects.toThrow(`Cannot write the progress file ${file} (EISDIR). Use --db <file> for another location, or --no-save.`);
	});

	test('calls on one store run in call order; two stores in one process both keep their records', async () => {
		const file = await place();
		const [left, right] = [await open(file), await open(file)];
		await Promise.all(Array.from({length: 20}, async (_, index) => (index % 2 === 0 ? left : right).update((data) => upsertAttempt(data, attempt(`a-${index}`)))));
		expect((await left.read()).attempts).toHaveLength(20);
	});
});

describe('where progress lives', () => {
	test('--no-save keeps progress in memory', async () => {
		expect(resolveProgressLocation({db: 'x.json', save: false, env: {MFADESK_DB: 'y.json'}})).toEqual({kind: 'memory'});
		const store = await openProgressStore({kind: 'memory'});
		await store.update((data) => upsertAttempt(data, attempt('a-1')));
		expect((await store.read()).attempts).toHaveLength(1);
	});

	test('--db wins over MFADESK_DB, which wins over the data directory; relative paths are resolved', () => {
		expect(resolveProgressLocation({db: 'class.json', save: true, env: {MFADESK_DB: '/srv/other.json'}})).toEqual({kind: 'file', path: path.resolve('class.json'), chosenWith: '--db'});
		expect(resolveProgressLocation({save: true, env: {MFADESK_DB: '/srv/other.json'}})).toEqual({kind: 'file', path: path.resolve('/srv/other.json'), chosenWith: 'MFADESK_DB'});
		const fallback = resolveProgressLocation({save: true, env: {MFADESK_DB: ''}});
		expect(fallback.kind === 'file' && fallback.path).toMatch(/mfadesk[/\\](?:Data[/\\])?progress\.json$/);
		expect(fallback.kind === 'file' && fallback.path).not.toMatch(/nodejs/);
		expect(fallback).not.toHaveProperty('chosenWith');
	});
});
