import {open} from 'node:fs/promises';
import path from 'node:path';
import type {ProgressData} from '../domain/progress/records.js';
import {loadMergeInput} from '../domain/progress/report-json.js';
import {describeJsonSyntaxError, findJsonSyntaxError} from './json-syntax.js';
import {foreignJsonReason} from './progress-shape.js';

/** Larger inputs are refused before they are read. */
export const maxMergeInputBytes = 64 * 1024 * 1024;

/** One merge input, read and validated, or a sentence saying why it cannot be used. */
export type MergeInput = {readonly ok: true; readonly data: ProgressData} | {readonly ok: false; readonly message: string};

function codeOf(error: unknown): string {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' ? code : 'read error';
}

async function readText(file: string): Promise<string> {
	const handle = await open(file, 'r');
	try {
		const stats = await handle.stat();
		if (!stats.isFile()) {
			throw Object.assign(new Error('not a regular file'), {code: 'not a regular file'});
		}

		if (stats.size > maxMergeInputBytes) {
			throw Object.assign(new Error('too large'), {code: `${stats.size} bytes; the limit is ${maxMergeInputBytes}`});
		}

		return await handle.readFile({encoding: 'utf8'});
	} finally {
		await handle.close();
	}
}

/**
 * Reads a progress file or a JSON report for `report --merge`, read-only: inputs are never locked,
 * migrated on disk or moved aside (they are someone else's files).
 */
export async function readMergeInput(file: string): Promise<MergeInput> {
	let text: string;
	try {
		text = await readText(file);
	} catch (error: unknown) {
		return {ok: false, message: codeOf(error) === 'ENOENT' ? `${file}: not found` : `${file}: cannot read it (${codeOf(error)})`};
	}

	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error: unknown) {
		const extension = path.extname(file).toLowerCase();
		const hint = extension === '.csv' || extension === '.md' ? '; CSV and Markdown reports hold no attempts: merge progress files or `--format json` reports' : '';
		const where = findJsonSyntaxError(text);
		const located = where === undefined ? `${file}: not valid JSON (${describeJsonSyntaxError(text, error)})` : `${file}:${where.line}:${where.column}: not valid JSON: ${where.message}`;
		return {ok: false, message: `${located}${hint}`};
	}

	const foreign = foreignJsonReason(raw, {reports: true});
	if (foreign !== undefined) {
		return {ok: false, message: `${file}: not a progress file or JSON report (${foreign})`};
	}

	const loaded = loadMergeInput(raw);
	switch (loaded.kind) {
		case 'ok': {
			return {ok: true, data: loaded.data};
		}

		case 'newer': {
			return {ok: false, message: `${file}: written by a newer mfadesk (schema v${loaded.version}); update mfadesk to merge it`};
		}

		case 'invalid': {
			return {ok: false, message: `${file}: not a progress file or JSON report (${loaded.reason})`};
		}
	}
}
