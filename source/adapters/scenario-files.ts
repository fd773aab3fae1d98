import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {findDuplicateIds} from '../scenario/duplicate-ids.js';
import type {ScenarioIssue} from '../scenario/issues.js';
import {parseTenantFixtureText, type FixtureParseResult} from '../scenario/parse-fixture.js';
import {parseScenarioText, type ScenarioParseResult} from '../scenario/parse-scenario.js';
import type {Scenario} from '../scenario/schema/scenario-schema.js';
import type {TenantFixture} from '../scenario/schema/tenant-fixture-schema.js';
import {LazyTenantFixtures} from './lazy-tenant-fixtures.js';
import {fileIssue, formatOf, readLimitedText} from './scenario-paths.js';

/** A scenario file that loaded and passed every check, with its base fixture. */
export type LoadedScenario = {readonly file: string; readonly scenario: Scenario; readonly fixture: TenantFixture};

/** Everything found under some directories: the good scenarios and every problem, in file order. */
export type ScenarioCatalogue = {readonly scenarios: readonly LoadedScenario[]; readonly issues: readonly ScenarioIssue[]};

// Light helpers live in scenario-paths.ts so listings need not load this module; re-exported here.
export {formatOf, readLimitedText} from './scenario-paths.js';

async function listFiles(directory: string): Promise<string[]> {
	try {
		const entries = await readdir(directory, {withFileTypes: true});
		return entries
			.filter((entry) => entry.isFile() && formatOf(entry.name) !== undefined)
			.map((entry) => path.join(directory, entry.name))
			.sort();
	} catch {
		return [];
	}
}

/** Reads and validates one tenant fixture file. */
export async function loadTenantFixtureFile(file: string): Promise<FixtureParseResult> {
	const format = formatOf(file);
	if (!format) {
		return {ok: false, issues: [fileIssue(file, 'expected a .yaml, .yml or .json file')]};
	}

	const read = await readLimitedText(file);
	return read.ok ? parseTenantFixtureText(read.text, {fileName: file, format}) : read;
}

/** Reads every tenant fixture in a directory, keyed by file stem (the fixture id). */
export async function loadTenantFixtures(directory: string): Promise<ReadonlyMap<string, FixtureParseResult>> {
	const fixtures = new Map<string, FixtureParseResult>();
	for (const file of await listFiles(directory)) {
		const id = path.basename(file, path.extname(file));
		if (!fixtures.has(id)) {
			fixtures.set(id, await loadTenantFixtureFile(file));
		}
	}

	return fixtures;
}

/** True when `id` names a file directly inside `directory` (no `../`, no absolute path, no separators). */
export function isInsideDirectory(directory: string, id: string): boolean {
	const root = path.resolve(directory);
	const target = path.resolve(root, id);
	return path.dirname(target) === root && path.basename(target) === id;
}

/** Options for loading scenario files. */
export type LoadOptions = {
	/** Directory of tenant fixtures (`fixtures/tenants`). */
	readonly fixturesDirectory: string;
	/** Apply built-in pack rules (at least two wrong remedies). */
	readonly builtIn?: boolean;
	/** Fixtures already loaded (saves re-reading them for every scenario). */
	readonly fixtures?: ReadonlyMap<string, FixtureParseResult>;
};

/** Reads and fully validates one scenario file against the fixtures. Never throws. */
export async function loadScenarioFile(file: string, options: LoadOptions): Promise<ScenarioParseResult> {
	const format = formatOf(file);
	if (!format) {
		return {ok: false, issues: [fileIssue(file, 'expected a .yaml, .yml or .json file')]};
	}

	const read = await readLimitedText(file);
	if (!read.ok) {
		return read;
	}

	const all = options.fixtures ?? (await loadTenantFixtures(options.fixturesDirectory));
	// A lazy map lists only files of the directory and reads one when asked; an eager map is filtered here.
	const fixtures = all instanceof LazyTenantFixtures ? all : new Map([...all].filter(([id]) => isInsideDirectory(options.fixturesDirectory, id)));
	return parseScenarioText(read.text, {fileName: file, format, fixtures, builtIn: options.builtIn ?? false});
}

/**
 * Loads every scenario under some directories (in order; e.g. the built-in pack, then `--scenarios`), with
 * fixture problems, file problems and duplicate ids across all of them reported together.
 */
export async function loadScenarioCatalogue(directories: readonly string[], options: LoadOptions): Promise<ScenarioCatalogue> {
	const fixtures = options.fixtures ?? (await loadTenantFixtures(options.fixturesDirectory));
	const issues: ScenarioIssue[] = [];
	for (const result of fixtures.values()) {
		if (!result.ok) {
			issues.push(...result.issues);
		}
	}

	const loaded: Array<LoadedScenario & {readonly document: NonNullable<Extract<ScenarioParseResult, {ok: true}>['document']>}> = [];
	for (const directory of directories) {
		for (const file of await listFiles(directory)) {
			const result = await loadScenarioFile(file, {...options, fixtures});
			if (!result.ok) {
				issues.push(...result.issues);
			} else if (result.fixture) {
				loaded.push({file, scenario: result.scenario, fixture: result.fixture, document: result.document});
			}
		}
	}

	const duplicates = findDuplicateIds(loaded.map((each) => ({id: each.scenario.id, file: each.file, document: each.document})));
	issues.push(...duplicates);
	const rejected = new Set(duplicates.map((issue) => issue.file));
	return {scenarios: loaded.filter((each) => !rejected.has(each.file)).map(({file, scenario, fixture}) => ({file, scenario, fixture})), issues};
}
