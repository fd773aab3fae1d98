import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import type {LoadedScenario} from '../adapters/scenario-files.js';
import {fileIssue, formatOf, isStepsFile, listScenarioFiles, notFoundMessage, readLimitedText, readLimitedTextSync} from '../adapters/scenario-paths.js';
import type {LoadedScenarioRef} from '../scenario/duplicate-ids.js';
import type {ScenarioIssue} from '../scenario/issues.js';
import {readScenarioHeader, type ScenarioHeader} from '../scenario/scenario-header.js';
import type {SolutionParseResult} from '../scenario/solution-file.js';
import {suggest} from '../scenario/suggest.js';

// The YAML parser, the schema and the fixture loader are imported on first use, so `mfadesk list` over the
// built-in pack loads none of them (DESIGN section 7: light commands stay light).

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

function stemOf(file: string): string {
	return path.basename(file, path.extname(file));
}

/**
 * The scenario files under `--scenarios <dir>`, searched recursively as `test` and `lint` search a directory.
 * Steps files (for `run --solution`) often sit beside one's own scenarios; they are not scenarios. The built-in
 * pack holds none (mfadesk test proves it), so only --scenarios files are looked at.
 */
async function extraFiles(directory: string | undefined): Promise<readonly string[]> {
	return directory === undefined ? [] : (await collectScenarioFiles([directory])).scenarioFiles;
}

async function catalogueFiles(sources: ScenarioSources): Promise<string[]> {
	const files = await listScenarioFiles(builtInScenariosDirectory(sources.fixturesDir));
	files.push(...(await extraFiles(sources.extraDirectory)));
	return files;
}

/**
 * The ids the catalogue can hold, from file names alone (a scenario's id equals its file name): cheap, for
 * checking ids a trainer types. `custom` holds the ids only `--scenarios <dir>` has.
 */
export async function catalogueIds(sources: ScenarioSources): Promise<{readonly builtIn: ReadonlySet<string>; readonly custom: ReadonlySet<string>}> {
	const builtIn = new Set((await listScenarioFiles(builtInScenariosDirectory(sources.fixturesDir))).map((file) => stemOf(file)));
	const extra = await extraFiles(sources.extraDirectory);
	return {builtIn, custom: new Set(extra.map((file) => stemOf(file)).filter((id) => !builtIn.has(id)))};
}

/** The built-in pack plus `--scenarios <dir>` (searched recursively), validated, with duplicate ids across both reported. */
export async function loadCatalogue(sources: ScenarioSources): Promise<LoadedSet> {
	return loadScenarioFiles(await catalogueFiles(sources), sources.fixturesDir);
}

/** The files under some command-line paths, sorted into scenario files and steps files; paths that do not exist apart. */
export type CollectedFiles = {
	readonly scenarioFiles: readonly string[];
	/** YAML/JSON files holding only `steps:` (for `mfadesk run --solution`), given or found in a directory. */
	readonly stepsFiles: readonly string[];
	/** Paths that do not exist, each as `<path>: not found` (with a suggestion when a name is close). */
	readonly missing: readonly string[];
};

