import {describe, expect, it} from 'vitest';
import {createSimulatedClock} from '../../source/adapters/simulated-clock.js';
import {instantOf} from '../../source/scenario/build-tenant.js';
import {MINUTE, SECOND} from '../../source/domain/common/time.js';
import {currentState, startSession} from '../../source/domain/session/play-session.js';
import {playIntent, type SessionIntent} from '../../source/services/session-service.js';
import {catchUp, catchUpStep, eraChangesBetween, followWallClock, playInRealTime, startInRealTime, typedDigits} from '../../source/services/real-time.js';
import {buildState} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

const start = instantOf('2025-01-20T08:05:00Z');

describe('real-time mode', () => {
	it('moves the simulated clock up to the wall clock, never back', () => {
		const state = buildState({now: start});

		expect(followWallClock(state, createSimulatedClock(start + 42 * SECOND)).now).toBe(start + 42 * SECOND);
		expect(followWallClock(state, createSimulatedClock(start - MINUTE))).toBe(state);
	});

	it('starts a scenario at the wall clock and names the dated facts the jump crosses', () => {
		const clock = createSimulatedClock(instantOf('2026-11-26T07:00:00Z'));

		const fromOld = startInRealTime(buildState({now: instantOf('2021-11-09T09:20:00Z')}), clock);
		const fromRecent = startInRealTime(buildState({now: instantOf('2025-06-17T06:15:00Z')}), clock);

		expect(fromOld.state.now).toBe(clock.now());
		expect(fromOld.scenarioStart).toBe(instantOf('2021-11-09T09:20:00Z'));
		expect(fromOld.eraChanges).toEqual(expect.arrayContaining(['Exchange Online Basic authentication retirement (1 Oct 2022)', 'Authenticator number matching (8 May 2023)']));
		expect(fromRecent.eraChanges).toEqual([]);
		expect(eraChangesBetween(start, start)).toEqual([]);
	});

	it('catches a session up with one ordinary wait turn of whole quarter minutes', () => {
		const session = startSession<SessionIntent>(buildState({now: start}));
		const clock = createSimulatedClock(start + 95_500);

		const caughtUp = catchUp(session, clock);

		expect(caughtUp.turns).toHaveLength(1);
		expect(caughtUp.turns[0]!.intent).toEqual({kind: 'wait', minutes: 1.5});
		expect(currentState(caughtUp).now).toBe(start + 90 * SECOND);
		expect(catchUp(caughtUp, clock)).toBe(caughtUp);
	});

	it('records waits that replay to the same millisecond through the session service', async () => {
		let live = startSession<SessionIntent>(buildState({now: start}));
		const clock = createSimulatedClock(start);
		for (const gap of [17_000, 61_234, 3_600_000 + 7_777, 29_999, 86_400_000 * 400 + 12_345]) {
			clock.advance(gap);
			live = catchUp(live, clock);
		}

		let replayed = startSession<SessionIntent>(buildState({now: start}));
		for (const turn of live.turns) {
			replayed = await playIntent(replayed, turn.intent, testDeps());
		}

		expect(replayed.turns.map((turn) => turn.state.now)).toEqual(live.turns.map((turn) => turn.state.now));
		expect(clock.now() - currentState(live).now).toBeLessThan(catchUpStep);
	});

	it('takes no turn when the session is less than a quarter minute behind, or ahead of the wall clock', () => {
		const session = startSession<SessionIntent>(buildState({now: start}));

		expect(catchUp(session, createSimulatedClock(start + catchUpStep - 1))).toBe(session);
		expect(catchUp(session, createSimulatedClock(start - MINUTE))).toBe(session);
	});

	it('plays an intent after catching up, starting its turn stream after the catch-up turn', async () => {
		const session = startSession<SessionIntent>(buildState({now: start}));
		const started: number[] = [];

		const played = await playInRealTime(session, {kind: 'wait', minutes: 1}, createSimulatedClock(start + 10 * MINUTE), testDeps(), {startTurn: (index) => started.push(index)});
		const unchanged = await playInRealTime(played, {kind: 'wait', minutes: 1}, createSimulatedClock(start), testDeps(), {startTurn: (index) => started.push(index)});

		expect(played.turns.map((turn) => turn.intent.kind)).toEqual(['wait', 'wait']);
		expect(currentState(played).now).toBe(start + 11 * MINUTE);
		expect(unchanged.turns).toHaveLength(3);
		expect(started).toEqual([1]);
	});

	it('drops only the spaces apps show in a code', () => {
		expect(typedDigits(' 123 456 ')).toBe('123456');
		expect(typedDigits('123-456')).toBe('123-456');
	});
});
