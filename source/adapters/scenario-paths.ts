import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs';
import {open, readdir} from 'node:fs/promises';
import path from 'node:path';
import type {ScenarioIssue} from '../scenario/issues.js';
import {scenarioLimits} from '../scenario/limits.js';
import type {SourceFormat} from '../scenario/source-document.js';

/**
 * The light part of reading scenario files: names, formats and size-limited reads. Nothing here imports the
 * YAML parser or the schema, so `mfadesk list` and `--version` stay cheap (DESIGN section 7).
 */

const extensions = new Map<string, SourceFormat>([
	['.yaml', 'yaml'],
	['.yml', 'yaml'],
	['.json', 'json'],
]);

/** An issue about a whole file (line 1, column 1). */
export function fileIssue(file: string, message: string): ScenarioIssue {
	return {file, line: 1, column: 1, path: '', message};
}

/** The format a file name implies, or undefined for other extensions. */
export function formatOf(file: string): SourceFormat | undefined {
	return extensions.get(path.extname(file).toLowerCase());
}

/**
 * Reads a text file of at most the scenario size limit. The size is checked on the open handle before
 * reading, so a huge file is refused without loading it. Never throws.
 */
export async function readLimitedText(file: string): Promise<{readonly ok: true; readonly text: string} | {readonly ok: false; readonly issues: readonly ScenarioIssue[]}> {
	try {
		const handle = await open(file, 'r');
		try {
			const {size, isFile} = await handle.stat().then((stats) => ({size: stats.size, isFile: stats.isFile()}));
			if (!isFile) {
				return {ok: false, issues: [fileIssue(file, 'is not a regular file')]};
			}

			const limit = scenarioLimits.maxFileBytes;
			if (size > limit) {
				return {ok: false, issues: [fileIssue(file, `file is ${size} bytes; the limit is ${limit} bytes (${limit / 1024} KiB): split it or trim it`)]};
			}

			return {ok: true, text: await handle.readFile({encoding: 'utf8'})};
		} finally {
			await handle.close();
		}
	} catch (error: unknown) {
		const code = (error as {code?: unknown}).code;
		return {ok: false, issues: [fileIssue(file, `cannot read the file (${typeof code === 'string' ? code : 'read error'})`)]};
	}
}

/**
 * `readLimitedText`, synchronously: for many small files read at once (listing the pack, loading one fixture
 * while a scenario is checked), where thread-pool round trips cost more than the reads. Never throws.
 */
export function readLimitedTextSync(file: string): {readonly ok: true; readonly text: string} | {readonly ok: false; readonly issues: readonly ScenarioIssue[]} {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(file, 'r');
		const stats = fstatSync(descriptor);
		const limit = scenarioLimits.maxFileBytes;
		if (!stats.isFile()) {
			return {ok: false, issues: [fileIssue(file, 'is not a regular file')]};
		}

		if (stats.size > limit) {
			return {ok: false, issues: [fileIssue(file, `file is ${stats.size} bytes; the limit is ${limit} bytes (${limit / 1024} KiB): split it or trim it`)]};
		}

		return {ok: true, text: readFileSync(descriptor, 'utf8')};
	} catch (error: unknown) {
		const code = (error as {code?: unknown}).code;
		return {ok: false, issues: [fileIssue(file, `cannot read the file (${typeof code === 'string' ? code : 'read error'})`)]};
	} finally {
		if (descriptor !== undefined) {
			closeSync(descriptor);
		}
	}
}

/** The .yaml, .yml and .json files directly inside a directory, sorted by name; none when it cannot be read. */
export async function listScenarioFiles(directory: string): Promise<string[]> {
	const entries = await readdir(directory, {withFileTypes: true}).catch(() => []);
	return entries
		.filter((entry) => entry.isFile() && formatOf(entry.name) !== undefined)
		.map((entry) => path.join(directory, entry.name))
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
