import type {Instant} from '../common/time.js';
import type {Applied} from './events.js';
import type {SimState} from './sim-state.js';

/** Moves the simulated clock forward; remembered devices expire, lockouts end and TOTP steps move with it. */
export function advanceClock(state: SimState, milliseconds: number): Applied<SimState> {
	if (milliseconds <= 0) {
		return {ok: true, state, events: []};
	}

	const to: Instant = state.now + milliseconds;
	return {ok: true, state: {...state, now: to}, events: [{type: 'clock-advanced', from: state.now, to}]};
}
