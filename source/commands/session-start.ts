import {randomUUID} from 'node:crypto';
import {stat} from 'node:fs/promises';
import {isValidName, nameRule, normaliseName, scenarioIdPattern} from '../domain/progress/names.js';
import type {CohortRecord, TrainingSessionRecord} from '../domain/progress/records.js';
import {startTrainingSession, type StartMode, type StartOutcome} from '../domain/progress/session-changes.js';
import {suggest} from '../scenario/suggest.js';
import {notFoundMessage} from '../adapters/scenario-paths.js';
import {catalogueIds} from '../services/scenario-source-service.js';
import {exitCodes, type CommandContext, type ExitCode} from './command.js';
import {exists} from './command-support.js';
import {decideAndWrite, sessionUsageError, shellArgument, shortTime, withStore} from './session-support.js';

/** What `session start` was asked, checked. */
type StartRequest = {
	readonly cohort: string;
	readonly ids: readonly string[];
	readonly timeLimit?: number | undefined;
	readonly mode: StartMode;
	/** `--scenarios <dir>`, when the session uses scenarios from it (trainees then need it too). */
	readonly directory?: string | undefined;
};

type Checked<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly problem: string};

async function isDirectory(file: string): Promise<boolean> {
	return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * `--ids` and `--scenarios`. `--scenarios` names a directory of scenarios, as for play and list; before
 * `--ids` existed it held the ids, and a value that is no directory is still read that way, with a notice.
 */
async function idsAndDirectory(context: CommandContext): Promise<{readonly ids?: string | undefined; readonly directory?: string | undefined}> {
	const {ids, scenarios} = context.flags;
	if (ids !== undefined || scenarios === undefined || (await isDirectory(scenarios))) {
		return {ids, directory: scenarios};
	}

	context.stderr.write('mfadesk: note: --scenarios <ids> is now --ids <ids> for session start (--scenarios names a directory of scenarios, as for play and list).\n');
	return {ids: scenarios};
}

async function checkRequest(context: CommandContext): Promise<Checked<StartRequest>> {
	const cohort = normaliseName(context.flags.cohort ?? '');
	if (cohort === '') {
		return {ok: false, problem: '--cohort <name> is required'};
	}

	if (!isValidName(cohort)) {
		return {ok: false, problem: `--cohort "${cohort}" is not a valid name: ${nameRule}`};
	}

	const given = await idsAndDirectory(context);
	const ids = [...new Set((given.ids ?? '').split(',').map((each) => each.trim()).filter((each) => each !== ''))];
	if (ids.length === 0) {
		return {ok: false, problem: '--ids <id,id,...> is required: scenario ids separated by commas (mfadesk list shows them)'};
	}

	const malformed = ids.filter((id) => !scenarioIdPattern.test(id));
	if (malformed.length > 0) {
		return {ok: false, problem: `not a scenario id: ${malformed.join(', ')} (ids are kebab-case, e.g. codes-wrong-number)`};
	}

	const timeLimit = context.flags.timeLimit;
	if (timeLimit !== undefined && (!Number.isInteger(timeLimit) || timeLimit < 1 || timeLimit > 24 * 60)) {
		return {ok: false, problem: `--time-limit must be a whole number of minutes from 1 to 1440, got ${String(timeLimit)}`};
	}

	if (context.flags.replace && context.flags.add) {
		return {ok: false, problem: '--replace and --add cannot go together: replace the running session, or add to it'};
	}

	if (given.directory !== undefined && !(await isDirectory(given.directory))) {
		return {ok: false, problem: `--scenarios ${(await exists(given.directory)) ? `${given.directory}: not a directory` : await notFoundMessage(given.directory)}`};
	}

	const known = await catalogueIds({fixturesDir: context.fixturesDir, extraDirectory: given.directory});
	const candidates = [...known.builtIn, ...known.custom];
	const unknown = ids.filter((id) => !known.builtIn.has(id) && !known.custom.has(id));
	if (unknown.length > 0) {
		const where = given.directory === undefined ? 'mfadesk list shows the ids; your own scenarios need --scenarios <dir>' : `not built in and not in ${given.directory}`;
		const each = unknown.map((id) => `"${id}"${suggest(id, candidates).replace(/^: expected one of .*$/, '')}`);
		return {ok: false, problem: `unknown scenario${unknown.length === 1 ? '' : 's'} ${each.join(', ')} (${where})`};
	}

	const usesCustom = ids.some((id) => known.custom.has(id));
	return {ok: true, value: {cohort, ids, timeLimit, mode: context.flags.replace ? 'replace' : context.flags.add ? 'add' : 'new', directory: usesCustom ? given.directory : undefined}};
}

function describeCohort(cohort: Pick<CohortRecord, 'scenarioIds' | 'timeLimitMinutes'>): string {
	return `${cohort.scenarioIds.join(', ')}; ${cohort.timeLimitMinutes === undefined ? 'no time limit' : `${cohort.timeLimitMinutes} minutes each`}`;
}

/** What trainees run, and how results come back to the trainer. */
function instructions(session: Pick<TrainingSessionRecord, 'cohort' | 'scenarioIds' | 'timeLimitMinutes'>, directory: string | undefined): string {
	const cohort = shellArgument(session.cohort);
	const limit = session.timeLimitMinutes === undefined ? '' : ` --time-limit ${session.timeLimitMinutes}`;
	const scenarios = directory === undefined ? '' : ` --scenarios ${shellArgument(directory)}`;
	const each = session.timeLimitMinutes === undefined ? 'no time limit' : `${session.timeLimitMinutes} minutes each`;
	return [
		`Training session for cohort ${session.cohort}: ${session.scenarioIds.length} scenario${session.scenarioIds.length === 1 ? '' : 's'}, ${each}.`,
		'',
		'Each trainee runs, on their own machine:',
		...session.scenarioIds.map((id) => `  mfadesk play ${id} --trainee "<your name>" --cohort ${cohort}${limit}${scenarios}`),
		'',
		'Afterwards, each trainee exports their results:',
		`  mfadesk report --cohort ${cohort} --format json > "<your name>.json"`,
		'and the trainer combines them (or runs the first command on a shared machine):',
		`  mfadesk report --cohort ${cohort}`,
		`  mfadesk report --merge *.json --cohort ${cohort} --format md`,
		'',
	].join('\n');
}

/** The sentence for a cohort that already runs another session: what it holds, and the three ways on. */
function runningMessage(cohort: CohortRecord): string {
	const name = shellArgument(cohort.name);
	return [
		`cohort ${cohort.name} already has a running session (since ${shortTime(cohort.updatedAt)}: ${describeCohort(cohort)}); nothing was changed.`,
		'  add --replace to replace it with these scenarios, or --add to add these scenarios to it,',
		`  or end it first: mfadesk session end --cohort ${name}`,
	].join('\n');
}

function report(context: CommandContext, outcome: Extract<StartOutcome, {kind: 'started'}>, location: string | undefined): void {
	const {session, previous} = outcome;
	if (previous !== undefined) {
		const added = session.scenarioIds.filter((id) => !previous.scenarioIds.includes(id));
		const change = context.flags.add ? `added ${added.join(', ')} to` : 'replaced';
		context.stderr.write(`mfadesk: ${change} the running session of cohort ${previous.name} (was: ${describeCohort(previous)})\n`);
	}

	context.stderr.write(location === undefined ? 'mfadesk: --no-save: the session was not recorded\n' : `mfadesk: session ${session.id} recorded in ${location}\n`);
}

/**
 * `mfadesk session start --cohort <name> --ids <ids> [--time-limit <min>] [--replace | --add]`: records a
 * training session (the cohort's scenarios and time limit) and prints the commands trainees run. Unknown ids
 * are a usage error and nothing is written. A cohort's running session is never replaced silently: the same
 * session again changes nothing, another needs `--replace` or `--add` (exit 2 without).
 */
export async function startSession(context: CommandContext): Promise<ExitCode> {
	const checked = await checkRequest(context);
	if (!checked.ok) {
		return sessionUsageError(context, checked.problem);
	}

	const request = checked.value;
	return withStore(context, async (store) => {
		const outcome = await decideAndWrite(store, (data) =>
			startTrainingSession(data, {id: randomUUID(), cohort: request.cohort, scenarioIds: request.ids, timeLimitMinutes: request.timeLimit, at: new Date().toISOString(), mode: request.mode}),
		);
		if (outcome.kind === 'running') {
			context.stderr.write(`mfadesk session: ${runningMessage(outcome.cohort)}\n`);
			return exitCodes.usage;
		}

		if (outcome.kind === 'unchanged') {
			context.stderr.write(`mfadesk: cohort ${outcome.cohort.name} already runs this session (since ${shortTime(outcome.cohort.updatedAt)}); nothing changed.\n`);
		} else {
			report(context, outcome, store.location.kind === 'file' ? store.location.path : undefined);
		}

		const shown = outcome.kind === 'unchanged' ? {...outcome.cohort, cohort: outcome.cohort.name} : outcome.session;
		const json = outcome.kind === 'started' ? {session: outcome.session} : {session: null, cohort: outcome.cohort};
		context.stdout.write(context.flags.json ? `${JSON.stringify(json, null, '\t')}\n` : instructions(shown, request.directory));
		return exitCodes.ok;
	});
}
