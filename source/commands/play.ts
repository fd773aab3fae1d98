import {randomInt} from 'node:crypto';
import {userInfo} from 'node:os';
import type {LoadedScenario} from '../adapters/scenario-files.js';
import {createSystemClock} from '../adapters/system-clock.js';
import {isValidName, nameRule, normaliseName} from '../domain/progress/names.js';
import {loadCatalogue} from '../services/scenario-source-service.js';
import {findScenarioArgument} from './scenario-argument.js';
import {openStoreForCommand} from '../store/command-store.js';
import {interactiveSupport} from '../ui/app/interactive-support.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';
import {checkScenariosDirectory, displayIssues, printIssues, seedOf, usageError, writeLine} from './command-support.js';
import {createRunPorts} from './real-deps.js';

const commandName = 'play';

/** The trainee when `--trainee` is not given: the login name if it is a valid name, else `trainee`. */
export function defaultTrainee(): string {
	try {
		const name = normaliseName(userInfo().username);
		return isValidName(name) ? name : 'trainee';
	} catch {
		return 'trainee';
	}
}

type Checked<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly message: string};

function nameFlag(flag: string, value: string | undefined): Checked<string | undefined> {
	if (value === undefined) {
		return {ok: true, value: undefined};
	}

	const name = normaliseName(value);
	return isValidName(name) ? {ok: true, value: name} : {ok: false, message: `${flag} "${value}" is not a valid name: ${nameRule}`};
}

function timeLimitFlag(value: number | undefined): Checked<number | undefined> {
	return value === undefined || (Number.isInteger(value) && value >= 1 && value <= 24 * 60)
		? {ok: true, value}
		: {ok: false, message: `--time-limit must be a whole number of minutes from 1 to 1440, got ${String(value)}`};
}

/** The flags of `play`, checked: a usage error (exit 2) names the first bad one. */
function checkFlags(context: CommandContext): Checked<{readonly trainee: string; readonly cohort?: string | undefined; readonly timeLimit?: number | undefined; readonly seed?: string | undefined}> {
	const seed = seedOf(context);
	if (!seed.ok) {
		return seed;
	}

	const trainee = nameFlag('--trainee', context.flags.trainee);
	if (!trainee.ok) {
		return trainee;
	}

	const cohort = nameFlag('--cohort', context.flags.cohort);
	if (!cohort.ok) {
		return cohort;
	}

	const timeLimit = timeLimitFlag(context.flags.timeLimit);
	if (!timeLimit.ok) {
		return timeLimit;
	}

	return {ok: true, value: {trainee: trainee.value ?? defaultTrainee(), cohort: cohort.value, timeLimit: timeLimit.value, seed: context.flags.seed === undefined ? undefined : String(seed.seed)}};
}

async function firstScenario(context: CommandContext, reference: string | undefined): Promise<{readonly ok: true; readonly loaded?: LoadedScenario} | {readonly ok: false; readonly code: ExitCode}> {
	if (reference === undefined) {
		return {ok: true};
	}

	const found = await findScenarioArgument(reference, {fixturesDir: context.fixturesDir, extraDirectory: context.flags.scenarios}, commandName);
	if (found.ok) {
		return {ok: true, loaded: found.loaded};
	}

	printIssues(context, displayIssues(found.issues, context.fixturesDir));
	if (found.message !== undefined && found.issues.length === 0) {
		return {ok: false, code: usageError(context, found.message, commandName)};
	}

	writeLine(context.stderr, `mfadesk: ${reference} has problems; fix them first (mfadesk lint)`);
	return {ok: false, code: exitCodes.failed};
}

/**
 * `mfadesk play [<id|file>]` (and bare `mfadesk` in a terminal): the interactive picker, ticket,
 * workspace and debrief. Needs a TTY: without one it exits 2 with a sentence pointing at `run` and
 * `test`, after resolving the scenario (an unknown one is said first) and without loading Ink. Every
 * turn is saved to the progress store as it happens (`--db`, `MFADESK_DB`, or the data directory;
 * `--no-save` keeps it in memory). `--real-time` makes the simulated clock follow the wall clock, so
 * codes typed from a real authenticator app are checked. Exit 0 after quit, 1 when the scenario or the
 * store cannot be used, 2 on usage errors or without a terminal, 130 after Ctrl+C.
 */
export const playCommand: Command = async (context) => {
	if (context.args.length > 1) {
		return usageError(context, `play takes one scenario id or file (got ${context.args.join(' ')})`, commandName);
	}

	const flags = checkFlags(context);
	if (!flags.ok) {
		return usageError(context, flags.message, commandName);
	}

	const badDirectory = await checkScenariosDirectory(context, commandName);
	if (badDirectory !== undefined) {
		return badDirectory;
	}

	const extra = context.flags.scenarios;
	const unsupported = interactiveSupport(context.stdin, context.stdout, context.env);
	if (unsupported !== undefined) {
		// No terminal: a scenario that does not exist is still the first thing to say (and Ink never loads).
		const first = await firstScenario(context, context.args[0]);
		if (!first.ok) {
			return first.code;
		}

		writeLine(context.stderr, unsupported);
		return exitCodes.usage;
	}

	// Ink, React and the play UI load while the scenario is found and parsed (yoga compiles its WebAssembly
	// off the main thread meanwhile); a scenario or store problem returns before they are used.
	const ui = Promise.all([import('../ui/app/play-controller.js'), import('../ui/app/run-play.js')]);
	ui.catch(() => undefined);
	const first = await firstScenario(context, context.args[0]);
	if (!first.ok) {
		return first.code;
	}

	const notices: string[] = [];
	// Store notices (a corrupt file kept aside) go to stderr as usual and to the picker.
	const stderr = {
		write(text: string) {
			notices.push(text.trim().replace(/^mfadesk: /, ''));
			return context.stderr.write(text);
		},
	};
	const store = await openStoreForCommand({db: context.flags.db, save: context.flags.save, env: context.env, stderr});
	if (!store) {
		return exitCodes.failed;
	}

	const {trainee, cohort, timeLimit, seed} = flags.value;
	const [{createPlayController}, {runPlay}] = await ui;
	const controller = createPlayController({
		store,
		ports: createRunPorts(),
		trainee,
		cohort,
		timeLimit,
		seed,
		newSeed: () => String(randomInt(1, 1_000_000)),
		// --real-time: the simulated clock follows the wall clock, for codes from a real authenticator app.
		realTime: context.flags.realTime ? createSystemClock() : undefined,
		async loadScenarios() {
			const catalogue = await loadCatalogue({fixturesDir: context.fixturesDir, extraDirectory: extra});
			const given = first.loaded;
			const listed = given === undefined || catalogue.scenarios.some((each) => each.file === given.file) ? catalogue.scenarios : [...catalogue.scenarios, given];
			return {scenarios: listed, problems: new Set(catalogue.issues.map((issue) => issue.file)).size};
		},
	});
	return runPlay({controller, start: first.loaded, notices, stdin: context.stdin, stdout: context.stdout, stderr: context.stderr, env: context.env});
};
