/**
 * Giving up is graded like submitting: the tenant decides the outcome. A trainee who gives up on a
 * tenant that already meets the goal (no red flag) has resolved the ticket: the debrief says so,
 * the record says `passed` beside its score, and the picker marks it solved. Giving up on a tenant
 * that does not meet the goal, or that meets it with a red flag raised, is recorded as failed.
 */
import {afterEach, describe, expect, test} from 'vitest';
import type {Grade} from '../../../source/scenario/grading/grade-attempt.js';
import {openMemoryStore, type ProgressStore} from '../../../source/store/progress-store.js';
import {attemptResultOf} from '../../../source/ui/app/attempt-result.js';
import type {DebriefData} from '../../../source/ui/app/play-controller.js';
import {outcomeText} from '../../../source/ui/debrief/debrief-model.js';
import {keys} from '../../helpers/ink-harness.js';
import {renderPlay, testController, type PlayRun} from './play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

/** codes-wrong-number from the picker, in the workspace with no action taken. */
async function startCodesWrongNumber(store: ProgressStore): Promise<PlayRun> {
	const play = await renderPlay(testController({store}));
	await play.selectScenario('codes-wrong-number');
	await play.press(keys.enter);
	await play.waitFor('Press Enter to start');
	await play.press(keys.enter);
	await play.waitForChanges(0);
	return play;
}

/** The frame with its wrapped lines joined, for sentences the debrief wraps. */
const oneLine = (frame: string): string => frame.replaceAll(/\s+/g, ' ');

async function giveUp(play: PlayRun): Promise<string> {
	await play.press('G');
	await play.waitFor('Give up this scenario?');
	await play.press('y');
	return play.waitFor('Debrief:');
}

describe('giving up', () => {
	test('with the goal already met and no red flag: the debrief says so, and the attempt is recorded as passed with its score', async () => {
		// Given Priya's number fixed and her sign-in working
		const store = openMemoryStore();
		run = await startCodesWrongNumber(store);
		await run.commandThenType('set priya authentication phone', '+1 4255550123', 1);
		await run.command('priya try signing in again with chrome', 2);

		// When the trainee gives up anyway
		const debrief = await giveUp(run);

		// Then the debrief says the goal was met and how it is recorded, with the full score
		expect(oneLine(debrief)).toContain('You gave up, but the tenant already meets the goal and no red flag was raised: the attempt is recorded as passed.');
		expect(debrief).toContain('Score 100/100');
		expect(debrief).not.toContain('recorded as failed');
		const [attempt] = (await store.read()).attempts;
		expect(attempt).toMatchObject({outcome: 'passed', inProgress: false, score: {total: 100, max: 100}, redFlags: []});

		// And the picker counts it as solved
		await run.press(keys.enter);
		await run.selectScenario('codes-wrong-number');
		expect(run.text()).toContain('1 attempt, best 100/100, solved.');
	});

	test('with the goal not met: recorded as failed, the debrief shows what was left', async () => {
		const store = openMemoryStore();
		run = await startCodesWrongNumber(store);
		await run.command('wait 5 minutes', 1);
		const debrief = await giveUp(run);
		expect(oneLine(debrief)).toContain('You gave up: the attempt is recorded as failed. Here is what the tenant looked like, and the answer.');
		expect(debrief).toContain('Goal: not met');
		const [attempt] = (await store.read()).attempts;
		expect(attempt).toMatchObject({outcome: 'failed', inProgress: false});
		expect(attempt!.score!.total).toBeLessThan(100);
	});

	test('the headline and the record agree in every case (pure)', () => {
		const cases = [
			{passed: true, goal: true, raised: 0, outcome: 'passed', headline: 'You gave up, but the tenant already meets the goal and no red flag was raised: the attempt is recorded as passed.'},
			{passed: false, goal: true, raised: 1, outcome: 'failed', headline: 'You gave up: the attempt is recorded as failed (the goal is met, but 1 red flag was raised). Here is what the tenant looked like, and the answer.'},
			{passed: false, goal: true, raised: 2, outcome: 'failed', headline: 'You gave up: the attempt is recorded as failed (the goal is met, but 2 red flags were raised). Here is what the tenant looked like, and the answer.'},
			{passed: false, goal: false, raised: 0, outcome: 'failed', headline: 'You gave up: the attempt is recorded as failed. Here is what the tenant looked like, and the answer.'},
		] as const;
		for (const each of cases) {
			const redFlags = Array.from({length: each.raised}, (_, index) => ({id: `flag-${index}`, raised: true, penalty: 10}));
			const grade = {passed: each.passed, goal: {passed: each.goal}, redFlags, score: {total: 50, breakdown: []}} as unknown as Grade;
			expect(attemptResultOf(grade).outcome).toBe(each.outcome);
			expect(outcomeText({grade, end: 'give-up'} as unknown as DebriefData).text).toBe(each.headline);
			// A submitted fix is recorded the same way; only the headline's words differ.
			expect(outcomeText({grade, end: 'submit'} as unknown as DebriefData).text).not.toContain('gave up');
		}
	});
});
