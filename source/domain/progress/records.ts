/**
 * The progress records mfadesk keeps (DESIGN section 6): trainees, cohorts, training sessions and
 * attempts. Plain JSON values only: the store writes them as they are. Wall times are ISO-8601 UTC
 * strings taken by the caller; simulated times are Instants (milliseconds on the simulated clock).
 */

/** The schema version this build reads and writes; older files are migrated (see migrations.ts). */
export const currentSchemaVersion = 1;

/** Any JSON value: what a transcript keeps of an intent. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | {readonly [key: string]: JsonValue};

/** A trainee, known by name (names match case-insensitively, see names.ts). */
export type TraineeRecord = {
	readonly name: string;
	/** Wall time of the first attempt or session that named this trainee. */
	readonly firstSeenAt: string;
};

/** A group the trainer runs sessions for, with the scenarios it practises and an optional time limit. */
export type CohortRecord = {
	readonly name: string;
	readonly scenarioIds: readonly string[];
	/** Minutes per scenario, when the trainer set one. */
	readonly timeLimitMinutes?: number;
	readonly createdAt: string;
	readonly updatedAt: string;
	/**
	 * When `mfadesk session end` closed the cohort's session (its scenarios stay, for reports); a later
	 * `session start` opens a new one. Optional, so files written before it existed read as they are.
	 */
	readonly endedAt?: string;
};

/** One `mfadesk session start`: when a trainer started which scenarios for which cohort. */
export type TrainingSessionRecord = {
	readonly id: string;
	readonly cohort: string;
	readonly scenarioIds: readonly string[];
	readonly timeLimitMinutes?: number;
	readonly startedAt: string;
};

/** One turn the trainee took: the intent (never a secret), the simulated time after it, and the wall time. */
export type TranscriptEntry = {
	readonly intent: JsonValue;
	/** The simulated clock after the turn (Instant). */
	readonly simulatedAt: number;
	/** When the trainee took the turn (ISO-8601 UTC). */
	readonly wallAt: string;
};

/** How an attempt ended. */
export type AttemptOutcome = 'passed' | 'failed' | 'abandoned';

/** One line of the score: what it was for, the points (negative for hint costs and penalties) and, if it has one, its maximum. */
export type ScoreItem = {readonly item: string; readonly points: number; readonly max?: number};

/** The grade of a finished attempt: its own shape, so it does not depend on the grader's types. */
export type ScoreRecord = {
	readonly total: number;
	readonly max: number;
	readonly breakdown: readonly ScoreItem[];
};

/** A red flag the grader raised, by its scenario id, with the points it cost. */
export type RedFlagRecord = {readonly id: string; readonly penalty: number};

/**
 * One attempt at one scenario by one trainee. While `inProgress` it is saved after every turn and
 * can be resumed; `outcome` is set exactly when it is not in progress.
 */
export type AttemptRecord = {
	readonly id: string;
	readonly trainee: string;
	readonly cohort?: string;
	readonly scenarioId: string;
	/** Content hash of the scenario file the attempt was played on (a changed file may not replay). */
	readonly scenarioHash: string;
	readonly seed: string;
	/**
	 * Real-time play (`--real-time`) only: the simulated instant the attempt began at (the wall clock
	 * then), which replaces the scenario's own start. A resume starts from it and replays the
	 * transcript, whose catch-up waits and typed codes (as verdicts) make the rest exact. Optional,
	 * so files written before it existed read as they are (no schema bump).
	 */
	readonly realTimeStart?: number;
	/** The turns in effect (undo removes the last one, reset clears them): replaying them restores the session. */
	readonly transcript: readonly TranscriptEntry[];
	readonly hintsRevealed: number;
	/** Wall-clock milliseconds spent playing (idle gaps capped; time between quit and resume not counted). */
	readonly elapsedMs: number;
	readonly startedAt: string;
	/** Wall time of the last save; merges keep the later copy of an attempt. */
	readonly updatedAt: string;
	readonly inProgress: boolean;
	readonly finishedAt?: string;
	readonly outcome?: AttemptOutcome;
	readonly score?: ScoreRecord;
	readonly redFlags: readonly RedFlagRecord[];
};

/** Everything in one progress file. */
export type ProgressData = {
	readonly schemaVersion: typeof currentSchemaVersion;
	readonly trainees: readonly TraineeRecord[];
	readonly cohorts: readonly CohortRecord[];
	readonly sessions: readonly TrainingSessionRecord[];
	readonly attempts: readonly AttemptRecord[];
};

/** A progress file with nothing in it yet. */
export function emptyProgress(): ProgressData {
	return {schemaVersion: currentSchemaVersion, trainees: [], cohorts: [], sessions: [], attempts: []};
}
