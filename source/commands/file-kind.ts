import {stat} from 'node:fs/promises';
import {formatOf, isStepsFileText, readLimitedTextSync, topLevelKeys} from '../adapters/scenario-paths.js';

/**
 * What a path given on the command line plainly is, read from its name and top-level keys only (no YAML parser):
 * so a command given the wrong kind of file says what it got in one sentence, not as a schema's list of problems.
 */

/** Keys only a tenant fixture has at its top level; two of them make a file one (a broken one too). */
const tenantKeys: ReadonlySet<string> = new Set(['tenantId', 'securityDefaults', 'telephonyOptIns', 'defaultPassword', 'passwordHash', 'networks', 'personDefaults', 'users', 'people']);

/** Keys only a scenario has at its top level (`id` is shared with tenant fixtures). */
const scenarioKeys: ReadonlySet<string> = new Set(['title', 'topic', 'difficulty', 'startsAt', 'timeLimit', 'actor', 'ticket', 'variables', 'tenant', 'history', 'goal', 'redFlags', 'hints', 'par', 'solutions', 'wrongRemedies']);

/**
 * A path's kind: a `scenario` (it has a field only scenarios have), a `steps` file (for `run --solution`), a
 * `tenant` fixture, `yaml` of another kind (with its keys), `not-yaml` (another extension), `unknown` (the keys
 * could not be read without parsing: loading it says what is wrong), a `directory`, or `missing`.
 */
export type FileKind =
	| {readonly kind: 'scenario' | 'steps' | 'tenant' | 'not-yaml' | 'unknown' | 'directory' | 'missing'}
	| {readonly kind: 'yaml'; readonly keys: readonly string[]};

/** The kind of a file's contents (call it for files that exist). */
export function fileKindOf(file: string): FileKind {
	const format = formatOf(file);
	if (format === undefined) {
		return {kind: 'not-yaml'};
	}

	const read = readLimitedTextSync(file);
	const keys = read.ok ? topLevelKeys(read.text, format) : undefined;
	if (!read.ok || keys === undefined) {
		return {kind: 'unknown'};
	}

	if (keys.some((key) => scenarioKeys.has(key))) {
		return {kind: 'scenario'};
	}

	if (isStepsFileText(read.text, format)) {
		return {kind: 'steps'};
	}

	return keys.filter((key) => tenantKeys.has(key)).length >= 2 ? {kind: 'tenant'} : {kind: 'yaml', keys};
}

/** The kind of a path: a directory, missing, or what the file holds. */
export async function pathKindOf(entry: string): Promise<FileKind> {
	const info = await stat(entry).catch(() => undefined);
	if (info === undefined) {
		return {kind: 'missing'};
	}

	return info.isDirectory() ? {kind: 'directory'} : fileKindOf(entry);
}

function listed(names: readonly string[]): string {
	return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** What a YAML or JSON file of another kind holds, for messages: `its top-level fields: services, version`. */
export function describeFields(keys: readonly string[]): string {
	return keys.length === 0 ? 'it has no fields' : `its top-level fields: ${listed(keys)}`;
}

/** True when a path is plainly no scenario file: a steps file, a tenant fixture, other YAML, another extension, a directory. */
export function isPlainlyNoScenario(found: FileKind): boolean {
	return found.kind !== 'scenario' && found.kind !== 'unknown' && found.kind !== 'missing';
}

/** What was expected where a path was given: a scenario (`run <id|file>`, `test`) or a steps file (`run --solution`). */
export type Expected = 'scenario' | 'steps file';

const whatItIs: Readonly<Partial<Record<FileKind['kind'], string>>> = {
	scenario: 'a scenario',
	steps: 'a steps file (only steps:)',
	tenant: 'a tenant fixture (users:, networks:)',
	directory: 'a directory',
};

/**
 * A path that is not what was expected, as a sentence about it: `fix.yaml is a steps file (only steps:), not a
 * scenario`, `notes.txt is not a scenario file (expected .yaml, .yml or .json)`. Undefined when it may be one.
 */
export function describeWrongKind(file: string, found: FileKind, expected: Expected): string | undefined {
	if (found.kind === 'not-yaml') {
		return `${file} is not a ${expected === 'scenario' ? 'scenario file' : expected} (expected .yaml, .yml or .json)`;
	}

	if (found.kind === 'yaml') {
		return `${file} is not a ${expected} (${describeFields(found.keys)})`;
	}

	const what = whatItIs[found.kind];
	const isExpected = found.kind === (expected === 'scenario' ? 'scenario' : 'steps');
	return what === undefined || isExpected ? undefined : `${file} is ${what}, not a ${expected}`;
}

/** How a scenario uses a tenant fixture, for messages about a fixture given where a scenario belongs. */
export const tenantHint = 'a scenario names one under tenant: {base: <id>}';
