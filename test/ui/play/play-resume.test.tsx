/**
 * Resuming: an unfinished attempt is offered in the picker and on opening, and resuming replays
 * its actions with its seed to exactly the state the trainee left; a changed scenario file is
 * flagged and starting over keeps the old attempt as abandoned. Ctrl+C leaves with 130's reason.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {currentState} from '../../../source/domain/session/play-session.js';
import {beginAttempt} from '../../../source/store/attempt-recorder.js';
import {openMemoryStore} from '../../../source/store/progress-store.js';
import {keys} from '../../helpers/ink-harness.js';
import {renderPlay, testController, watched, type PlayRun} from './play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('resuming an unfinished attempt', () => {
	test('is offered after quitting and resumes at the same state (undo included), then finishes the same attempt', async () => {
		const store = openMemoryStore();
		const first = watched(testController({store}));
		run = await renderPlay(first.controller);
		await run.selectScenario('codes-wrong-number');
		await run.press(keys.enter);
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);
		await run.commandThenType('set priya authentication phone', '+1 4255550123', 1);
		await run.command('priya try signing in again with chrome', 2);
		await run.press('u');
		await run.waitForTurns(1);
		await run.command('priya try signing in again with chrome', 2);
		await run.press('h');
		await run.waitFor('Reveal hint 1 of 2?');
		await run.press('y');
		await run.waitFor('Hints: 1 of 2 revealed');
		// The trainee closes the terminal: nothing is asked, every turn is already saved.
		run.unmount();
		await first.controller.flush();
		const saved = (await store.read()).attempts;
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({inProgress: true, hintsRevealed: 1, seed: '1'});
		expect(saved[0]!.transcript).toHaveLength(2);

		const second = watched(testController({store, seed: '999'}));
		run = await renderPlay(second.controller);
		await run.selectScenario('codes-wrong-number');
		expect(run.text()).toMatch(/The text with my sign-in code.*resume/);
		expect(run.text()).toContain('an unfinished attempt can be resumed');
		await run.press(keys.enter);
		const offer = await run.waitFor('You have an unfinished attempt at this scenario.');
		// Every action taken, the sign-in included; once replayed, the notice says which count against par, as the header does.
		expect(offer).toContain('2 actions taken (investigation included), 1 hint revealed');
		expect(offer).not.toContain('has changed');
		await run.press('r');
		await run.waitFor('Resumed: 2 actions replayed (1 change), 1 hint revealed.');
		expect(run.text()).toMatch(/\b1 change\b/);
		await run.waitForTurns(2);
		expect(second.seen.live?.seed).toBe('1');
		expect(currentState(second.seen.live!.session)).toEqual(currentState(first.seen.latest!));
		expect(second.seen.live!.session.hintsRevealed).toBe(1);

		await run.press('s');
		await run.waitFor('Submit your fix for grading?');
		await run.press('y');
		const debrief = await run.waitFor('Debrief:');
		expect(debrief).toContain('Score 95/100');
		const finished = (await store.read()).attempts;
		expect(finished).toHaveLength(1);
		expect(finished[0]).toMatchObject({id: saved[0]!.id, inProgress: false, outcome: 'passed', hintsRevealed: 1});
	});

	test('a changed scenario file is flagged; starting over keeps the old attempt as abandoned', async () => {
		const store = openMemoryStore();
		await beginAttempt(store, {trainee: 'ana ruiz', scenarioId: 'outlook-2013-prompts', scenarioHash: 'sha256:an-older-file', seed: '5'}, {newId: () => 'old-attempt'});
		const controller = testController({store});
		run = await renderPlay(controller);
		await run.selectScenario('outlook-2013-prompts');
		await run.press(keys.enter);
		const offer = await run.waitFor('You have an unfinished attempt');
		expect(offer).toContain('The scenario file has changed since you started');
		await run.press('n');
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);
		await controller.flush();
		const attempts = (await store.read()).attempts;
		expect(attempts.map((each) => [each.id === 'old-attempt' ? 'old' : 'new', each.outcome ?? 'in progress'])).toEqual([
			['old', 'abandoned'],
			['new', 'in progress'],
		]);
	});
});

describe('leaving', () => {
	test('Ctrl+C on the picker, the ticket and in the workspace ends with "interrupted" (exit code 130)', async () => {
		for (const steps of [[], ['open'], ['open', 'start']] as const) {
			run = await renderPlay(testController());
			await run.selectScenario('codes-wrong-number');
			if (steps.length > 0) {
				await run.press(keys.enter);
				await run.waitFor('Press Enter to start');
			}

			if (steps.length > 1) {
				await run.press(keys.enter);
				await run.waitForChanges(0);
			}

			await run.press(keys.ctrlC);
			expect(run.exits).toEqual(['interrupted']);
			run.unmount();
			run = undefined;
		}
	});

	test('q in the workspace asks first, then goes back to the list where the attempt can be resumed; q on the picker quits', async () => {
		run = await renderPlay(testController());
		await run.selectScenario('codes-wrong-number');
		await run.press(keys.enter);
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);
		await run.press('q');
		expect(await run.waitFor('Quit the workspace?')).toContain('You go back to the scenario list; this attempt is kept there, and you can resume it.');
		await run.press('y');
		expect(await run.waitFor('an unfinished attempt can be resumed')).toContain('Pick a scenario');
		expect(run.exits).toEqual([]);
		await run.press('q');
		expect(run.exits).toEqual(['quit']);
	});
});
