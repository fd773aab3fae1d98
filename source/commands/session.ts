import {randomUUID} from 'node:crypto';
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {isValidName, nameRule, normaliseName, scenarioIdPattern} from '../domain/progress/names.js';
import {recordTrainingSession} from '../domain/progress/progress-changes.js';
import type {TrainingSessionRecord} from '../domain/progress/records.js';
import {openStoreForCommand} from '../store/command-store.js';
import {ProgressStoreError} from '../store/progress-store.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';

/** The usage line for --help. */
export const sessionUsage = 'session start --cohort <name> --scenarios <ids> [--time-limit <min>]';

/** The summary for --help. */
export const sessionSummary = 'Start a training session for a cohort and print what trainees run';

const usageSentence = `Usage: mfadesk ${sessionUsage}\n  e.g. mfadesk session start --cohort helpdesk-march --scenarios codes-wrong-number,outlook-2013-prompts --time-limit 20`;

function usageError(context: CommandContext, problem: string): ExitCode {
	context.stderr.write(`mfadesk session: ${problem}\n${usageSentence}\n`);
	return exitCodes.usage;
}

/** Quotes an argument for a POSIX shell or PowerShell when it needs it (names hold no quotes, `$` or backslashes). */
function shellArgument(text: string): string {
	return /^[\w.,:/-]+$/.test(text) ? text : `"${text}"`;
}

async function builtInScenarioIds(fixturesDir: string): Promise<Set<string>> {
	try {
		const entries = await readdir(path.join(fixturesDir, 'scenarios'));
		return new Set(entries.filter((name) => /\.(?:ya?ml|json)$/i.test(name)).map((name) => name.replace(/\.[^.]+$/, '')));
	} catch {
		return new Set();
	}
}

function parseScenarioIds(text: string): {readonly ids: readonly string[]; readonly bad: readonly string[]} {
	const ids = [...new Set(text.split(',').map((each) => each.trim()).filter((each) => each !== ''))];
	return {ids, bad: ids.filter((id) => !scenarioIdPattern.test(id))};
}

function instructions(session: TrainingSessionRecord): string {
	const cohort = shellArgument(session.cohort);
	const limit = session.timeLimitMinutes === undefined ? '' : ` --time-limit ${session.timeLimitMinutes}`;
	const each = session.timeLimitMinutes === undefined ? 'no time limit' : `${session.timeLimitMinutes} minutes each`;
	return [
		`Training session for cohort ${session.cohort}: ${session.scenarioIds.length} scenario${session.scenarioIds.length === 1 ? '' : 's'}, ${each}.`,
		'',
		'Each trainee runs, on their own machine:',
		...session.scenarioIds.map((id) => `  mfadesk play ${id} --trainee "<your name>" --cohort ${cohort}${limit}`),
		'',
		'Afterwards, each trainee exports their results:',
		`  mfadesk report --cohort ${cohort} --format json > "<your name>.json"`,
		'and the trainer combines them (or runs the first command on a shared machine):',
		`  mfadesk report --cohort ${cohort}`,
		`  mfadesk report --merge *.json --cohort ${cohort} --format md`,
		'',
	].join('\n');
}

/**
 * `mfadesk session start --cohort <name> --scenarios <ids> [--time-limit <min>]`: records a training
 * session (and the cohort's scenarios and time limit) in the progress store, then prints the
 * commands trainees run. Data to stdout, messages to stderr; exit 0, 1 (store unusable) or 2 (usage).
 */
export const sessionCommand: Command = async (context) => {
	const [subcommand, ...extra] = context.args;
	if (subcommand !== 'start') {
		return usageError(context, subcommand === undefined ? 'say what to do: start' : `unknown subcommand "${subcommand}"`);
	}

	if (extra.length > 0) {
		return usageError(context, `unexpected argument "${extra[0]!}"`);
	}

	const cohort = normaliseName(context.flags.cohort ?? '');
	if (cohort === '') {
		return usageError(context, '--cohort <name> is required');
	}

	if (!isValidName(cohort)) {
		return usageError(context, `--cohort "${cohort}" is not a valid name: ${nameRule}`);
	}

	const {ids, bad} = parseScenarioIds(context.flags.scenarios ?? '');
	if (ids.length === 0) {
		return usageError(context, '--scenarios <ids> is required: scenario ids separated by commas');
	}

	if (bad.length > 0) {
		return usageError(context, `not a scenario id: ${bad.join(', ')} (ids are kebab-case, e.g. codes-wrong-number)`);
	}

	const timeLimit = context.flags.timeLimit;
	if (timeLimit !== undefined && (!Number.isInteger(timeLimit) || timeLimit < 1 || timeLimit > 24 * 60)) {
		return usageError(context, `--time-limit must be a whole number of minutes from 1 to 1440, got ${String(timeLimit)}`);
	}

	const known = await builtInScenarioIds(context.fixturesDir);
	const unknown = ids.filter((id) => !known.has(id));
	if (unknown.length > 0) {
		context.stderr.write(`mfadesk: not a built-in scenario: ${unknown.join(', ')}. Trainees need --scenarios <dir> holding it.\n`);
	}

	const store = await openStoreForCommand({db: context.flags.db, save: context.flags.save, env: context.env, stderr: context.stderr});
	if (!store) {
		return exitCodes.failed;
	}

	const record: TrainingSessionRecord = {
		id: randomUUID(),
		cohort,
		scenarioIds: ids,
		...(timeLimit === undefined ? {} : {timeLimitMinutes: timeLimit}),
		startedAt: new Date().toISOString(),
	};
	try {
		await store.update((data) => recordTrainingSession(data, record));
	} catch (error: unknown) {
		if (error instanceof ProgressStoreError) {
			context.stderr.write(`mfadesk: ${error.message}\n`);
			return exitCodes.failed;
		}

		throw error;
	}

	context.stderr.write(store.location.kind === 'file' ? `mfadesk: session ${record.id} recorded in ${store.location.path}\n` : 'mfadesk: --no-save: the session was not recorded\n');
	context.stdout.write(context.flags.json ? `${JSON.stringify({session: record}, null, '\t')}\n` : instructions(record));
	return exitCodes.ok;
};
