/**
 * The whole play flow in `--real-time` (a fake wall clock): the trainee types a good code from their
 * own app, then a wrong one, waits, and closes the terminal. A day later they resume: the attempt
 * comes back deep-equal (same states, same sign-in log) without a "replayed differently" warning,
 * although the wall clock has moved on, and the next action catches the clock up from there.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {createSimulatedClock} from '../../../source/adapters/simulated-clock.js';
import {DAY, SECOND} from '../../../source/domain/common/time.js';
import {currentState} from '../../../source/domain/session/play-session.js';
import {unixSeconds} from '../../../source/services/totp-facts.js';
import {openMemoryStore} from '../../../source/store/progress-store.js';
import {independentTotp} from '../../enrolment/rfc6238.js';
import {keys} from '../../helpers/ink-harness.js';
import {builtInScenarios, renderPlay, testController, watched, type PlayRun} from '../play/play-harness.js';

// Lena's simulated phone is 3 minutes fast; her software token (sw-1) is what the trainee's app holds.
const scenarioId = 'codes-clock-drift';
// The morning of the scenario's own date: no dated fact changes on the way.
const wallStart = Date.UTC(2025, 0, 20, 9, 0, 0);

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

async function typeCode(play: PlayRun, code: string): Promise<void> {
	await play.command('type a code from your authenticator');
	await play.waitFor('with a code from your app');
	await play.type(code);
	await play.waitFor(code);
	await play.press(keys.enter);
}

describe('resuming a real-time attempt in the play flow', () => {
	test('comes back deep-equal a day later: same states, same sign-in log, no warning', async () => {
		const store = openMemoryStore();
		const clock = createSimulatedClock(wallStart);
		const loaded = (await builtInScenarios()).find((each) => each.scenario.id === scenarioId)!;
		const first = watched(testController({store, realTime: clock}));
		run = await renderPlay(first.controller, {start: loaded});
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);
		const secret = first.seen.live!.session.initial.tenant.users['lena']!.methods.softwareTokens[0]!.secret;
		const good = independentTotp(secret, unixSeconds(clock.now()));

		clock.advance(20 * SECOND);
		await typeCode(run, good);
		await run.waitForTurns(2);
		clock.advance(10 * SECOND);
		await typeCode(run, independentTotp(secret, unixSeconds(clock.now()) - 3600));
		await run.waitForTurns(3);
		clock.advance(10 * 60 * SECOND);
		await run.press('w');
		await run.waitForTurns(5);
		const played = first.seen.latest!;
		expect(currentState(played).signInLog.slice(-2).map((entry) => entry.status)).toEqual(['Success', 'Failure']);
		run.unmount();
		await first.controller.flush();
		const [saved] = (await store.read()).attempts;
		expect(saved).toMatchObject({inProgress: true, realTimeStart: wallStart});
		expect(JSON.stringify(saved)).not.toContain(good);

		clock.advance(DAY);
		const second = watched(testController({store, realTime: clock}));
		run = await renderPlay(second.controller, {start: loaded});
		await run.waitFor('You have an unfinished attempt at this scenario.');
		await run.press('r');
		// Typed codes and waits: free, so the header's count of changes stays at 0.
		await run.waitFor('Resumed: 5 actions replayed (no changes).');
		await run.waitForTurns(5);

		const resumed = second.seen.live!.session;
		expect(currentState(resumed).signInLog).toStrictEqual(currentState(played).signInLog);
		expect(resumed).toStrictEqual(played);

		// The wall clock moved on a day: the next action first catches up with it.
		await run.press('w');
		await run.waitForTurns(7);
		expect(currentState(second.seen.latest!).now).toBe(clock.now() + 5 * 60 * SECOND);
	});
});
