import {sameName} from './names.js';
import type {AttemptOutcome, AttemptRecord, JsonValue, ProgressData, RedFlagRecord, ScoreRecord} from './records.js';

/**
 * The life of an attempt, as pure functions: start, one save per turn, undo, reset, hints, finish
 * or abandon. Wall times and ids come from the caller (the store's attempt recorder).
 */

/** What identifies a new attempt. */
export type AttemptStart = {
	readonly id: string;
	readonly trainee: string;
	readonly cohort?: string;
	readonly scenarioId: string;
	readonly scenarioHash: string;
	readonly seed: string;
	/** Real-time play: the simulated instant the initial state was moved to (see AttemptRecord). */
	readonly realTimeStart?: number;
};

/** What the grader decided, in the record's own terms (map the grading report onto this). */
export type AttemptResult = {
	readonly outcome: Exclude<AttemptOutcome, 'abandoned'>;
	readonly score: ScoreRecord;
	readonly redFlags: readonly RedFlagRecord[];
};

/** A new, empty, in-progress attempt. */
export function startAttempt(start: AttemptStart, at: string): AttemptRecord {
	return {...start, transcript: [], hintsRevealed: 0, elapsedMs: 0, startedAt: at, updatedAt: at, inProgress: true, redFlags: []};
}

function touched(attempt: AttemptRecord, at: string, activeMs: number): AttemptRecord {
	return {...attempt, updatedAt: at > attempt.updatedAt ? at : attempt.updatedAt, elapsedMs: attempt.elapsedMs + Math.max(0, Math.round(activeMs))};
}

/** Appends a turn: the intent (a JSON copy), the simulated time after it, the wall time; adds the active time since the last save. */
export function appendTurn(attempt: AttemptRecord, intent: JsonValue, simulatedAt: number, at: string, activeMs: number): AttemptRecord {
	return {...touched(attempt, at, activeMs), transcript: [...attempt.transcript, {intent, simulatedAt, wallAt: at}]};
}

/** Drops the last turn (the session's undo). */
export function dropLastTurn(attempt: AttemptRecord, at: string, activeMs: number): AttemptRecord {
	return {...touched(attempt, at, activeMs), transcript: attempt.transcript.slice(0, -1)};
}

/** Clears the turns (the session's reset); hints stay revealed. */
export function clearTurns(attempt: AttemptRecord, at: string, activeMs: number): AttemptRecord {
	return {...touched(attempt, at, activeMs), transcript: []};
}

/** Records that the hints revealed are now `hintsRevealed` (never fewer than before). */
export function recordHints(attempt: AttemptRecord, hintsRevealed: number, at: string, activeMs: number): AttemptRecord {
	return {...touched(attempt, at, activeMs), hintsRevealed: Math.max(attempt.hintsRevealed, hintsRevealed)};
}

/** Finishes the attempt with the grade. */
export function finishAttempt(attempt: AttemptRecord, result: AttemptResult, at: string, activeMs: number): AttemptRecord {
	return {...touched(attempt, at, activeMs), inProgress: false, finishedAt: at, outcome: result.outcome, score: result.score, redFlags: result.redFlags};
}

/** Gives the attempt up (the trainee started over): it stays in the record, ungraded. */
export function abandonAttempt(attempt: AttemptRecord, at: string, activeMs: number): AttemptRecord {
	return {...touched(attempt, at, activeMs), inProgress: false, finishedAt: at, outcome: 'abandoned'};
}

/** The most recent unfinished attempt of this trainee at this scenario: what "Resume" opens. */
export function findResumable(data: ProgressData, trainee: string, scenarioId: string): AttemptRecord | undefined {
	return data.attempts
		.filter((each) => each.inProgress && each.scenarioId === scenarioId && sameName(each.trainee, trainee))
		.reduce<AttemptRecord | undefined>((latest, each) => (latest === undefined || each.updatedAt > latest.updatedAt ? each : latest), undefined);
}

/** What the scenario picker shows for one scenario and the current trainee. */
export type ScenarioStatus = {
	readonly attempts: number;
	/** At least one attempt passed. */
	readonly done: boolean;
	/** Best total of the graded attempts, with its maximum. */
	readonly best?: {readonly total: number; readonly max: number};
	/** An unfinished attempt can be resumed. */
	readonly resumable: boolean;
};

/** Per scenario id, the trainee's status (scenarios never attempted are absent). */
export function scenarioStatusFor(data: ProgressData, trainee: string): ReadonlyMap<string, ScenarioStatus> {
	const statuses = new Map<string, ScenarioStatus>();
	for (const attempt of data.attempts) {
		if (!sameName(attempt.trainee, trainee)) {
			continue;
		}

		const known = statuses.get(attempt.scenarioId) ?? {attempts: 0, done: false, resumable: false};
		const score = attempt.score;
		const best = score && (!known.best || score.total > known.best.total) ? {total: score.total, max: score.max} : known.best;
		statuses.set(attempt.scenarioId, {
			attempts: known.attempts + 1,
			done: known.done || attempt.outcome === 'passed',
			resumable: known.resumable || attempt.inProgress,
			...(best ? {best} : {}),
		});
	}

	return statuses;
}
