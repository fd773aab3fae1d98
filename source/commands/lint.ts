import type {ScenarioIssue} from '../scenario/issues.js';
import {fileIssue} from '../adapters/scenario-paths.js';
import {collectScenarioFiles, loadScenarioFiles, loadSolutionFile} from '../services/scenario-source-service.js';
import {exitCodes, type Command} from './command.js';
import {displayIssues, ignoreBrokenPipe, printIssues, toJson, usageError, writeLine} from './command-support.js';
import {describeFields, fileKindOf} from './file-kind.js';
import {plural} from '../domain/common/plural.js';

const commandName = 'lint';

/** What lint checked: how many files of a kind passed, and every issue. */
type Checked = {readonly valid: number; readonly issues: readonly ScenarioIssue[]};

/** Validates files one by one with a loader that returns `ok` or issues. */
async function checkEach(files: readonly string[], load: (file: string) => Promise<{readonly ok: boolean; readonly issues?: readonly ScenarioIssue[]}>): Promise<Checked> {
	let valid = 0;
	const issues: ScenarioIssue[] = [];
	for (const file of files) {
		const result = await load(file);
		if (result.ok) {
			valid++;
		} else {
			issues.push(...(result.issues ?? []));
		}
	}

	return {valid, issues};
}

/** Validates tenant fixtures against the tenant schema (id = file name, references inside the tenant). */
async function lintTenantFixtures(files: readonly string[]): Promise<Checked> {
	if (files.length === 0) {
		return {valid: 0, issues: []};
	}

	const {loadTenantFixtureFile} = await import('../adapters/scenario-files.js');
	return checkEach(files, loadTenantFixtureFile);
}

/** The same issue reported twice (a built-in fixture linted by name and loaded for the scenarios) counts once. */
function distinct(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = JSON.stringify([issue.file, issue.line, issue.column, issue.path, issue.message]);
		return seen.has(key) ? false : (seen.add(key), true);
	});
}

/**
 * The files under the paths by what they hold: scenarios (and files whose kind only the parser can tell),
 * tenant fixtures, and YAML or JSON of another kind, which gets one issue saying what it is instead of the
 * scenario schema's list of missing fields.
 */
function sortByKind(files: readonly string[]): {readonly scenarios: string[]; readonly tenants: string[]; readonly others: ScenarioIssue[]} {
	const scenarios: string[] = [];
	const tenants: string[] = [];
	const others: ScenarioIssue[] = [];
	for (const file of files) {
		const found = fileKindOf(file);
		if (found.kind === 'tenant') {
			tenants.push(file);
		} else if (found.kind === 'yaml') {
			others.push(fileIssue(file, `not a scenario, steps file or tenant fixture (${describeFields(found.keys)})`));
		} else {
			scenarios.push(file);
		}
	}

	return {scenarios, tenants, others};
}

/**
 * `mfadesk lint <paths...>`: validates scenario files (directories are searched recursively) against the
 * built-in tenant fixtures: schema, references, every seeded variant, duplicate ids. Steps files (only
 * `steps:`, for `run --solution`) are validated as steps files and tenant fixtures (`users:`, `networks:`,
 * ...) against the tenant schema; other YAML or JSON is one problem saying it is none of these. Each
 * problem goes to stderr as `file:line:column path: message`; exit 1 on any problem, 2 when a path does
 * not exist. `--json` puts them on stdout too.
 */
export const lintCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	if (context.args.length === 0) {
		return usageError(context, 'lint needs at least one scenario file or directory', commandName);
	}

	const {scenarioFiles, stepsFiles, missing} = await collectScenarioFiles(context.args);
	if (missing.length > 0) {
		return usageError(context, missing.join('; '), commandName);
	}

	const total = scenarioFiles.length + stepsFiles.length;
	if (total === 0) {
		writeLine(context.stderr, `mfadesk: no scenario files (.yaml, .yml or .json) under ${context.args.join(', ')}`);
		return exitCodes.failed;
	}

	const sorted = sortByKind(scenarioFiles);
	const [scenarios, steps, tenants] = await Promise.all([
		sorted.scenarios.length > 0 || sorted.tenants.length + sorted.others.length === 0 ? loadScenarioFiles(sorted.scenarios, context.fixturesDir) : {scenarios: [], issues: []},
		checkEach(stepsFiles, loadSolutionFile),
		lintTenantFixtures(sorted.tenants),
	]);
	const issues = displayIssues(distinct([...scenarios.issues, ...steps.issues, ...tenants.issues, ...sorted.others]), context.fixturesDir);
	if (context.flags.json) {
		context.stdout.write(toJson({files: total, valid: scenarios.scenarios.length + steps.valid + tenants.valid, stepsFiles: stepsFiles.length, tenantFixtures: sorted.tenants.length, issues}));
	}

	printIssues(context, issues);
	const bad = new Set(issues.map((issue) => issue.file)).size;
	const kinds = [
		...(sorted.scenarios.length > 0 || (stepsFiles.length === 0 && sorted.tenants.length === 0) ? [plural(sorted.scenarios.length, 'scenario file')] : []),
		...(stepsFiles.length > 0 ? [plural(stepsFiles.length, 'steps file')] : []),
		...(sorted.tenants.length > 0 ? [plural(sorted.tenants.length, 'tenant fixture')] : []),
	];
	const checked = kinds.length <= 2 ? kinds.join(' and ') : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)!}`;
	writeLine(context.stderr, issues.length === 0 ? `${checked} OK` : `${plural(issues.length, 'problem')} in ${bad} of ${plural(total, 'file')}`);
	return issues.length === 0 ? exitCodes.ok : exitCodes.failed;
};
