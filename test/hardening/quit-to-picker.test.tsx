/**
 * Quitting the workspace while a scenario is played goes back to the scenario list, where the
 * attempt can be resumed (as the quit question says); q on the list then leaves with exit 0. This
 * holds for `mfadesk play <id>` too, which opened the scenario without the list. The workspace on
 * its own (`runWorkspace`) still exits on quit, and leaves no question on the screen. Real Ink
 * renders on fake terminal streams.
 */
import {describe, expect, it} from 'vitest';
import {openMemoryStore} from '../../source/store/progress-store.js';
import {terminalKeys as key, type Terminal} from './fake-terminal.js';
import {selectScenario, startAttempt, startPlay} from './play-terminal.js';
import {startWorkspace} from './workspace-terminal.js';

/** Presses a key, then waits for a frame with the text; returns that frame. */
async function pressFor(terminal: Terminal, sequence: string, text: string): Promise<string> {
	const from = terminal.mark();
	await terminal.press(sequence);
	return terminal.waitFor(text, from);
}

/** Whether the app has ended so far. */
function endedYet(terminal: Terminal): () => boolean {
	let ended = false;
	void terminal.exit.finally(() => {
		ended = true;
	});
	return () => ended;
}

describe('quitting the workspace while playing', () => {
	it('goes back to the scenario list with the attempt resumable, and q there leaves with 0', async () => {
		// Given an attempt with one 5-minute wait taken, opened from the list
		const store = openMemoryStore();
		const terminal = await startPlay({store});
		const ended = endedYet(terminal);
		await selectScenario(terminal, 'codes-wrong-number');
		await pressFor(terminal, key.enter, 'Press Enter to start');
		await startAttempt(terminal);
		await pressFor(terminal, 'w', '5/15 min');

		// When the trainee quits and confirms
		const question = await pressFor(terminal, 'q', 'Quit the workspace?');
		expect(question.replaceAll(/\s+/g, ' ')).toContain('You go back to the scenario list; this attempt is kept there, and you can resume it.');
		const list = await pressFor(terminal, 'y', 'Pick a scenario');

		// Then the list shows, with the attempt resumable, and the app is still running
		expect(list).not.toContain('Quit the workspace?');
		expect(await terminal.waitFor('an unfinished attempt can be resumed')).toContain('codes-wrong-number');
		expect(ended()).toBe(false);
		const [attempt] = (await store.read()).attempts;
		expect(attempt).toMatchObject({scenarioId: 'codes-wrong-number', inProgress: true});
		expect(attempt!.transcript).toHaveLength(1);

		// And opening it again offers to resume; back on the list, q leaves with exit code 0
		await pressFor(terminal, key.enter, 'You have an unfinished attempt');
		await pressFor(terminal, key.escape, 'Pick a scenario');
		await terminal.press('q');
		await expect(terminal.exit).resolves.toBe(0);
		expect(terminal.stdin.rawMode.at(-1)).toBe(false);
	});

	it('goes back to the list after `mfadesk play <id>` too', async () => {
		const terminal = await startPlay({start: 'codes-wrong-number'});
		const ended = endedYet(terminal);
		await terminal.waitFor('Press Enter to start');
		await startAttempt(terminal);
		await pressFor(terminal, 'q', 'Quit the workspace?');
		await pressFor(terminal, 'y', 'an unfinished attempt can be resumed');
		expect(ended()).toBe(false);
		await terminal.press(key.escape);
		await expect(terminal.exit).resolves.toBe(0);
	});
});

describe('quitting the workspace on its own (runWorkspace)', () => {
	it('exits with 0, and the last frame is the workspace without the question', async () => {
		const terminal = await startWorkspace();
		await pressFor(terminal, 'q', 'Quit the workspace?');
		await terminal.press('y');
		await expect(terminal.exit).resolves.toBe(0);
		const last = terminal.screen();
		expect(last).toContain('Ticket from Priya Shah');
		expect(last).not.toContain('Quit the workspace?');
		expect(last).not.toContain('y yes');
	});
});
