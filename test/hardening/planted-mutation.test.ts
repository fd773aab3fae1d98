/** A planted in-place change: the clock moves by writing to the previous state. Invariants (d)/(e) must catch it. */
import {describe, expect, it, vi} from 'vitest';
import type {advanceClock as AdvanceClock} from '../../source/domain/state/clock.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import {firstBrokenInvariant} from './planted-bugs.js';

vi.mock('../../source/domain/state/clock.js', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../source/domain/state/clock.js')>();
	const advanceClock: typeof AdvanceClock = (state, milliseconds) => {
		const from = state.now;
		(state as {now: number}).now = from + Math.max(0, milliseconds);
		return {ok: true, state: {...state} as SimState, events: milliseconds > 0 ? [{type: 'clock-advanced', from, to: state.now}] : []};
	};

	return {...original, advanceClock};
});

describe('the invariants bite', () => {
	it('changing the previous state in place breaks undo', async () => {
		// Given a clock that moves by mutating the state it was given, when random sessions are played
		const broken = await firstBrokenInvariant(20);
		// Then the write to the frozen previous state is reported (undo could no longer restore it)
		expect(broken).toMatch(/threw instead of returning a value: TypeError: Cannot assign to read only property 'now'/);
	});
});
