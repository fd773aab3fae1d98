import type {WallClock} from '../../domain/ports.js';
import type {Deps} from '../../services/deps.js';
import type {Notice} from './status-line.js';

/**
 * What the workspace needs in `--real-time` play: the wall clock every action first catches up
 * with, the attempt's deps (a typed code is checked outside the session provider's `play`) and the
 * per-turn random streams, kept aligned as services/real-time.ts documents.
 */
export type RealTimeMode = {
	readonly clock: WallClock;
	readonly deps: Deps;
	readonly startTurn: (index: number) => void;
};

/** Why undo and reset are off in real time: a used code's record would roll back with the turn. */
export function noRollback(what: 'Undo' | 'Reset'): Notice {
	return {text: `${what} is off in real-time mode: codes your app made would count as unused again. Play without --real-time to undo.`, tone: 'warn'};
}
