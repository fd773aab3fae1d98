import type {WallClock} from '../domain/ports.js';

/** The real wall clock (milliseconds since the Unix epoch), for real-time mode and transcript stamps. */
export function createSystemClock(): WallClock {
	return {now: () => Date.now()};
}
