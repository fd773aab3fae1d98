import type {RandomSource} from '../../domain/ports.js';

/** A RandomSource whose stream restarts at every turn, keyed by the seed and the turn's index. */
export type TurnRandom = RandomSource & {
	/** The next draws belong to turn `index` (0-based): they restart from that turn's own stream. */
	readonly startTurn: (index: number) => void;
};

/**
 * Seeded randomness for an interactive attempt. Each turn draws from its own stream
 * (`<seed>:turn:<index>`), so what a turn draws (a text code, an app password, a new TOTP seed)
 * depends only on the seed, the turn's place and the turns before it, never on undone turns or
 * on "check my fix". Replaying a saved transcript with the same seed gives the same state.
 */
export function createTurnRandom(randomFor: (seed: string) => RandomSource, seed: string): TurnRandom {
	let stream = randomFor(`${seed}:turn:0`);
	return {
		startTurn(index) {
			stream = randomFor(`${seed}:turn:${index}`);
		},
		int: (max) => stream.int(max),
		string: (alphabet, length) => stream.string(alphabet, length),
	};
}
