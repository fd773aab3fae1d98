/**
 * Ctrl+C typed right after another key while the app is busy reaches Ink in the same read ("y\u0003"),
 * which no key binding matches. Wherever it lands (the workspace on its own, with the menu or a
 * screen focused, under the palette or a question, and every stage of the play app) it still leaves
 * at once: exit 130, raw mode off, cursor shown, nothing on stderr. Real Ink renders on fake streams.
 */
import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {keyPressOf} from '../../source/ui/components/key-layers.js';
import {cursorShownAgain, terminalKeys as key, type Terminal} from './fake-terminal.js';
import {selectScenario, startAttempt, startPlay} from './play-terminal.js';
import {startWorkspace} from './workspace-terminal.js';

/** Presses a key, then waits for a frame with the text. */
async function pressFor(terminal: Terminal, sequence: string, text: string): Promise<void> {
	const from = terminal.mark();
	await terminal.press(sequence);
	await terminal.waitFor(text, from);
}

/** Writes the keys as ONE read, the way a busy terminal delivers them, and expects a clean exit 130. */
async function expectOneReadInterrupts(terminal: Terminal, keysBefore: string): Promise<void> {
	terminal.stdin.write(`${keysBefore}${key.ctrlC}`);
	await expect(terminal.exit).resolves.toBe(130);
	expect(terminal.stdin.rawMode.at(-1)).toBe(false);
	expect(cursorShownAgain(terminal.stdout.raw())).toBe(true);
	expect(terminal.stderr.text()).toBe('');
}

/** A plain key press as Ink reports it (only the fields the bindings read matter here). */
const noKey = {ctrl: false, meta: false, shift: false} as Key;

describe('a read holding Ctrl+C among other keys', () => {
	it('is Ctrl+C alone for the key handlers; other reads pass as they are (pure)', () => {
		expect(keyPressOf('y\u0003', noKey)).toEqual(['c', {...noKey, ctrl: true}]);
		expect(keyPressOf('\u0003\u0003', noKey)).toEqual(['c', {...noKey, ctrl: true}]);
		expect(keyPressOf('[A\u0003', {...noKey, meta: true})).toEqual(['c', {...noKey, ctrl: true}]);
		expect(keyPressOf('y', noKey)).toEqual(['y', noKey]);
		expect(keyPressOf('c', {...noKey, ctrl: true})).toEqual(['c', {...noKey, ctrl: true}]);
		expect(keyPressOf('pasted text', noKey)).toEqual(['pasted text', noKey]);
	});
});

describe('the workspace on its own (runWorkspace) leaves with 130 when Ctrl+C shares a read', () => {
	it('with the menu focused, after a wait key', async () => {
		const terminal = await startWorkspace();
		await terminal.waitFor('Ticket from Priya Shah');
		await expectOneReadInterrupts(terminal, 'w');
	});

	it('on the quit question, after its "y"', async () => {
		const terminal = await startWorkspace();
		await pressFor(terminal, 'q', 'Quit the workspace?');
		await expectOneReadInterrupts(terminal, 'y');
	});

	it('in the command palette, after letters typed into its search', async () => {
		const terminal = await startWorkspace();
		await pressFor(terminal, ':', 'type to search');
		await expectOneReadInterrupts(terminal, 'ena');
	});

	it('with an admin screen focused, after a key of its own', async () => {
		const terminal = await startWorkspace();
		await terminal.press('2', key.tab);
		await expectOneReadInterrupts(terminal, 'j');
	});
});

describe('the play app leaves with 130 when Ctrl+C shares a read', () => {
	it('on the picker', async () => {
		const terminal = await startPlay();
		await terminal.waitFor('Pick a scenario');
		await expectOneReadInterrupts(terminal, 'j');
	});

	it('in the workspace, after a wait key', async () => {
		const terminal = await startPlay();
		await selectScenario(terminal, 'codes-wrong-number');
		await pressFor(terminal, key.enter, 'Press Enter to start');
		await startAttempt(terminal);
		await expectOneReadInterrupts(terminal, 'w');
	});
});
