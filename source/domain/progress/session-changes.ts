import {findCohort, recordTrainingSession} from './progress-changes.js';
import type {CohortRecord, ProgressData, TrainingSessionRecord} from './records.js';

/**
 * Starting and ending a cohort's training session, as pure changes the store applies under its lock (so
 * the decision is made on the file as it is, not on an earlier read). A cohort has at most one running
 * session: its record's scenarios and time limit, until `session end` sets `endedAt`.
 */

/** What to do when the cohort already has a running session. */
export type StartMode = 'new' | 'replace' | 'add';

/** A `session start` as asked. */
export type SessionStart = {
	readonly id: string;
	readonly cohort: string;
	readonly scenarioIds: readonly string[];
	readonly timeLimitMinutes?: number | undefined;
	readonly at: string;
	readonly mode: StartMode;
};

/** What a start did. */
export type StartOutcome =
	/** Recorded; `previous` is the running session it replaced or added to. */
	| {readonly kind: 'started'; readonly session: TrainingSessionRecord; readonly previous?: CohortRecord}
	/** The cohort's running session already has these scenarios and this time limit: nothing written. */
	| {readonly kind: 'unchanged'; readonly cohort: CohortRecord}
	/** The cohort has another running session and the mode is `new`: nothing written. */
	| {readonly kind: 'running'; readonly cohort: CohortRecord};

/** True when the cohort's session has not been ended. */
export function isRunning(cohort: CohortRecord): boolean {
	return cohort.endedAt === undefined;
}

function sameList(left: readonly string[], right: readonly string[]): boolean {
	return left.length === right.length && left.every((each, index) => each === right[index]);
}

/** The session a start records: for `add`, the running session's scenarios then the new ones, and its time limit unless one is given. */
function sessionFor(start: SessionStart, running: CohortRecord | undefined): TrainingSessionRecord {
	const add = start.mode === 'add' && running !== undefined;
	const scenarioIds = add ? [...new Set([...running.scenarioIds, ...start.scenarioIds])] : start.scenarioIds;
	const timeLimit = start.timeLimitMinutes ?? (add ? running.timeLimitMinutes : undefined);
	return {id: start.id, cohort: start.cohort, scenarioIds, ...(timeLimit === undefined ? {} : {timeLimitMinutes: timeLimit}), startedAt: start.at};
}

/**
 * Starts a session for a cohort. Without a running session (none yet, or ended) it is recorded. With one: the
 * same scenarios and time limit change nothing; otherwise `replace` replaces it, `add` adds the scenarios to
 * it, and `new` refuses (a trainer must not lose a running session by a slip).
 */
export function startTrainingSession(data: ProgressData, start: SessionStart): {readonly data: ProgressData; readonly outcome: StartOutcome} {
	const existing = findCohort(data, start.cohort);
	const running = existing !== undefined && isRunning(existing) ? existing : undefined;
	// A known cohort keeps the spelling it was created with (names match in any letter case).
	const session = sessionFor({...start, cohort: existing?.name ?? start.cohort}, running);
	if (running !== undefined) {
		if (sameList(running.scenarioIds, session.scenarioIds) && running.timeLimitMinutes === session.timeLimitMinutes) {
			return {data, outcome: {kind: 'unchanged', cohort: running}};
		}

		if (start.mode === 'new') {
			return {data, outcome: {kind: 'running', cohort: running}};
		}
	}

	return {data: recordTrainingSession(data, session), outcome: {kind: 'started', session, ...(running === undefined ? {} : {previous: running})}};
}

/** What an end did. */
export type EndOutcome = {readonly kind: 'ended'; readonly cohort: CohortRecord} | {readonly kind: 'not-running'; readonly cohort: CohortRecord} | {readonly kind: 'unknown'};

/** Ends the cohort's running session: it keeps its scenarios (reports still show them) and gets `endedAt`. */
export function endTrainingSession(data: ProgressData, name: string, at: string): {readonly data: ProgressData; readonly outcome: EndOutcome} {
	const cohort = findCohort(data, name);
	if (cohort === undefined) {
		return {data, outcome: {kind: 'unknown'}};
	}

	if (!isRunning(cohort)) {
		return {data, outcome: {kind: 'not-running', cohort}};
	}

	// updatedAt moves too, so a merge of progress files keeps the end over an older copy of the session.
	const ended: CohortRecord = {...cohort, updatedAt: at, endedAt: at};
	return {data: {...data, cohorts: data.cohorts.map((each) => (each === cohort ? ended : each))}, outcome: {kind: 'ended', cohort: ended}};
}
