import {collectScenarioFiles, loadScenarioFiles} from '../services/scenario-source-service.js';
import {exitCodes, type Command} from './command.js';
import {displayIssues, ignoreBrokenPipe, printIssues, toJson, usageError, writeLine} from './command-support.js';

const usage = 'lint <paths...> [--json]';

/**
 * `mfadesk lint <paths...>`: validates scenario files (directories are searched recursively) against the
 * built-in tenant fixtures: schema, references, every seeded variant, duplicate ids. Each problem goes to
 * stderr as `file:line:column path: message`; exit 1 on any problem. `--json` puts them on stdout too.
 */
export const lintCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	if (context.args.length === 0) {
		return usageError(context, 'lint needs at least one scenario file or directory', usage);
	}

	const files = await collectScenarioFiles(context.args);
	if (files.length === 0) {
		writeLine(context.stderr, `mfadesk: no scenario files (.yaml, .yml, .json) under ${context.args.join(', ')}`);
		return exitCodes.failed;
	}

	const result = await loadScenarioFiles(files, context.fixturesDir);
	const issues = displayIssues(result.issues, context.fixturesDir);
	if (context.flags.json) {
		context.stdout.write(toJson({files: files.length, valid: result.scenarios.length, issues}));
	}

	printIssues(context, issues);
	const bad = new Set(issues.map((issue) => issue.file)).size;
	writeLine(context.stderr, issues.length === 0 ? `${files.length} scenario file(s) OK` : `${issues.length} problem(s) in ${bad} of ${files.length} file(s)`);
	return issues.length === 0 ? exitCodes.ok : exitCodes.failed;
};
