/**
 * The workspace while a scenario is played: the header counts changes as the grading counts them
 * against par, a revealed hint shows where it was asked for, and the give-up question and help say
 * that the tenant decides how the attempt is recorded.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {countActions} from '../../../source/scenario/grading/grade-attempt.js';
import type {AttemptControls} from '../../../source/ui/app/attempt-controls.js';
import {questionOf} from '../../../source/ui/app/overlays.js';
import {bindingOf} from '../../../source/ui/key-bindings.js';
import {keys} from '../../helpers/ink-harness.js';
import {renderWorkspace, signablePriya, type WorkspaceRun} from './render-workspace.js';

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

/** Attempt controls with two hints and nothing else wired. */
const attempt: AttemptControls = {
	hints: [
		{text: 'Look at her sign-ins this morning: which method failed, and why?', cost: 5},
		{text: 'Compare the number on her phone with her authentication phone.', cost: 10},
	],
	onCheck: async () => ({passed: false, checks: []}),
	onEnd: () => undefined,
};

describe('the header while playing', () => {
	it('counts the changes the debrief compares with par: a wait moves the clock but is not a change', async () => {
		// Given the workspace
		run = await renderWorkspace(await signablePriya(), {attempt});
		expect(run.text()).toContain('0 changes');
		// When the trainee waits 5 minutes, then resets Priya's password
		await run.press('w');
		await run.waitFor('09:05 UTC');
		expect(run.text()).toContain('0 changes');
		await run.play({kind: 'admin', intent: {type: 'reset-password', userId: 'priya'}});
		// Then two turns were played and the header counts one change, as the grading does
		expect(run.session().turns).toHaveLength(2);
		expect(countActions(run.session().turns)).toBe(1);
		expect(run.text()).toMatch(/\b1 change\b/);
	});
});

describe('a revealed hint', () => {
	it('shows where it was asked for (not only on the Ticket screen), and closes to go on working', async () => {
		// Given the trainee is on the Ask screen
		run = await renderWorkspace(await signablePriya(), {attempt});
		await run.press('8');
		await run.waitFor('Ask Priya Shah to');
		// When they reveal the first hint
		await run.press('h');
		await run.waitFor('Reveal hint 1 of 2?');
		await run.press('y');
		// Then its text is on the screen at once, with its cost
		const frame = await run.waitFor('Look at her sign-ins this morning');
		expect(frame).toContain('Hint 1 of 2 (-5 points)');
		expect(frame).toContain('stays on the Ticket screen');
		expect(run.session().hintsRevealed).toBe(1);
		// And Esc closes it, back on the Ask screen
		await run.press(keys.escape);
		const after = await run.waitForGone('Hint 1 of 2 (-5 points)');
		expect(after).toContain('Ask Priya Shah to');
		expect(after).toContain('Hint 1 of 2 revealed; it stays on the Ticket screen (1).');
	});
});

describe('a hint revealed on the Ticket screen', () => {
	it('joins the hints listed there and reads out in the status line, without covering the ticket', async () => {
		run = await renderWorkspace(await signablePriya(), {attempt});
		await run.press('h');
		await run.waitFor('Reveal hint 1 of 2?');
		await run.press('y');
		const frame = await run.waitFor('Hint 1 of 2 (-5 points): Look at her sign-ins');
		expect(frame).toContain('Ticket from Priya Shah');
		expect(frame).not.toContain('to go on working');
	});
});

describe('giving up', () => {
	it('says the outcome follows the tenant, in the question and in the key help', () => {
		const {detail} = questionOf('give-up', {playing: true});
		expect(detail).toContain('unless the tenant already meets the goal');
		expect(detail).not.toContain('ends as failed');
		const help = bindingOf('attempt.give-up').description;
		expect(help).toContain('unless the tenant already meets the goal');
		expect(help).not.toContain('as failed and');
	});

	it('asks with that sentence in the workspace', async () => {
		run = await renderWorkspace(await signablePriya(), {attempt});
		await run.press('G');
		const frame = await run.waitFor('Give up this scenario?');
		expect(frame).toContain('unless the tenant already meets the goal with no red flag raised');
		expect(frame).not.toContain('ends as failed');
	});
});
