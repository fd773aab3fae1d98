import type {ScenarioIssue} from '../scenario/issues.js';
import {collectScenarioFiles, loadScenarioFiles, loadSolutionFile} from '../services/scenario-source-service.js';
import {exitCodes, type Command} from './command.js';
import {displayIssues, ignoreBrokenPipe, printIssues, toJson, usageError, writeLine} from './command-support.js';

const commandName = 'lint';

/** Validates steps files (only `steps:`, for `run --solution`) with the steps schema; returns how many passed and every issue. */
async function lintStepsFiles(files: readonly string[]): Promise<{readonly valid: number; readonly issues: readonly ScenarioIssue[]}> {
	let valid = 0;
	const issues: ScenarioIssue[] = [];
	for (const file of files) {
		const result = await loadSolutionFile(file);
		if (result.ok) {
			valid++;
		} else {
			issues.push(...result.issues);
		}
	}

	return {valid, issues};
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * `mfadesk lint <paths...>`: validates scenario files (directories are searched recursively) against the
 * built-in tenant fixtures: schema, references, every seeded variant, duplicate ids. Steps files (only
 * `steps:`, for `run --solution`) are validated as steps files. Each problem goes to stderr as
 * `file:line:column path: message`; exit 1 on any problem, 2 when a path does not exist. `--json` puts them
 * on stdout too.
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
		writeLine(context.stderr, `mfadesk: no scenario files (.yaml, .yml, .json) under ${context.args.join(', ')}`);
		return exitCodes.failed;
	}

	const [scenarios, steps] = await Promise.all([loadScenarioFiles(scenarioFiles, context.fixturesDir), lintStepsFiles(stepsFiles)]);
	const issues = displayIssues([...scenarios.issues, ...steps.issues], context.fixturesDir);
	if (context.flags.json) {
		context.stdout.write(toJson({files: total, valid: scenarios.scenarios.length + steps.valid, stepsFiles: stepsFiles.length, issues}));
	}

	printIssues(context, issues);
	const bad = new Set(issues.map((issue) => issue.file)).size;
	const kinds = [...(scenarioFiles.length > 0 || stepsFiles.length === 0 ? [`${scenarioFiles.length} scenario file(s)`] : []), ...(stepsFiles.length > 0 ? [plural(stepsFiles.length, 'steps file')] : [])];
	const checked = kinds.join(' and ');
	writeLine(context.stderr, issues.length === 0 ? `${checked} OK` : `${issues.length} problem(s) in ${bad} of ${total} file(s)`);
	return issues.length === 0 ? exitCodes.ok : exitCodes.failed;
};
