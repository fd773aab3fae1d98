import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {emptyProgress} from '../../source/domain/progress/records.js';
import {openProgressReader} from '../../source/store/progress-reader.js';
import {ProgressStoreError} from '../../source/store/progress-store.js';
import {repositoryRoot} from './compile-store.js';

const fixtures = path.join(repositoryRoot, 'fixtures', 'progress');
let temporary = '';
let counter = 0;

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-reader-'));
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

/** A fresh directory holding `name`, copied from a fixture or written from text. */
async function place(name: string, content: {readonly fixture: string} | {readonly text: string}): Promise<string> {
	const directory = path.join(temporary, `case-${++counter}`);
	await mkdir(directory);
	const file = path.join(directory, name);
	await ('fixture' in content ? copyFile(path.join(fixtures, content.fixture), file) : writeFile(file, content.text));
	return file;
}

describe('reading progress for a command that only reads', () => {
	test('a progress file reads as the store reads it; a missing file is empty progress and is not created', async () => {
		const file = await place('progress.json', {fixture: 'sample-classroom.json'});
		expect((await (await openProgressReader({kind: 'file', path: file})).read()).attempts).toHaveLength(8);
		const missing = path.join(path.dirname(file), 'none', 'progress.json');
		expect(await (await openProgressReader({kind: 'file', path: missing})).read()).toEqual(emptyProgress());
		expect(await readdir(path.dirname(file))).toEqual(['progress.json']);
	});

	test.each([
		['the default file, damaged', 'corrupt-truncated.json', undefined, 'could not be used (not valid JSON: line 38, column 2: expected a double-quoted field name, found the end of the file). It was only read'],
		['the default file, invalid records', 'invalid-shape.json', undefined, 'could not be used (attempts[0].score.total: Invalid input: expected number, received string)'],
		['a --db file, damaged (it is still a progress file)', 'corrupt-truncated.json', '--db', 'could not be used (not valid JSON: line 38,'],
		['a newer file', 'newer-schema.json', undefined, 'was written by a newer mfadesk (schema v2); this version leaves it untouched.'],
	] as const)('%s: a sentence saying where, and the file is never moved, written or locked', async (_, fixture, chosenWith, sentence) => {
		const file = await place('progress.json', {fixture});
		const before = await readFile(file, 'utf8');
		const opening = openProgressReader({kind: 'file', path: file, ...(chosenWith === undefined ? {} : {chosenWith})});
		await expect(opening).rejects.toThrow(ProgressStoreError);
		await expect(opening).rejects.toThrow(`The progress file ${file} ${sentence}`);
		expect(await readdir(path.dirname(file))).toEqual(['progress.json']);
		expect(await readFile(file, 'utf8')).toBe(before);
	});

	test('a file named with --db or MFADESK_DB that is no progress file: refused as such, left as it is', async () => {
		const notes = await place('notes.txt', {text: 'my notes\n'});
		await expect(openProgressReader({kind: 'file', path: notes, chosenWith: '--db'})).rejects.toThrow(
			`The file ${notes} given with --db is not an mfadesk progress file (not valid JSON: line 1, column 1: expected a value, found "m"); it was left as it is. Check the --db path: it takes an mfadesk progress file, or a new file name to start one.`,
		);
		await expect(openProgressReader({kind: 'file', path: notes, chosenWith: 'MFADESK_DB'})).rejects.toThrow('Check MFADESK_DB: it names an mfadesk progress file');
		expect(await readdir(path.dirname(notes))).toEqual(['notes.txt']);
	});
});
