/**
 * Three whole scenarios, one per family, played by keystrokes from the picker to the debrief:
 * the debrief shows the goal met and the score, and the store holds the finished attempt.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {recordTrainingSession} from '../../../source/domain/progress/progress-changes.js';
import {openMemoryStore} from '../../../source/store/progress-store.js';
import {keys} from '../../helpers/ink-harness.js';
import {renderPlay, testController, type PlayRun} from './play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

async function openFromPicker(play: PlayRun, id: string): Promise<string> {
	await play.selectScenario(id);
	await play.press(keys.enter);
	const intro = await play.waitFor('Press Enter to start');
	await play.press(keys.enter);
	await play.waitForChanges(0);
	return intro;
}

async function submit(play: PlayRun): Promise<string> {
	await play.press('s');
	await play.waitFor('Submit your fix for grading?');
	await play.press('y');
	return play.waitFor('Debrief:');
}

describe('playing scenarios from the picker to the debrief', () => {
	test('codes: codes-wrong-number, fixed through the command palette and checked with "check my fix"', async () => {
		const store = openMemoryStore();
		const controller = testController({store});
		run = await renderPlay(controller);
		const intro = await openFromPicker(run, 'codes-wrong-number');
		expect(intro).toContain('Ticket from Priya Patel on the phone');
		expect(intro).toContain('What they tried');
		expect(intro).toContain('Time limit 15 simulated minutes');

		// The ticket is in the workspace, with the time-limit indicator in the header.
		expect(run.text()).toContain('0/15 min');
		await run.commandThenType('set priya authentication phone', '+1 4255550123', 1);
		await run.command('priya try signing in again with chrome', 2);
		expect(run.text()).toContain('3/15 min');

		await run.press('c');
		const checked = await run.waitFor('goal checks are met');
		expect(checked).toContain('All 3 goal checks are met.');
		expect(checked).toContain('Priya stays Enforced');
		expect(checked).not.toContain('expected');
		await run.press(keys.escape);
		await run.waitForGone('Check my fix');

		const debrief = await submit(run);
		expect(debrief).toContain('Resolved: the goal is met and no red flag was raised.');
		expect(debrief).toContain('Score 100/100');
		expect(debrief).toContain('✓ The registered number is the one in her hand');
		expect(debrief).toContain('expected: +1 4255550123');

		const data = await store.read();
		expect(data.attempts).toHaveLength(1);
		expect(data.attempts[0]).toMatchObject({trainee: 'Ana Ruiz', scenarioId: 'codes-wrong-number', seed: '1', inProgress: false, outcome: 'passed', score: {total: 100, max: 100}, redFlags: []});
		expect(data.attempts[0]!.transcript).toHaveLength(2);
		expect(data.attempts[0]!.scenarioHash).toMatch(/^sha256:[\da-f]{64}$/);

		// Back to the picker: solved, with the best score.
		await run.press(keys.enter);
		await run.selectScenario('codes-wrong-number');
		expect(run.text()).toMatch(/✓ The text with my sign-in code.*100/);
		expect(run.text()).toContain('1 attempt, best 100/100, solved.');
	});

	test('prompts: re-enabled-stays-enabled, asked through the "Ask the user" screen, with a costed hint', async () => {
		const store = openMemoryStore();
		run = await renderPlay(testController({store}));
		await openFromPicker(run, 're-enabled-stays-enabled');

		await run.press('h');
		await run.waitFor('Reveal hint 1 of 2?');
		await run.press('y');
		await run.waitFor('Hints: 1 of 2 revealed (-5 points)');

		await run.command('enforce multi-factor yuki', 1);
		// Ask the user: screen 8, into the list. Gwen filed the ticket: ] goes to the next person, Yuki.
		await run.press('8');
		await run.waitFor('Ask Gwen Adeyemi to');
		await run.press(keys.tab);
		await run.waitFor('Enter choose');
		for (let press = 0; press < 30 && !run.text().includes('Ask Yuki Tanaka to'); press++) {
			await run.press(']');
		}

		// The first item is a sign-in with her browser.
		await run.waitFor('Ask Yuki Tanaka to');
		await run.press(keys.enter);
		await run.waitForTurns(2);
		await run.waitFor('Yuki  ');
		await run.press(keys.tab);
		await run.waitFor('1-8 screen');

		const debrief = await submit(run);
		expect(debrief).toContain('Resolved: the goal is met and no red flag was raised.');
		expect(debrief).toContain('Score 95/100');
		expect(debrief).toContain('✓ Yuki is Enforced');

		const [attempt] = (await store.read()).attempts;
		expect(attempt).toMatchObject({scenarioId: 're-enabled-stays-enabled', outcome: 'passed', hintsRevealed: 1, score: {total: 95}});
	});

	test('Outlook: outlook-2013-prompts, the registry fix asked through the palette; the timeline has the user\'s words', async () => {
		const store = openMemoryStore();
		run = await renderPlay(testController({store}));
		const intro = await openFromPicker(run, 'outlook-2013-prompts');
		const who = /Ticket from (\w+)/.exec(intro)?.[1] ?? '';
		expect(['Sofia', 'George']).toContain(who);

		await run.command(`${who} enableadal=1 and version=1`, 1);
		await run.command(`${who} try signing in again with outlook`, 2);
		const debrief = await submit(run);
		expect(debrief).toContain('Resolved: the goal is met and no red flag was raised.');
		expect(debrief).toContain('Score 100/100');
		expect(debrief).toContain('✓ Outlook signs in');

		// The timeline and the reference solution are further down.
		await run.press('G');
		const end = await run.waitFor('Seed 1');
		expect(end).toContain('Plausible, but wrong:');
		await run.press('g');
		for (let page = 0; page < 3 && !run.text().includes('Timeline: what you did'); page++) {
			await run.press(' ');
		}

		const timeline = await run.waitFor('Timeline: what you did');
		expect(timeline).toMatch(/\d\d:\d\d \(\d+ min in\) {2,}Ask \w+ \w+: Set EnableADAL=1 and Version=1/);
		expect(timeline).toContain(`${who}: "`);

		const [attempt] = (await store.read()).attempts;
		expect(attempt).toMatchObject({scenarioId: 'outlook-2013-prompts', outcome: 'passed', inProgress: false});
		await run.press('q');
		expect(run.exits).toEqual(['quit']);
	});

	test('giving up ends the attempt as failed and shows the red flag with its penalty and the author\'s sentence', async () => {
		const store = openMemoryStore();
		run = await renderPlay(testController({store}));
		await openFromPicker(run, 'codes-wrong-number');
		await run.command('disable multi-factor priya', 1);
		await run.press('G');
		await run.waitFor('Give up this scenario?');
		await run.press('y');
		const debrief = await run.waitFor('Debrief:');
		expect(debrief).toContain('You gave up');
		expect(debrief).toContain('✗ Priya stays Enforced');
		for (let page = 0; page < 3 && !run.text().includes('Turning MFA off'); page++) {
			await run.press(' ');
		}

		const flags = await run.waitFor('Turning MFA off makes the ticket go away');
		expect(flags).toContain('(-40 points)');
		const [attempt] = (await store.read()).attempts;
		expect(attempt).toMatchObject({outcome: 'failed', redFlags: [{id: 'mfa-lowered', penalty: 40}]});
	});

	test('in a trainer\'s session the cohort\'s scenarios come first, with the cohort\'s time limit', async () => {
		const store = openMemoryStore();
		await store.update((data) =>
			recordTrainingSession(data, {id: 's-1', cohort: 'Helpdesk March', scenarioIds: ['outlook-2013-prompts', 'codes-wrong-number'], timeLimitMinutes: 30, startedAt: '2026-03-16T09:00:00.000Z'}),
		);
		run = await renderPlay(testController({store, cohort: 'helpdesk march'}));
		const picker = await run.waitFor(/Cohort helpdesk march \(2 of \d+\)/);
		expect(picker).toContain('30 simulated minutes each');
		expect(picker).toContain('cohort helpdesk march');
		expect(picker).not.toContain('Yuki');
		await run.selectScenario('codes-wrong-number');
		await run.press(keys.enter);
		expect(await run.waitFor('Press Enter to start')).toContain('Time limit 30 simulated minutes');
		await run.press(keys.enter);
		await run.waitFor('0/30 min');
		await run.command('wait 1 hour', 1);
		expect(await run.waitFor('60/30 min over')).toContain('60/30 min over');
	});
});
