import {randomUUID} from 'node:crypto';
import {
	abandonAttempt,
	appendTurn,
	clearTurns,
	dropLastTurn,
	finishAttempt,
	recordHints,
	startAttempt,
	type AttemptResult,
	type AttemptStart,
} from '../domain/progress/attempt-life.js';
import {upsertAttempt} from '../domain/progress/progress-changes.js';
import type {AttemptRecord, JsonValue} from '../domain/progress/records.js';
import type {ProgressStore} from './progress-store.js';

/** Clock, ids and the idle cap, replaceable in tests. */
export type AttemptRecorderOptions = {
	readonly now?: () => Date;
	readonly newId?: () => string;
	/** The longest gap between two saves counted as playing time (default 15 minutes). */
	readonly idleCapMs?: number;
};

/**
 * Saves one attempt as it is played: after every turn, undo, reset and hint, so the attempt
 * survives quitting, Ctrl+C and a killed process, and once more when it is finished or abandoned.
 * Every save writes the whole attempt (by id), so a failed save is made good by the next one.
 * Calls are saved in call order; a method's promise settles when its save is on disk.
 */
export type AttemptRecorder = {
	/** The attempt as of the last call. */
	readonly current: () => AttemptRecord;
	/** After a turn: its intent (copied as JSON; intents hold no secrets) and the simulated clock after it. */
	readonly turn: (intent: unknown, simulatedAt: number) => Promise<AttemptRecord>;
	readonly undo: () => Promise<AttemptRecord>;
	readonly reset: () => Promise<AttemptRecord>;
	/** After a hint is revealed: how many are revealed now. */
	readonly hints: (hintsRevealed: number) => Promise<AttemptRecord>;
	readonly finish: (result: AttemptResult) => Promise<AttemptRecord>;
	/** The trainee started over: the attempt is kept as abandoned. */
	readonly abandon: () => Promise<AttemptRecord>;
};

function toJson(intent: unknown): JsonValue {
	const text = JSON.stringify(intent);
	if (text === undefined) {
		throw new TypeError('an intent must be a JSON value');
	}

	return JSON.parse(text) as JsonValue;
}

function recorder(store: ProgressStore, first: AttemptRecord, options: AttemptRecorderOptions): AttemptRecorder {
	const now = options.now ?? (() => new Date());
	const idleCapMs = options.idleCapMs ?? 15 * 60 * 1000;
	let latest = first;
	let lastActive = now().getTime();

	const save = async (change: (attempt: AttemptRecord, at: string, activeMs: number) => AttemptRecord): Promise<AttemptRecord> => {
		if (!latest.inProgress) {
			throw new Error(`attempt ${latest.id} is already ${latest.outcome ?? 'finished'}`);
		}

		const instant = now();
		const activeMs = Math.min(Math.max(0, instant.getTime() - lastActive), idleCapMs);
		lastActive = instant.getTime();
		const next = change(latest, instant.toISOString(), activeMs);
		latest = next;
		await store.update((data) => upsertAttempt(data, next));
		return next;
	};

	return {
		current: () => latest,
		turn: async (intent, simulatedAt) => save((attempt, at, active) => appendTurn(attempt, toJson(intent), simulatedAt, at, active)),
		undo: async () => save(dropLastTurn),
		reset: async () => save(clearTurns),
		hints: async (hintsRevealed) => save((attempt, at, active) => recordHints(attempt, hintsRevealed, at, active)),
		finish: async (result) => save((attempt, at, active) => finishAttempt(attempt, result, at, active)),
		abandon: async () => save(abandonAttempt),
	};
}

/** Starts a new attempt and saves it at once (so it is resumable before the first turn). */
export async function beginAttempt(store: ProgressStore, start: Omit<AttemptStart, 'id'>, options: AttemptRecorderOptions = {}): Promise<AttemptRecorder> {
	const at = (options.now ?? (() => new Date()))().toISOString();
	const attempt = startAttempt({...start, id: (options.newId ?? randomUUID)()}, at);
	await store.update((data) => upsertAttempt(data, attempt));
	return recorder(store, attempt, options);
}

/** Continues an unfinished attempt (see findResumable); time between quitting and resuming is not counted. */
export function resumeAttempt(store: ProgressStore, attempt: AttemptRecord, options: AttemptRecorderOptions = {}): AttemptRecorder {
	if (!attempt.inProgress) {
		throw new Error(`attempt ${attempt.id} is already ${attempt.outcome ?? 'finished'} and cannot be resumed`);
	}

	return recorder(store, attempt, options);
}
