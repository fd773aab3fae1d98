import {scenarioTopics, type ScenarioTopic} from './scenario-topics.js';
import type {SourceFormat} from './source-document.js';

/** The fields of a scenario that a listing shows. */
export type ScenarioHeader = {
	readonly id: string;
	readonly title: string;
	readonly topic: ScenarioTopic;
	readonly difficulty: number;
	readonly timeLimit?: number;
	readonly par: number;
};

const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A top-level line of one of the header keys (a key at column 0 belongs to the top-level map). */
const headerLine = /^(id|title|topic|difficulty|timeLimit|par)[ \t]*:(?:[ \t]+(.*))?$/gm;
const nonString = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[\dA-Fa-f]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A one-line YAML scalar: plain, 'single' or "double" quoted, with an optional trailing comment. */
function scalar(text: string): {readonly value: string; readonly quoted: boolean} | undefined {
	const trimmed = text.trim();
	const first = trimmed[0];
	if (first === "'") {
		const match = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(trimmed);
		return match ? {value: match[1]!.replaceAll("''", "'"), quoted: true} : undefined;
	}

	if (first === '"') {
		const match = /^("(?:[^"\\]|\\.)*")[ \t]*(?:#.*)?$/.exec(trimmed);
		try {
			return match ? {value: JSON.parse(match[1]!) as string, quoted: true} : undefined;
		} catch {
			return undefined;
		}
	}

	const value = trimmed.replace(/[ \t]+#.*$/, '');
	// Anything with YAML syntax in it (block scalars, flow collections, anchors, tags, maps) is left to the parser.
	return value === '' || /^[|>&*!{[@`%,?:-]/.test(value) || /:[ \t]|[ \t]#/.test(value) ? undefined : {value, quoted: false};
}

/** The first line after `offset` that is neither blank nor a comment, or undefined at the end of the text. */
function nextContentLine(text: string, offset: number): string | undefined {
	let start = text.indexOf('\n', offset);
	while (start !== -1) {
		const end = text.indexOf('\n', start + 1);
		const line = text.slice(start + 1, end === -1 ? undefined : end);
		const trimmed = line.trim();
		if (trimmed !== '' && !trimmed.startsWith('#')) {
			return line;
		}

		start = end;
	}

	return undefined;
}

function fromYaml(text: string): Record<string, unknown> | undefined {
	if (/^(?:---|\.\.\.|%)/m.test(text)) {
		return undefined;
	}

	const fields: Record<string, unknown> = {};
	for (const match of text.matchAll(headerLine)) {
		const key = match[1]!;
		const parsed = scalar(match[2] ?? '');
		const next = nextContentLine(text, match.index + match[0].length);
		if (!parsed || Object.hasOwn(fields, key) || (next !== undefined && /^[ \t]/.test(next))) {
			// Multi-line values, duplicate keys and anything unusual: not for the fast path.
			return undefined;
		}

		fields[key] = parsed.quoted || !nonString.test(parsed.value) ? parsed.value : /^\d+$/.test(parsed.value) ? Number(parsed.value) : null;
	}

	return fields;
}

function fromJson(text: string): Record<string, unknown> | undefined {
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

function whole(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Reads just the header of a scenario file (id, title, topic, difficulty, time limit, par) without the YAML
 * parser or the schema, for `mfadesk list`. Returns undefined whenever it cannot be sure the values are what the
 * full loader would read (multi-line or unusual YAML, a missing or out-of-range field, an id that is not the
 * file name): the caller then validates the file fully. It never checks the rest of the file.
 */
export function readScenarioHeader(text: string, options: {readonly stem: string; readonly format: SourceFormat}): ScenarioHeader | undefined {
	const fields = options.format === 'json' ? fromJson(text) : fromYaml(text.replace(/^\uFEFF/, ''));
	if (!fields) {
		return undefined;
	}

	const {id, title, topic, difficulty, timeLimit, par} = fields;
	const valid =
		id === options.stem &&
		kebabId.test(id) &&
		typeof title === 'string' &&
		title.length > 0 &&
		title.length <= 200 &&
		scenarioTopics.includes(topic as ScenarioTopic) &&
		whole(difficulty, 1, 5) &&
		(timeLimit === undefined || whole(timeLimit, 1, 480)) &&
		whole(par, 1, 100);
	return valid && typeof id === 'string' && id.length <= 80 ? {id, title, topic: topic as ScenarioTopic, difficulty, ...(timeLimit === undefined ? {} : {timeLimit}), par} : undefined;
}
