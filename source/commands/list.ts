import {difficultyLabels} from '../scenario/scenario-topics.js';
import {builtInScenariosDirectory, listScenarios} from '../services/scenario-source-service.js';
import {exitCodes, type Command} from './command.js';
import {checkScenariosDirectory, displayIssues, displayPath, ignoreBrokenPipe, printIssues, toJson, usageError, writeLine} from './command-support.js';
import {plural} from '../domain/common/plural.js';

/** One row of `mfadesk list`. */
export type ScenarioListing = {
	readonly id: string;
	readonly title: string;
	readonly topic: string;
	readonly difficulty: number;
	readonly difficultyLabel: string;
	/** Minutes, or null when the scenario has no time limit. */
	readonly timeLimit: number | null;
	readonly par: number;
	readonly source: 'built-in' | 'custom';
	/** The file, for scenarios from `--scenarios`. */
	readonly file?: string;
};

const commandName = 'list';

/**
 * `mfadesk list [--json] [--scenarios <dir>]`: the built-in pack and the scenarios in `--scenarios`, with
 * topic, difficulty and time limit. Data to stdout; file problems to stderr (and exit 1). Cheap by design: the
 * built-in pack (proved by `mfadesk test`) is listed from its headers without loading the YAML parser or the
 * schema; `--scenarios` files (searched recursively, as `test` and `lint` search a directory) are validated
 * fully, as `lint` does. Steps files there (only `steps:`, for `run --solution`) are not scenarios and are skipped.
 */
export const listCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	if (context.args.length > 0) {
		return usageError(context, `list takes no arguments (got ${context.args.join(' ')})`, commandName);
	}

	const badDirectory = await checkScenariosDirectory(context, commandName);
	if (badDirectory !== undefined) {
		return badDirectory;
	}

	const extra = context.flags.scenarios;

	const catalogue = await listScenarios({fixturesDir: context.fixturesDir, extraDirectory: extra});
	const builtIn = builtInScenariosDirectory(context.fixturesDir);
	const rows: ScenarioListing[] = catalogue.scenarios.map(({file, header: scenario}) => {
		const custom = !file.startsWith(builtIn);
		return {
			id: scenario.id,
			title: scenario.title,
			topic: scenario.topic,
			difficulty: scenario.difficulty,
			difficultyLabel: difficultyLabels[scenario.difficulty as keyof typeof difficultyLabels],
			timeLimit: scenario.timeLimit ?? null,
			par: scenario.par,
			source: custom ? 'custom' : 'built-in',
			...(custom ? {file: displayPath(file)} : {}),
		};
	});

	if (context.flags.json) {
		context.stdout.write(toJson({scenarios: rows}));
	} else {
		const width = Math.max(2, ...rows.map((row) => row.id.length));
		writeLine(context.stdout, `${'ID'.padEnd(width)}  ${'TOPIC'.padEnd(17)}  ${'DIFFICULTY'.padEnd(14)}  ${'TIME'.padEnd(6)}  TITLE`);
		for (const row of rows) {
			const time = row.timeLimit === null ? '-' : `${row.timeLimit} min`;
			writeLine(context.stdout, `${row.id.padEnd(width)}  ${row.topic.padEnd(17)}  ${`${row.difficulty} ${row.difficultyLabel}`.padEnd(14)}  ${time.padEnd(6)}  ${row.title}`);
		}
	}

	printIssues(context, displayIssues(catalogue.issues, context.fixturesDir));
	if (catalogue.issues.length > 0) {
		writeLine(context.stderr, `mfadesk: ${plural(catalogue.issues.length, 'problem')} in scenario files; those scenarios are not listed (mfadesk lint <path> for details).`);
		return exitCodes.failed;
	}

	return exitCodes.ok;
};
