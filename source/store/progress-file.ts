import {constants} from 'node:fs';
import {copyFile, lstat, open, readFile, rename} from 'node:fs/promises';
import path from 'node:path';
import {Low} from 'lowdb';
import {JSONFile} from 'lowdb/node';
import {loadProgress} from '../domain/progress/migrations.js';
import type {ProgressData} from '../domain/progress/records.js';
import {describeJsonSyntaxError} from './json-syntax.js';
import {foreignJsonReason, mentionsSchemaVersion} from './progress-shape.js';

/**
 * What is in the progress file right now: `invalid` is a damaged progress file (it names `schemaVersion`,
 * or has the v0 lists, but does not validate); `foreign` is plainly something else (notes, another
 * program's JSON, a report), most likely a path typed by mistake.
 */
export type FileContents =
	| {readonly kind: 'ok'; readonly data: ProgressData; readonly migratedFrom?: number}
	| {readonly kind: 'absent'}
	| {readonly kind: 'invalid' | 'foreign'; readonly reason: string}
	| {readonly kind: 'newer'; readonly version: number};

/** A sentence for the user about the progress file, thrown when the store cannot go on. */
export class ProgressStoreError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = 'ProgressStoreError';
	}
}

function codeOf(error: unknown): string {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' ? code : 'I/O error';
}

async function exists(file: string): Promise<boolean> {
	try {
		await lstat(file);
		return true;
	} catch (error: unknown) {
		if (codeOf(error) === 'ENOENT') {
			return false;
		}

		throw error;
	}
}

function parsedOrNull(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return null; // Changed since lowdb read it: it is no object either way.
	}
}

/**
 * The progress file through lowdb's JSONFile adapter, built explicitly (the preset silently uses
 * memory under vitest). JSONFile writes through steno: the whole text to `.<name>.tmp` next to the
 * file, then a rename, so a reader or a killed writer only ever sees a complete file. steno creates
 * that temp file with the default mode, so it is created beforehand with mode 0600: steno truncates
 * it and the rename carries the mode over. Not safe across processes by itself: the store calls
 * read and write under its lock.
 */
export class ProgressFile {
	readonly file: string;
	readonly #db: Low<unknown>;

	constructor(file: string) {
		this.file = file;
		this.#db = new Low<unknown>(new JSONFile<unknown>(file), null);
	}

	/** Reads and validates the file (migrating older layouts in memory). Throws ProgressStoreError when it cannot be read at all. */
	async read(): Promise<FileContents> {
		// Low.read keeps the previous data when the file is missing: start from nothing every time.
		this.#db.data = null;
		try {
			await this.#db.read();
		} catch (error: unknown) {
			if (error instanceof SyntaxError) {
				return this.#notJson(error);
			}

			throw new ProgressStoreError(`Cannot read the progress file ${this.file} (${codeOf(error)}).`, {cause: error});
		}

		if (this.#db.data === null) {
			// Missing, or a falsy JSON value (null, false, 0, "") that lowdb ignores.
			const text = await this.#text();
			return text === undefined || text.trim() === '' ? {kind: 'absent'} : {kind: 'foreign', reason: foreignJsonReason(parsedOrNull(text)) ?? 'expected a JSON object'};
		}

		const foreign = foreignJsonReason(this.#db.data);
		return foreign === undefined ? loadProgress(this.#db.data) : {kind: 'foreign', reason: foreign};
	}

	/** Writes the data atomically with mode 0600. */
	async write(data: ProgressData): Promise<void> {
		const temporary = path.join(path.dirname(this.file), `.${path.basename(this.file)}.tmp`);
		const handle = await open(temporary, 'a', 0o600);
		try {
			await handle.chmod(0o600);
		} finally {
			await handle.close();
		}

		this.#db.data = data;
		await this.#db.write();
	}

	/** Renames the file to `<file>.corrupt-<timestamp>` (never over an existing file) and returns the new path. */
	async keepAside(now: Date): Promise<string> {
		const stamp = now.toISOString().replaceAll(':', '-');
		let aside = `${this.file}.corrupt-${stamp}`;
		for (let suffix = 2; await exists(aside); suffix++) {
			aside = `${this.file}.corrupt-${stamp}-${suffix}`;
		}

		await rename(this.file, aside);
		return aside;
	}

	/** Copies the file to `<file>.schema-v<n>.bak` before its first migrated write (an existing copy is kept). */
	async backUp(version: number): Promise<string> {
		const copy = `${this.file}.schema-v${version}.bak`;
		try {
			await copyFile(this.file, copy, constants.COPYFILE_EXCL);
		} catch (error: unknown) {
			if (codeOf(error) !== 'EEXIST') {
				throw error;
			}
		}

		return copy;
	}

	async #notJson(error: SyntaxError): Promise<FileContents> {
		const text = (await this.#text()) ?? '';
		if (text.trim() === '') {
			return {kind: 'absent'};
		}

		const reason = `not valid JSON: ${describeJsonSyntaxError(text, error)}`;
		return {kind: mentionsSchemaVersion(text) ? 'invalid' : 'foreign', reason};
	}

	async #text(): Promise<string | undefined> {
		try {
			return await readFile(this.file, 'utf8');
		} catch {
			return undefined;
		}
	}
}
