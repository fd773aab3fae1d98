import {compareNames, isValidName, nameRule, normaliseName, sameName} from '../domain/progress/names.js';
import type {CohortRecord} from '../domain/progress/records.js';
import {endTrainingSession, isRunning} from '../domain/progress/session-changes.js';
import {exitCodes, type CommandContext, type ExitCode} from './command.js';
import {decideAndWrite, sessionUsageError, shellArgument, shortTime, whereOf, withReader, withStore} from './session-support.js';
import {unknownNameSentence} from './unknown-name.js';

/** One row of `mfadesk session list --json`. */
export type SessionListing = {
	readonly cohort: string;
	readonly status: 'running' | 'ended';
	readonly scenarioIds: readonly string[];
	/** Minutes per scenario, or null without a limit. */
	readonly timeLimit: number | null;
	readonly createdAt: string;
	readonly updatedAt: string;
	readonly endedAt: string | null;
};

function listingOf(cohort: CohortRecord): SessionListing {
	return {
		cohort: cohort.name,
		status: isRunning(cohort) ? 'running' : 'ended',
		scenarioIds: cohort.scenarioIds,
		timeLimit: cohort.timeLimitMinutes ?? null,
		createdAt: cohort.createdAt,
		updatedAt: cohort.updatedAt,
		endedAt: cohort.endedAt ?? null,
	};
}

function table(rows: readonly SessionListing[]): string {
	const header = ['COHORT', 'STATUS', 'TIME', 'CREATED', 'SCENARIOS'];
	const cells = rows.map((row) => [
		row.cohort,
		row.endedAt === null ? 'running' : `ended ${row.endedAt.slice(0, 10)}`,
		row.timeLimit === null ? '-' : `${row.timeLimit} min`,
		shortTime(row.createdAt),
		row.scenarioIds.join(', '),
	]);
	const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
	return [header, ...cells].map((line) => line.map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')).join('\n') + '\n';
}

/** The sentence for a cohort with no session record: the cohorts that have one, the closest first. */
function noSession(name: string, known: readonly CohortRecord[], where: string): string {
	return unknownNameSentence({missing: 'no session for cohort', name, known: known.map((each) => each.name), knownAs: 'cohorts with a session', none: 'no training session was started yet', where});
}

/**
 * `mfadesk session list [--cohort <name>] [--json]`: every cohort a session was started for, with its status
 * (running or ended), time limit, creation time and scenarios, by cohort name. Data to stdout. Only reads: a
 * progress file it cannot use is named and left as it is (exit 1). A `--cohort` with no session is exit 1.
 */
export async function listSessions(context: CommandContext): Promise<ExitCode> {
	const filter = context.flags.cohort === undefined ? undefined : normaliseName(context.flags.cohort);
	return withReader(context, async (reader) => {
		const data = await reader.read();
		if (filter !== undefined && !data.cohorts.some((each) => sameName(each.name, filter))) {
			context.stderr.write(`mfadesk: ${noSession(filter, data.cohorts, whereOf(reader))}.\n`);
			return exitCodes.failed;
		}

		const cohorts = data.cohorts.filter((each) => filter === undefined || sameName(each.name, filter)).toSorted((left, right) => compareNames(left.name, right.name));
		const rows = cohorts.map((cohort) => listingOf(cohort));
		if (context.flags.json) {
			context.stdout.write(`${JSON.stringify({sessions: rows}, null, '\t')}\n`);
		} else if (rows.length > 0) {
			context.stdout.write(table(rows));
		}

		if (rows.length === 0) {
			context.stderr.write(`mfadesk: no training sessions yet${reader.location.kind === 'memory' ? ' (--no-save: no progress file is read)' : ''}. Start one with mfadesk session start --cohort <name> --ids <id,id,...>\n`);
		}

		return exitCodes.ok;
	});
}

/**
 * `mfadesk session end --cohort <name>`: ends the cohort's running session. Its scenarios and attempts stay
 * (reports still show them); the next `session start` for the cohort needs no `--replace`. Ending an ended
 * session again changes nothing (exit 0); a cohort with no session is exit 1, with the cohorts that have one.
 */
export async function endSession(context: CommandContext): Promise<ExitCode> {
	const name = normaliseName(context.flags.cohort ?? '');
	if (name === '') {
		return sessionUsageError(context, '--cohort <name> is required');
	}

	if (!isValidName(name)) {
		return sessionUsageError(context, `--cohort "${name}" is not a valid name: ${nameRule}`);
	}

	return withStore(context, async (store) => {
		let known: readonly CohortRecord[] = [];
		const outcome = await decideAndWrite(store, (data) => {
			known = data.cohorts;
			return endTrainingSession(data, name, new Date().toISOString());
		});
		if (outcome.kind === 'unknown') {
			context.stderr.write(`mfadesk: ${noSession(name, known, whereOf(store))}; nothing changed.\n`);
			return exitCodes.failed;
		}

		const {cohort} = outcome;
		context.stderr.write(
			outcome.kind === 'ended'
				? `mfadesk: ended the session of cohort ${cohort.name} (${cohort.scenarioIds.join(', ')}); its attempts stay in mfadesk report --cohort ${shellArgument(cohort.name)}\n`
				: `mfadesk: the session of cohort ${cohort.name} already ended on ${shortTime(cohort.endedAt!)}; nothing changed.\n`,
		);
		if (context.flags.json) {
			context.stdout.write(`${JSON.stringify({session: listingOf(cohort)}, null, '\t')}\n`);
		}

		return exitCodes.ok;
	});
}
