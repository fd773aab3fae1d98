import type {WallClock} from '../domain/ports.js';

/** A WallClock the caller moves by hand: tests and replays use it where real time would be read. */
export type SimulatedClock = WallClock & {
	/** Moves the clock forward (or back, with a negative value) by `milliseconds`. */
	advance(milliseconds: number): void;
	/** Sets the clock to an absolute instant in milliseconds since the Unix epoch. */
	set(at: number): void;
};

/** A WallClock that starts at `start` (milliseconds since the Unix epoch) and only moves when told to. */
export function createSimulatedClock(start: number): SimulatedClock {
	let current = start;
	return {
		now: () => current,
		advance(milliseconds) {
			current += milliseconds;
		},
		set(at) {
			current = at;
		},
	};
}
