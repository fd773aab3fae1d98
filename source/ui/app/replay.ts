import type {AttemptRecord, TranscriptEntry} from '../../domain/progress/records.js';
import {isTypedCode} from '../../domain/session/typed-code.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {Deps} from '../../services/deps.js';
import {atRealTimeStart} from '../../services/real-time.js';
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

	// A typed code (real time) is replayed as the verdicts it had; a damaged one must not replay as something else.
	const fields = value as {readonly [key: string]: unknown};
	if ('typedCode' in fields && (kind !== 'user' || !isTypedCode(fields['typedCode']))) {
		throw new ReplayError(`action ${index + 1} of the saved attempt has a typed code mfadesk cannot read`);
	}

	// Transcripts hold the session's own intents as JSON (the recorder copies them): the shape is theirs.
	return value as unknown as SessionIntent;
}

/**
 * The initial state to replay a saved attempt on: a real-time attempt starts where its clock was
 * moved to when it began (`realTimeStart`), whatever the clock says now; others as built.
 */
export function initialForResume<Initial extends {readonly state: SimState}>(initial: Initial, attempt: Pick<AttemptRecord, 'realTimeStart'>): Initial {
	return attempt.realTimeStart === undefined ? initial : {...initial, state: atRealTimeStart(initial.state, attempt.realTimeStart)};
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
