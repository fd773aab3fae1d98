/**
 * A key pressed twice before the screen has redrawn (a double press, a key held down, a terminal
 * busy drawing) must act once: found by the keystroke fuzz (play-key-fuzz.test.tsx), where a
 * second Enter on the offer to resume opened the same attempt twice. Each case presses the key
 * twice, one event-loop turn apart, as a fast typist on a busy terminal does.
 */
import './force-colour.js';
import {describe, expect, it} from 'vitest';
import {openMemoryStore} from '../../source/store/progress-store.js';
import {expectInterruptedCleanly, terminalKeys as key, turns, type Terminal} from './fake-terminal.js';
import {leaveUnfinished, startAttempt, startPlay} from './play-terminal.js';


/** The key twice, one turn apart (no redraw in between), then time to settle. */
async function twice(terminal: Terminal, sequence: string): Promise<void> {
	terminal.stdin.write(sequence);
	await new Promise((resolve) => setImmediate(resolve));
	terminal.stdin.write(sequence);
	await turns(6);
}

async function pressFor(terminal: Terminal, sequence: string, text: string): Promise<void> {
	const from = terminal.mark();
	await terminal.press(sequence);
	await terminal.waitFor(text, from);
}

describe('a key pressed twice acts once', () => {
	it('Enter twice on the ticket intro starts one attempt', async () => {
		const store = openMemoryStore();
		const terminal = await startPlay({store, start: 'codes-wrong-number'});
		await terminal.waitFor('Press Enter to start');
		const from = terminal.mark();
		await twice(terminal, key.enter);
		await terminal.waitFor('0 changes', from);
		await expectInterruptedCleanly(terminal);
		expect(terminal.log.attempts).toHaveLength(1);
		expect((await store.read()).attempts).toHaveLength(1);
	});

	it('Enter twice on the offer to resume resumes once', async () => {
		const store = openMemoryStore();
		await leaveUnfinished(store, 'codes-wrong-number');
		const terminal = await startPlay({store, start: 'codes-wrong-number'});
		await terminal.waitFor('You have an unfinished attempt');
		const from = terminal.mark();
		await twice(terminal, key.enter);
		await terminal.waitFor('Resumed: 1 action replayed (no changes).', from);
		await expectInterruptedCleanly(terminal);
		expect(terminal.log.attempts).toHaveLength(1);
	});

	it('n twice on the offer to resume starts over once: one abandoned attempt, one new one', async () => {
		const store = openMemoryStore();
		await leaveUnfinished(store, 'codes-wrong-number');
		const terminal = await startPlay({store, start: 'codes-wrong-number'});
		await terminal.waitFor('You have an unfinished attempt');
		await twice(terminal, 'n');
		await terminal.waitFor('Press Enter to start');
		await startAttempt(terminal);
		await expectInterruptedCleanly(terminal);
		expect((await store.read()).attempts.map((each) => each.outcome ?? 'in progress').sort()).toEqual(['abandoned', 'in progress']);
	});

	it('y twice on the hint question reveals one hint', async () => {
		const store = openMemoryStore();
		const terminal = await startPlay({store, start: 'codes-wrong-number'});
		await terminal.waitFor('Press Enter to start');
		await startAttempt(terminal);
		await pressFor(terminal, 'h', 'Reveal hint 1 of 2?');
		const from = terminal.mark();
		await twice(terminal, 'y');
		await terminal.waitFor('Hints: 1 of 2 revealed', from);
		await expectInterruptedCleanly(terminal);
		expect(terminal.screen()).toContain('Hints: 1 of 2 revealed');
		expect((await store.read()).attempts[0]?.hintsRevealed).toBe(1);
	});

	it.each([
		['submit', 's', 'Submit your fix for grading?'],
		['give up', 'G', 'Give up this scenario?'],
	])('y twice on the %s question grades once, and the debrief says the attempt was saved', async (_name, ask, question) => {
		const store = openMemoryStore();
		const terminal = await startPlay({store, start: 'codes-wrong-number'});
		await terminal.waitFor('Press Enter to start');
		await startAttempt(terminal);
		await pressFor(terminal, ask, question);
		const from = terminal.mark();
		await twice(terminal, 'y');
		const debrief = await terminal.waitFor('Debrief:', from);
		expect(debrief).not.toContain('could not be saved');
		await expectInterruptedCleanly(terminal);
		expect(terminal.log.ended).toBe(1);
		expect((await store.read()).attempts).toMatchObject([{inProgress: false, outcome: 'failed'}]);
	});
});
