import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {formatOf, loadScenarioFile, loadTenantFixtures, readLimitedText, type LoadedScenario} from '../adapters/scenario-files.js';
import {findDuplicateIds, type LoadedScenarioRef} from '../scenario/duplicate-ids.js';
import type {ScenarioIssue} from '../scenario/issues.js';
import {parseSolutionText, type SolutionParseResult} from '../scenario/solution-file.js';
import {suggest} from '../scenario/suggest.js';

/** Where the built-in pack and the tenant fixtures live, under the package's fixtures/ directory. */
export type ScenarioSources = {
	/** The package's fixtures/ directory. */
	readonly fixturesDir: string;
	/** `--scenarios <dir>`: more scenarios next to the built-in ones. */
	readonly extraDirectory?: string | undefined;
};

/** A set of scenarios that loaded, and every problem found on the way (file:line:column). */
export type LoadedSet = {readonly scenarios: readonly LoadedScenario[]; readonly issues: readonly ScenarioIssue[]};

/** The built-in pack's directory. */
export function builtInScenariosDirectory(fixturesDir: string): string {
	return path.join(fixturesDir, 'scenarios');
}

/** The tenant fixtures' directory. */
export function tenantsDirectory(fixturesDir: string): string {
	return path.join(fixturesDir, 'tenants');
}

/** True when a command-line argument names a file rather than a scenario id. */
export function looksLikePath(reference: string): boolean {
	return /[\\/]/.test(reference) || formatOf(reference) !== undefined;
}

function isBuiltIn(file: string, fixturesDir: string): boolean {
	return path.resolve(path.dirname(file)) === path.resolve(builtInScenariosDirectory(fixturesDir));
}

async function listDirectory(directory: string): Promise<string[]> {
	const entries = await readdir(directory, {withFileTypes: true}).catch(() => []);
	return entries
		.filter((entry) => entry.isFile() && formatOf(entry.name) !== undefined)
		.map((entry) => path.join(directory, entry.name))
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The built-in pack plus `--scenarios <dir>` (files directly inside), validated, with duplicate ids across both reported. */
export async function loadCatalogue(sources: ScenarioSources): Promise<LoadedSet> {
	const directories = [builtInScenariosDirectory(sources.fixturesDir), ...(sources.extraDirectory === undefined ? [] : [sources.extraDirectory])];
	const files: string[] = [];
	for (const directory of directories) {
		files.push(...(await listDirectory(directory)));
	}

	return loadScenarioFiles(files, sources.fixturesDir);
}

/** Scenario files under some paths: a file as given, a directory walked recursively (sorted). */
export async function collectScenarioFiles(paths: readonly string[]): Promise<string[]> {
	const files: string[] = [];
	const walk = async (entry: string): Promise<void> => {
		const info = await stat(entry).catch(() => undefined);
		if (info?.isDirectory()) {
			const children = (await readdir(entry, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
			for (const child of children) {
				const full = path.join(entry, child.name);
				if (child.isDirectory()) {
					await walk(full);
				} else if (formatOf(child.name) !== undefined) {
					files.push(full);
				}
			}
		} else {
			// A missing file is passed on: loading it reports "cannot read the file".
			files.push(entry);
		}
	};

	for (const each of paths) {
		await walk(each);
	}

	return files;
}

/**
 * Loads and fully validates scenario files against the built-in tenant fixtures. Built-in pack rules apply
 * to files inside the built-in directory; ids used twice across the files are reported on the later file.
 */
export async function loadScenarioFiles(files: readonly string[], fixturesDir: string): Promise<LoadedSet> {
	const fixturesDirectory = tenantsDirectory(fixturesDir);
	const fixtures = await loadTenantFixtures(fixturesDirectory);
	const issues: ScenarioIssue[] = [...fixtures.values()].flatMap((result) => (result.ok ? [] : result.issues));
	const loaded: Array<LoadedScenario & {readonly ref: LoadedScenarioRef}> = [];
	for (const file of files) {
		const result = await loadScenarioFile(file, {fixturesDirectory, fixtures, builtIn: isBuiltIn(file, fixturesDir)});
		if (!result.ok) {
			issues.push(...result.issues);
		} else if (result.fixture) {
			loaded.push({file, scenario: result.scenario, fixture: result.fixture, ref: {id: result.scenario.id, file, document: result.document}});
		}
	}

	const duplicates = findDuplicateIds(loaded.map((each) => each.ref));
	const rejected = new Set(duplicates.map((issue) => issue.file));
	return {scenarios: loaded.filter((each) => !rejected.has(each.file)).map(({file, scenario, fixture}) => ({file, scenario, fixture})), issues: [...issues, ...duplicates]};
}

/** One scenario by id (built-in pack or `--scenarios`) or by file path. */
export async function findScenario(reference: string, sources: ScenarioSources): Promise<{readonly ok: true; readonly loaded: LoadedScenario} | {readonly ok: false; readonly issues: readonly ScenarioIssue[]; readonly message?: string}> {
	if (looksLikePath(reference)) {
		const result = await loadScenarioFiles([reference], sources.fixturesDir);
		const loaded = result.scenarios[0];
		return loaded && result.issues.length === 0 ? {ok: true, loaded} : {ok: false, issues: result.issues};
	}

	const catalogue = await loadCatalogue(sources);
	const loaded = catalogue.scenarios.find((each) => each.scenario.id === reference);
	if (loaded) {
		return {ok: true, loaded};
	}

	const ids = catalogue.scenarios.map((each) => each.scenario.id);
	const related = catalogue.issues.filter((issue) => path.basename(issue.file).replace(/\.(?:ya?ml|json)$/i, '') === reference);
	return {ok: false, issues: related, message: `no scenario "${reference}"${suggest(reference, ids)}. Run mfadesk list to see them.`};
}

/** Reads and validates a `--solution` file (steps in the scenario step format). */
export async function loadSolutionFile(file: string): Promise<SolutionParseResult> {
	const format = formatOf(file);
	if (!format) {
		return {ok: false, issues: [{file, line: 1, column: 1, path: '', message: 'expected a .yaml, .yml or .json file'}]};
	}

	const read = await readLimitedText(file);
	return read.ok ? parseSolutionText(read.text, {fileName: file, format}) : read;
}
