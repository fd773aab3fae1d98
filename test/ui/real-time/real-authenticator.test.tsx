/**
 * "Bring your own authenticator" in the play flow: the phone screen opens the enrolment panel, and
 * in `--real-time` play (an injected wall clock) a code computed by an independent RFC 6238
 * implementation, typed into the workspace, signs the person in once (the sign-in log says "MFA
 * successfully completed") and is refused as already used the second time.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {createSimulatedClock} from '../../../source/adapters/simulated-clock.js';
import {SECOND} from '../../../source/domain/common/time.js';
import {groupSecret} from '../../../source/services/enrolment.js';
import {unixSeconds} from '../../../source/services/totp-facts.js';
import {independentTotp} from '../../enrolment/rfc6238.js';
import {builtInState} from '../../enrolment/scenario-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {builtInScenarios, renderPlay, testController, type PlayRun} from '../play/play-harness.js';

// Lena's phone clock is 3 minutes fast, so her simulated app's codes fail; her software token (sw-1) can be enrolled.
const scenario = 'codes-clock-drift';
// A morning after the scenario's own date (2025-01-20): no dated fact changes in between.
const wallStart = Date.UTC(2025, 0, 20, 9, 0, 0);

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

async function lenaSecret(): Promise<string> {
	const {initial} = await builtInState(scenario, 1);
	return initial.state.tenant.users['lena']!.methods.softwareTokens[0]!.secret;
}

async function start(realTime?: ReturnType<typeof createSimulatedClock>): Promise<PlayRun> {
	const loaded = (await builtInScenarios()).find((each) => each.scenario.id === scenario)!;
	const play = await renderPlay(testController(realTime === undefined ? {} : {realTime}), {start: loaded});
	await play.waitFor('Press Enter to start');
	await play.press(keys.enter);
	await play.waitForChanges(0);
	return play;
}

async function typeCode(play: PlayRun, code: string): Promise<void> {
	await play.command('type a code from your authenticator');
	await play.waitFor('with a code from your app');
	await play.type(`${code.slice(0, 3)} ${code.slice(3)}`);
	await play.waitFor(`${code.slice(0, 3)} ${code.slice(3)}`);
	await play.press(keys.enter);
}

/** Opens the newest row of the sign-in log (screen 4, newest first) until its details say the text, then back to the menu. */
async function newestSignInSays(play: PlayRun, text: RegExp): Promise<void> {
	await play.press(keys.tab);
	await play.waitFor('move / scroll details');
	await play.press(keys.enter);
	await play.waitFor('[Basic info]');
	await play.press(keys.right);
	await play.waitFor('[Authentication Details]');
	await play.waitFor(text);
	await play.press(keys.escape);
	await play.waitFor(/rows 1-\d+ of/);
	await play.press(keys.tab);
	await play.waitFor('1-8 screen');
}

describe('bring your own authenticator', () => {
	test('a on the phone screen opens the enrolment panel full screen: the grouped key and a QR block; Esc closes', async () => {
		run = await start();
		await run.press('6');
		await run.waitFor("Lena Vogel's phone");
		await run.press(keys.tab);
		await run.waitFor('a add to my app');
		await run.press('a');
		const panel = await run.waitFor('Add to my authenticator');
		expect(panel).toContain(groupSecret(await lenaSecret()));
		expect(panel).toMatch(/[█▀▄]{6,}/);
		expect(panel).toContain('play with --real-time');
		expect(panel).not.toContain('Signed in as');

		await run.press(keys.escape);
		await run.waitFor('Signed in as');
		expect(run.text()).not.toContain('Add to my authenticator');
	});

	test('the palette opens the same panel from any screen', async () => {
		run = await start();
		await run.command('add to my authenticator');
		const panel = await run.waitFor('Add to my authenticator');
		expect(panel).toContain(groupSecret(await lenaSecret()));
	});

	test('--real-time: the code from an independent TOTP signs Lena in once, then is refused as already used; undo is off', async () => {
		const clock = createSimulatedClock(wallStart);
		run = await start(clock);
		expect(run.text()).toContain('09:00');
		const code = independentTotp(await lenaSecret(), unixSeconds(clock.now()));

		// The sign-in log screen (4) shows each result; the status line shows what was typed and where.
		await run.press('4');
		await typeCode(run, code);
		await run.waitForTurns(1);
		expect(run.text()).toContain('Ask Lena Vogel: Sign in with Edge on work laptop');
		await newestSignInSays(run, /Result detail\s+MFA successfully completed/);

		clock.advance(10 * SECOND);
		await typeCode(run, code);
		await run.waitForTurns(2);
		await newestSignInSays(run, /Result detail\s+MFA denied; verification code already used *\n[^\n]*│\s+once/);

		await run.press('u');
		await run.waitFor('Undo is off in real-time mode');
		await run.waitForTurns(2);
	});

	test('a wait in real time first catches the clock up with the wall clock', async () => {
		const clock = createSimulatedClock(wallStart);
		run = await start(clock);
		clock.advance(10 * 60 * SECOND);
		await run.press('w');
		// A catch-up wait of 10 minutes, then the 5-minute wait itself.
		await run.waitForTurns(2);
		expect(run.text()).toContain('09:15');
	});
});
