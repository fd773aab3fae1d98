import type {AttemptRecorder} from '../../store/attempt-recorder.js';
import type {Session, SessionIntent} from '../../services/session-service.js';

/** One save the attempt needs after a change of the session. */
export type ProgressChange =
	| {readonly kind: 'turn'; readonly intent: SessionIntent; readonly simulatedAt: number}
	| {readonly kind: 'undo'}
	| {readonly kind: 'reset'}
	| {readonly kind: 'hints'; readonly revealed: number};

/**
 * What changed between two versions of the session, as the saves the attempt record needs: a
 * new turn (its intent and the simulated clock after it), an undo, a reset, more hints. Pure.
 */
export function progressChanges(previous: Session, next: Session): readonly ProgressChange[] {
	const changes: ProgressChange[] = [];
	const before = previous.turns.length;
	const after = next.turns.length;
	if (after === 0 && before > 1) {
		changes.push({kind: 'reset'});
	} else {
		for (let count = before; count > after; count--) {
			changes.push({kind: 'undo'});
		}

		for (const turn of next.turns.slice(before)) {
			changes.push({kind: 'turn', intent: turn.intent, simulatedAt: turn.state.now});
		}
	}

	if (next.hintsRevealed > previous.hintsRevealed) {
		changes.push({kind: 'hints', revealed: next.hintsRevealed});
	}

	return changes;
}

/** Saves an attempt as it is played, one save after the other, never throwing into the UI. */
export type ProgressSaver = {
	/** The attempt's recorder (finish and abandon go through `then`, after the queued saves). */
	readonly recorder: AttemptRecorder;
	/** Queues the saves a session change needs. */
	readonly sync: (previous: Session, next: Session) => void;
	/** Runs a save after the queued ones (finishing, abandoning) and returns its result. */
	readonly then: <T>(task: () => Promise<T>) => Promise<T>;
	/** Resolves when every queued save is done (before the process exits). */
	readonly flush: () => Promise<void>;
};

/**
 * Queues the recorder's saves in order. A failed save is reported through `onError` (the next
 * save writes the whole attempt again, so nothing is lost once the store works again).
 */
export function createProgressSaver(recorder: AttemptRecorder, onError: (error: unknown) => void): ProgressSaver {
	let tail: Promise<unknown> = Promise.resolve();
	const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
		const run = tail.then(task, task);
		tail = run.catch(() => undefined);
		return run;
	};

	const apply = async (change: ProgressChange): Promise<unknown> => {
		switch (change.kind) {
			case 'turn': {
				return recorder.turn(change.intent, change.simulatedAt);
			}

			case 'undo': {
				return recorder.undo();
			}

			case 'reset': {
				return recorder.reset();
			}

			case 'hints': {
				return recorder.hints(change.revealed);
			}
		}
	};

	return {
		recorder,
		sync(previous, next) {
			for (const change of progressChanges(previous, next)) {
				enqueue(async () => apply(change)).catch(onError);
			}
		},
		then: enqueue,
		async flush() {
			await tail;
		},
	};
}