/** Scenario and steps files under some paths: a file as given, a directory walked recursively (sorted). */
export async function collectScenarioFiles(paths: readonly string[]): Promise<CollectedFiles> {
	const scenarioFiles: string[] = [];
	const stepsFiles: string[] = [];
	const missing: string[] = [];
	const add = (file: string): void => {
		(isStepsFile(file) ? stepsFiles : scenarioFiles).push(file);
	};

	const walk = async (entry: string): Promise<void> => {
		const info = await stat(entry).catch(() => undefined);
		if (info === undefined) {
			missing.push(await notFoundMessage(entry));
		} else if (info.isDirectory()) {
			const children = (await readdir(entry, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
			for (const child of children) {
				const full = path.join(entry, child.name);
				if (child.isDirectory()) {
					await walk(full);
				} else if (formatOf(child.name) !== undefined) {
					add(full);
				}
			}
		} else {
			// A file of another kind is passed on: loading it says what was expected.
			add(entry);
		}
	};

	for (const each of paths) {
		await walk(each);
	}

	return {scenarioFiles, stepsFiles, missing};
}

/** How to load scenario files. */
export type LoadFilesOptions = {
	/**
	 * Read only the tenant fixtures the scenarios use (and report only their problems). `lint` and `test` load
	 * every fixture; running or playing one scenario need not.
	 */
	readonly lazyFixtures?: boolean;
};

/**
 * Loads and fully validates scenario files against the built-in tenant fixtures. Built-in pack rules apply
 * to files inside the built-in directory; ids used twice across the files are reported on the later file.
 */
export async function loadScenarioFiles(files: readonly string[], fixturesDir: string, options: LoadFilesOptions = {}): Promise<LoadedSet> {
	const [{loadScenarioFile, loadTenantFixtures}, {LazyTenantFixtures}, {findDuplicateIds}] = await Promise.all([
		import('../adapters/scenario-files.js'),
		import('../adapters/lazy-tenant-fixtures.js'),
		import('../scenario/duplicate-ids.js'),
	]);
	const fixturesDirectory = tenantsDirectory(fixturesDir);
	const lazy = options.lazyFixtures === true ? await LazyTenantFixtures.of(fixturesDirectory) : undefined;
	const fixtures = lazy ?? (await loadTenantFixtures(fixturesDirectory));
	const loaded: Array<LoadedScenario & {readonly ref: LoadedScenarioRef}> = [];
	const issues: ScenarioIssue[] = [];
	for (const file of files) {
		const result = await loadScenarioFile(file, {fixturesDirectory, fixtures, builtIn: isBuiltIn(file, fixturesDir)});
		if (!result.ok) {
			issues.push(...result.issues);
		} else if (result.fixture) {
			loaded.push({file, scenario: result.scenario, fixture: result.fixture, ref: {id: result.scenario.id, file, document: result.document}});
		}
	}

	const fixtureIssues = [...(lazy ? lazy.loaded() : fixtures).values()].flatMap((result) => (result.ok ? [] : result.issues));
	const duplicates = findDuplicateIds(loaded.map((each) => each.ref));
	const rejected = new Set(duplicates.map((issue) => issue.file));
	return {scenarios: loaded.filter((each) => !rejected.has(each.file)).map(({file, scenario, fixture}) => ({file, scenario, fixture})), issues: [...fixtureIssues, ...issues, ...duplicates]};
}

/** One scenario by id (built-in pack or `--scenarios`) or by file path. */
export async function findScenario(reference: string, sources: ScenarioSources): Promise<{readonly ok: true; readonly loaded: LoadedScenario} | {readonly ok: false; readonly issues: readonly ScenarioIssue[]; readonly message?: string}> {
	if (looksLikePath(reference)) {
		if (!(await stat(reference).catch(() => undefined))) {
			return {ok: false, issues: [], message: await notFoundMessage(reference)};
		}

		if (isStepsFile(reference)) {
			return {ok: false, issues: [], message: `${reference} is a steps file (only steps:), not a scenario: play it with mfadesk run <scenario> --solution ${reference}`};
		}

		const result = await loadScenarioFiles([reference], sources.fixturesDir, {lazyFixtures: true});
		const loaded = result.scenarios[0];
		return loaded && result.issues.length === 0 ? {ok: true, loaded} : {ok: false, issues: result.issues};
	}

	// A scenario's id must equal its file name, so only files of that name can hold it: load just those (and
	// just their fixture). They keep their catalogue order, so a duplicate id is decided as in the full load.
	const files = await catalogueFiles(sources);
	const candidates = files.filter((file) => stemOf(file) === reference);
	if (candidates.length > 0) {
		const quick = await loadScenarioFiles(candidates, sources.fixturesDir, {lazyFixtures: true});
		const loaded = quick.scenarios.find((each) => each.scenario.id === reference);
		if (loaded) {
			return {ok: true, loaded};
		}
	}

	const catalogue = await loadScenarioFiles(files, sources.fixturesDir);
	const loaded = catalogue.scenarios.find((each) => each.scenario.id === reference);
	if (loaded) {
		return {ok: true, loaded};
	}

	const ids = catalogue.scenarios.map((each) => each.scenario.id);
	const related = catalogue.issues.filter((issue) => path.basename(issue.file).replace(/\.(?:ya?ml|json)$/i, '') === reference);
	const hint = suggest(reference, ids);
	return {ok: false, issues: related, message: `no scenario "${reference}"${hint}${hint.endsWith('?') ? '' : '.'} Run mfadesk list to see them.`};
}

/** Reads and validates a `--solution` file (steps in the scenario step format). */
export async function loadSolutionFile(file: string): Promise<SolutionParseResult | {readonly ok: false; readonly issues: readonly []; readonly message: string}> {
	if (!(await stat(file).catch(() => undefined))) {
		return {ok: false, issues: [], message: await notFoundMessage(file)};
	}

	const format = formatOf(file);
	if (!format) {
		return {ok: false, issues: [fileIssue(file, 'expected a .yaml, .yml or .json file')]};
	}

	const read = await readLimitedText(file);
	if (!read.ok) {
		return read;
	}

	const {parseSolutionText} = await import('../scenario/solution-file.js');
	return parseSolutionText(read.text, {fileName: file, format});
}

/** A scenario as `mfadesk list` shows it: its header and its file. */
export type ListedScenario = {readonly file: string; readonly header: ScenarioHeader};

/**
 * The catalogue for listing. Built-in files are trusted (`mfadesk test` and CI prove the pack), so only their
 * headers are read, without the YAML parser or the schema; a built-in file whose header the fast reader is
 * unsure of, and every `--scenarios` file, is validated fully and reported like `loadCatalogue` does.
 */
export async function listScenarios(sources: ScenarioSources): Promise<{readonly scenarios: readonly ListedScenario[]; readonly issues: readonly ScenarioIssue[]}> {
	const files = await catalogueFiles(sources);
	const stems = new Map<string, number>();
	for (const file of files) {
		stems.set(stemOf(file), (stems.get(stemOf(file)) ?? 0) + 1);
	}

	// Read synchronously: for 25 small files, thread-pool round trips cost more than the reads themselves.
	const quick = new Map<string, ScenarioHeader>();
	for (const file of files) {
		const format = formatOf(file);
		if (format && isBuiltIn(file, sources.fixturesDir) && stems.get(stemOf(file)) === 1) {
			const read = readLimitedTextSync(file);
			const header = read.ok ? readScenarioHeader(read.text, {stem: stemOf(file), format}) : undefined;
			if (header) {
				quick.set(file, header);
			}
		}
	}

	const rest = files.filter((file) => !quick.has(file));
	const full = rest.length === 0 ? {scenarios: [], issues: []} : await loadScenarioFiles(rest, sources.fixturesDir);
	const validated = new Map(full.scenarios.map((each) => [each.file, headerOf(each.scenario)]));
	// Ids equal file names, so an id listed quickly is never a later duplicate; a custom file reusing a
	// built-in id is (the built-in pack comes first).
	const seen = new Map<string, string>();
	const scenarios: ListedScenario[] = [];
	const issues = [...full.issues];
	for (const file of files) {
		const header = quick.get(file) ?? validated.get(file);
		if (!header) {
			continue;
		}

		const earlier = seen.get(header.id);
		if (earlier === undefined) {
			seen.set(header.id, file);
			scenarios.push({file, header});
		} else {
			issues.push(await idIssue(file, `duplicate scenario id "${header.id}": ${earlier} already uses it`));
		}
	}

	return {scenarios, issues};
}

/** An issue at the file's top-level `id:` value (line 1 when it cannot be found). */
async function idIssue(file: string, message: string): Promise<ScenarioIssue> {
	const read = await readLimitedText(file);
	const lines = read.ok ? read.text.split(/\r?\n/) : [];
	const line = lines.findIndex((each) => /^["']?id["']?[ \t]*:/.test(each));
	const column = line === -1 ? 1 : (/^["']?id["']?[ \t]*:[ \t]*/.exec(lines[line]!)?.[0].length ?? 0) + 1;
	return {file, line: line + 1 || 1, column, path: 'id', message};
}

function headerOf(scenario: LoadedScenario['scenario']): ScenarioHeader {
	const {id, title, topic, difficulty, timeLimit, par} = scenario;
	return {id, title, topic, difficulty, ...(timeLimit === undefined ? {} : {timeLimit}), par};
}
