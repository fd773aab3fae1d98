/**
 * Text fields and the command palette take one terminal read at a time, and a read may hold several keys:
 * `tmux send-keys BSpace BSpace BSpace` arrives as one `\x7f\x7f\x7f`. Every Backspace of the burst counts,
 * Ctrl+U clears and Ctrl+W removes a word, and no control character ever becomes text.
 */
import {describe, expect, it} from 'vitest';
import {SignInLogsScreen} from '../../../source/ui/admin/sign-in-logs-screen.js';
import {CommandPalette} from '../../../source/ui/app/command-palette.js';
import {richDisplay} from '../../../source/ui/app/display.js';
import type {PaletteCommand} from '../../../source/ui/app/palette-commands.js';
import {applyTextKey, editText, withoutLastWord} from '../../../source/ui/components/text-field.js';
import {buildState} from '../../helpers/build-state.js';
import {inkKey, keys, renderApp} from '../../helpers/ink-harness.js';
import {renderScreen} from '../admin/admin-fixture.js';

const del = '\u007F';
const ctrlU = '\u0015';
const ctrlW = '\u0017';

describe('editing a text value', () => {
	it('removes one character per Backspace of a burst read at once', () => {
		expect(editText('priya', `${del}${del}${del}`)).toBe('pr');
		expect(editText('ab', '\b\b\b')).toBe('');
		// Typed, erased and typed again within one read
		expect(editText('', `ab${del}c`)).toBe('ac');
	});

	it('clears with Ctrl+U and removes the last word with Ctrl+W', () => {
		expect(editText('wait 5 min', ctrlU)).toBe('');
		expect(editText('wait 5 min', ctrlW)).toBe('wait 5 ');
		expect(withoutLastWord('wait 5 ')).toBe('wait ');
		expect(editText('wait 5 min', `${ctrlU}reset`)).toBe('reset');
	});

	it('never keeps a control character or goes past the limit', () => {
		expect(editText('a', '\u001B\r\nb\t')).toBe('ab');
		expect(editText('12345', '678', 6)).toBe('123456');
	});

	it('answers a key the way Ink reports it', () => {
		// One DEL alone: Ink says `delete`; a burst: the raw characters in `input`
		expect(applyTextKey('abc', '', inkKey({delete: true}))).toEqual({type: 'change', value: 'ab'});
		expect(applyTextKey('abc', `${del}${del}`, inkKey())).toEqual({type: 'change', value: 'a'});
		// Ctrl+U and Ctrl+W alone: Ink says `ctrl` with the letter
		expect(applyTextKey('wait 5 min', 'u', inkKey({ctrl: true}))).toEqual({type: 'change', value: ''});
		expect(applyTextKey('wait 5 min', 'w', inkKey({ctrl: true}))).toEqual({type: 'change', value: 'wait 5 '});
		// Alt+Backspace removes a word too; Esc still cancels
		expect(applyTextKey('wait 5 min', '', inkKey({delete: true, meta: true}))).toEqual({type: 'change', value: 'wait 5 '});
		expect(applyTextKey('abc', '', inkKey({escape: true, meta: true}))).toEqual({type: 'cancel'});
		expect(applyTextKey('abc', 'k', inkKey({ctrl: true}))).toEqual({type: 'ignored'});
	});
});

describe('a text field in a screen', () => {
	it('takes a burst of Backspaces, then Ctrl+W and Ctrl+U, in the sign-in log user filter', async () => {
		const screen = await renderScreen(<SignInLogsScreen isActive />, buildState());
		await screen.press('/');
		await screen.type('priya patel');
		await screen.waitFor('User: priya patel');

		// tmux send-keys BSpace BSpace BSpace: one read
		await screen.press(`${del}${del}${del}`);
		await screen.waitFor('User: priya pa█');

		await screen.press(ctrlW);
		await screen.waitFor('User: priya █');

		await screen.press(ctrlU);
		expect(await screen.waitFor('User: █')).not.toContain('priya');
		screen.unmount();
	});
});

const commands: readonly PaletteCommand[] = [
	{label: 'Wait 5 minutes', group: 'Clock', action: {kind: 'undo'}},
	{label: 'Wait 1 hour', group: 'Clock', action: {kind: 'undo'}},
	{label: 'Undo the last action', group: 'Session', action: {kind: 'undo'}},
];

function palette(width = 80) {
	return renderApp(<CommandPalette commands={commands} display={richDisplay} width={width} height={10} onRun={() => undefined} onClose={() => undefined} />);
}

describe('the command palette', () => {
	it('takes a burst of Backspaces and Ctrl+U, and never types a control character', async () => {
		const screen = await palette();
		await screen.type('undoqz');
		await screen.waitFor('0 matches');

		await screen.press(`${del}${del}`);
		let frame = await screen.waitFor('› undo ');
		expect(frame).toContain('Undo the last action');
		expect(frame).not.toContain(del);

		await screen.press(ctrlU);
		frame = await screen.waitFor('type to search every action');
		expect(frame).toContain('Wait 1 hour');
		screen.unmount();
	});

	it('keeps the count whole and the border in place with a query wider than the box', async () => {
		const screen = await palette();
		await screen.type('x'.repeat(90));
		const frame = await screen.waitFor('0 matches');
		const lines = frame.split('\n');
		// Every line of the box is exactly as wide as the box, the right border in the last column
		for (const line of lines) {
			expect([...line].length).toBe(80);
			expect(line.at(-1)).toMatch(/[│╮╯]/);
		}

		// The query shows its end, cut at the start with the ellipsis
		expect(lines[1]).toMatch(/^│ › …x+ {3}0 matches │$/);
		await screen.press(keys.backspace);
		await screen.waitFor('0 matches');
		screen.unmount();
	});
});
