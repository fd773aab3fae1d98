import {compareNames, compareText, nameKey, sameName} from './names.js';
import {emptyProgress, type AttemptRecord, type CohortRecord, type ProgressData, type TraineeRecord, type TrainingSessionRecord} from './records.js';

/**
 * Pure changes to progress data. The store applies them inside a read-modify-write under its lock,
 * so each one starts from what is on disk now and only adds or replaces records by id or name:
 * two processes writing at once never undo each other's records.
 */

/** Adds the trainee unless a trainee of that name (case-insensitively) is known. */
export function ensureTrainee(data: ProgressData, name: string, at: string): ProgressData {
	if (data.trainees.some((each) => sameName(each.name, name))) {
		return data;
	}

	return {...data, trainees: [...data.trainees, {name, firstSeenAt: at}]};
}

/**
 * Which of two copies of the same attempt to keep: a finished copy beats an unfinished one (an old
 * in-progress save never undoes a finish), then the later `updatedAt`, then the longer transcript.
 */
export function preferAttempt(left: AttemptRecord, right: AttemptRecord): AttemptRecord {
	if (left.inProgress !== right.inProgress) {
		return left.inProgress ? right : left;
	}

	if (left.updatedAt !== right.updatedAt) {
		return left.updatedAt > right.updatedAt ? left : right;
	}

	return right.transcript.length > left.transcript.length ? right : left;
}

/** Saves an attempt by id (replacing the stored copy per preferAttempt) and makes sure its trainee is known. */
export function upsertAttempt(data: ProgressData, attempt: AttemptRecord): ProgressData {
	const withTrainee = ensureTrainee(data, attempt.trainee, attempt.startedAt);
	const index = withTrainee.attempts.findIndex((each) => each.id === attempt.id);
	if (index === -1) {
		return {...withTrainee, attempts: [...withTrainee.attempts, attempt]};
	}

	const stored = withTrainee.attempts[index]!;
	const kept = preferAttempt(stored, attempt);
	if (kept === stored) {
		return withTrainee;
	}

	return {...withTrainee, attempts: withTrainee.attempts.with(index, kept)};
}

/** Records a session start and creates or updates its cohort (scenarios and time limit follow the latest session). */
export function recordTrainingSession(data: ProgressData, session: TrainingSessionRecord): ProgressData {
	const existing = data.cohorts.find((each) => sameName(each.name, session.cohort));
	const cohort: CohortRecord = {
		name: existing?.name ?? session.cohort,
		scenarioIds: session.scenarioIds,
		...(session.timeLimitMinutes === undefined ? {} : {timeLimitMinutes: session.timeLimitMinutes}),
		createdAt: existing?.createdAt ?? session.startedAt,
		updatedAt: session.startedAt,
	};
	const cohorts = existing ? data.cohorts.map((each) => (each === existing ? cohort : each)) : [...data.cohorts, cohort];
	const sessions = data.sessions.some((each) => each.id === session.id) ? data.sessions : [...data.sessions, session];
	return {...data, cohorts, sessions};
}

/** The cohort of that name, if a session was started for it here. */
export function findCohort(data: ProgressData, name: string): CohortRecord | undefined {
	return data.cohorts.find((each) => sameName(each.name, name));
}

function mergeTrainees(all: readonly TraineeRecord[]): TraineeRecord[] {
	const byKey = new Map<string, TraineeRecord>();
	for (const trainee of all) {
		const known = byKey.get(nameKey(trainee.name));
		if (!known || trainee.firstSeenAt < known.firstSeenAt) {
			byKey.set(nameKey(trainee.name), known ? {...trainee, name: known.name} : trainee);
		}
	}

	return [...byKey.values()];
}

function mergeCohorts(all: readonly CohortRecord[]): CohortRecord[] {
	const byKey = new Map<string, CohortRecord>();
	for (const cohort of all) {
		const known = byKey.get(nameKey(cohort.name));
		if (!known) {
			byKey.set(nameKey(cohort.name), cohort);
			continue;
		}

		const newer = cohort.updatedAt > known.updatedAt ? cohort : known;
		const createdAt = cohort.createdAt < known.createdAt ? cohort.createdAt : known.createdAt;
		byKey.set(nameKey(cohort.name), {...newer, name: known.name, createdAt});
	}

	return [...byKey.values()];
}

/** Sorts every list the same way on every machine, so equal data serialises to equal text. */
export function sortProgress(data: ProgressData): ProgressData {
	return {
		schemaVersion: data.schemaVersion,
		trainees: data.trainees.toSorted((left, right) => compareNames(left.name, right.name)),
		cohorts: data.cohorts.toSorted((left, right) => compareNames(left.name, right.name)),
		sessions: data.sessions.toSorted((left, right) => compareText(left.startedAt, right.startedAt) || compareText(left.id, right.id)),
		attempts: data.attempts.toSorted((left, right) => compareText(left.startedAt, right.startedAt) || compareText(left.id, right.id)),
	};
}

/**
 * Combines progress from several machines: attempts deduplicated by id (preferAttempt picks the
 * copy), trainees and cohorts by name, sessions by id. Every trainee of every file is kept.
 */
export function mergeProgress(files: readonly ProgressData[]): ProgressData {
	const attempts = new Map<string, AttemptRecord>();
	const sessions = new Map<string, TrainingSessionRecord>();
	for (const file of files) {
		for (const attempt of file.attempts) {
			const known = attempts.get(attempt.id);
			attempts.set(attempt.id, known ? preferAttempt(known, attempt) : attempt);
		}

		for (const session of file.sessions) {
			if (!sessions.has(session.id)) {
				sessions.set(session.id, session);
			}
		}
	}

	const trainees = mergeTrainees(files.flatMap((file) => [...file.trainees, ...file.attempts.map((attempt) => ({name: attempt.trainee, firstSeenAt: attempt.startedAt}))]));
	return sortProgress({
		...emptyProgress(),
		trainees,
		cohorts: mergeCohorts(files.flatMap((file) => file.cohorts)),
		sessions: [...sessions.values()],
		attempts: [...attempts.values()],
	});
}
