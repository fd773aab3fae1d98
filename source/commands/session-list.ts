import {compareNames, isValidName, nameRule, normaliseName, sameName} from '../domain/progress/names.js';
import type {CohortRecord} from '../domain/progress/records.js';
import {endTrainingSession, isRunning} from '../domain/progress/session-changes.js';
import {suggest} from '../scenario/suggest.js';
import {exitCodes, type CommandContext, type ExitCode} from './command.js';
import {decideAndWrite, sessionUsageError, shellArgument, shortTime, withStore} from './session-support.js';

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

/**
 * `mfadesk session list [--cohort <name>] [--json]`: every cohort a session was started for, with its status
 * (running or ended), time limit, creation time and scenarios, by cohort name. Data to stdout.
 */
export async function listSessions(context: CommandContext): Promise<ExitCode> {
	const filter = context.flags.cohort === undefined ? undefined : normaliseName(context.flags.cohort);
	return withStore(context, async (store) => {
		const data = await store.read();
		const cohorts = data.cohorts.filter((each) => filter === undefined || sameName(each.name, filter)).toSorted((left, right) => compareNames(left.name, right.name));
		const rows = cohorts.map((cohort) => listingOf(cohort));
		if (context.flags.json) {
			context.stdout.write(`${JSON.stringify({sessions: rows}, null, '\t')}\n`);
		} else if (rows.length > 0) {
			context.stdout.write(table(rows));
		}

		if (rows.length === 0) {
			const none = filter === undefined ? 'no training sessions yet' : `no session for cohort ${filter}${suggest(filter, data.cohorts.map((each) => each.name)).replace(/^: expected one of /, '; cohorts: ')}`;
			context.stderr.write(`mfadesk: ${none}${store.location.kind === 'memory' ? ' (--no-save: no progress file is read)' : ''}. Start one with mfadesk session start --cohort <name> --ids <id,id,...>\n`);
		}

		return exitCodes.ok;
	});
}

/**
 * `mfadesk session end --cohort <name>`: ends the cohort's running session. Its scenarios and attempts stay
 * (reports still show them); the next `session start` for the cohort needs no `--replace`. Ending an ended
 * session again changes nothing (exit 0); an unknown cohort is a usage error (exit 2).
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
		let known: readonly string[] = [];
		const outcome = await decideAndWrite(store, (data) => {
			known = data.cohorts.map((each) => each.name);
			return endTrainingSession(data, name, new Date().toISOString());
		});
		if (outcome.kind === 'unknown') {
			const close = suggest(name, known).replace(/^: expected one of /, '; cohorts: ');
			return sessionUsageError(context, `no session for cohort ${name}${close}${store.location.kind === 'memory' ? ' (--no-save: no progress file is read)' : ''}`);
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
