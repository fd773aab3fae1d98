import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs';
import {open, readdir} from 'node:fs/promises';
import path from 'node:path';
import type {ScenarioIssue} from '../scenario/issues.js';
import {scenarioLimits} from '../scenario/limits.js';
import type {SourceFormat} from '../scenario/source-document.js';
import {suggest} from '../scenario/suggest.js';

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

/** What a steps file (for `mfadesk run --solution`) may hold at its top level; `steps` makes a file one. */
const stepsFileKeys: ReadonlySet<string> = new Set(['$schema', 'name', 'note', 'steps']);

const yamlKey = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]-][^#]*?))[ \t]*:(?:\s|$)/;

/**
 * The keys of a YAML block mapping at the top of a document (or of a JSON object), read without a YAML
 * parser; undefined when the text is something else (a sequence, a flow mapping, several documents).
 */
export function topLevelKeys(text: string, format: SourceFormat): string[] | undefined {
	if (format === 'json') {
		try {
			const value: unknown = JSON.parse(text);
			return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : undefined;
		} catch {
			return undefined;
		}
	}

	const keys: string[] = [];
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		if (/^(?:\s|#|%|$)/.test(line) || (line.startsWith('---') && keys.length === 0)) {
			continue; // Indented (nested) lines, comments, directives and blank lines; a leading document start.
		}

		if (line.startsWith('- ') || line === '-') {
			if (keys.length === 0) {
				return undefined; // A top-level sequence.
			}

			continue; // A block sequence written at column 0 as the value of the key above.
		}

		const match = yamlKey.exec(line);
		if (!match) {
			return undefined; // A flow mapping, a second document, or not YAML this reader knows.
		}

		keys.push(match[1] ?? match[2]?.replaceAll("''", "'") ?? match[3]!);
	}

	return keys;
}

/** True when the text is a steps file: a mapping with `steps:` and nothing a scenario has (no id, title, tenant ...). */
export function isStepsFileText(text: string, format: SourceFormat): boolean {
	const keys = topLevelKeys(text, format);
	return keys !== undefined && keys.includes('steps') && keys.every((key) => stepsFileKeys.has(key));
}

/** True when the file is a YAML or JSON steps file (read synchronously: a few hundred bytes). */
export function isStepsFile(file: string): boolean {
	const format = formatOf(file);
	const read = format === undefined ? undefined : readLimitedTextSync(file);
	return format !== undefined && read?.ok === true && isStepsFileText(read.text, format);
}

/** `<path>: not found`, with `; did you mean "<path>"?` when a name in the same directory is close (a typo). */
export async function notFoundMessage(file: string): Promise<string> {
	const directory = path.dirname(file);
	const names = await readdir(directory).catch(() => []);
	const close = suggest(path.basename(file), names);
	return `${file}: not found${close.startsWith(';') ? close.replace(/"([^"]*)"/, (_match, name: string) => `"${path.join(directory, name)}"`) : ''}`;
}
