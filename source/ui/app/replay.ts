import type {TranscriptEntry} from '../../domain/progress/records.js';
import type {Deps} from '../../services/deps.js';
import {playIntent, type Session, type SessionIntent} from '../../services/session-service.js';
import type {TurnRandom} from './turn-random.js';

const intentKinds: ReadonlySet<string> = new Set(['admin', 'user', 'wait', 'next-day', 'escalate']);

/** Thrown when a saved transcript cannot be replayed (a changed scenario, a damaged record). */
export class ReplayError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ReplayError';
	}
}

function intentOf(entry: TranscriptEntry, index: number): SessionIntent {
	const value = entry.intent;
	const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as {readonly [key: string]: unknown})['kind'] : undefined;
	if (typeof kind !== 'string' || !intentKinds.has(kind)) {
		throw new ReplayError(`action ${index + 1} of the saved attempt is not an action mfadesk knows`);
	}

	// Transcripts hold the session's own intents as JSON (the recorder copies them): the shape is theirs.
	return value as unknown as SessionIntent;
}

/**
 * Replays a saved transcript on a fresh session with the attempt's seed: each turn draws from its
 * own stream, exactly as when it was played, so the session comes back to the same state. The
 * simulated clock after each turn is compared with the saved one; a difference (the scenario or
 * mfadesk changed since) is reported as a warning, not an error.
 */
export async function replayTranscript(
	opened: {readonly session: Session; readonly deps: Deps; readonly turnRandom: TurnRandom},
	transcript: readonly TranscriptEntry[],
): Promise<{readonly session: Session; readonly warning?: string}> {
	let session = opened.session;
	let differsAt: number | undefined;
	for (const [index, entry] of transcript.entries()) {
		opened.turnRandom.startTurn(index);
		try {
			session = await playIntent(session, intentOf(entry, index), opened.deps);
		} catch (error: unknown) {
			throw error instanceof ReplayError ? error : new ReplayError(`action ${index + 1} of the saved attempt could not be replayed (${error instanceof Error ? error.message : String(error)})`);
		}

		if (differsAt === undefined && session.turns.at(-1)?.state.now !== entry.simulatedAt) {
			differsAt = index + 1;
		}
	}

	opened.turnRandom.startTurn(session.turns.length);
	return differsAt === undefined
		? {session}
		: {session, warning: `Resumed, but action ${differsAt} replayed differently from when you played it (the scenario or mfadesk changed since).`};
}
