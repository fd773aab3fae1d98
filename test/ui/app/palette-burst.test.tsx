/**
 * The palette under a fast typist: Enter read in the same burst as the letters before it runs the best match of
 * everything typed, not of the query last drawn.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {CommandPalette} from '../../../source/ui/app/command-palette.js';
import {richDisplay} from '../../../source/ui/app/display.js';
import type {PaletteCommand} from '../../../source/ui/app/palette-commands.js';
import {KeyLayerHost} from '../../../source/ui/components/key-layers.js';
import {keys, renderApp, type Harness} from '../../helpers/ink-harness.js';

const commands: readonly PaletteCommand[] = [
	{label: 'Wait 5 minutes', group: 'Clock', action: {kind: 'play', intent: {kind: 'wait', minutes: 5}}},
	{label: 'Wait 1 hour', group: 'Clock', action: {kind: 'play', intent: {kind: 'wait', minutes: 60}}},
	{label: 'Undo the last action', group: 'Session', action: {kind: 'undo'}},
];

let screen: Harness | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

describe('the palette under a burst of keys', () => {
	it('runs the match of the whole query when Enter arrives before the letters are drawn', async () => {
		const ran: string[] = [];
		screen = await renderApp(
			<KeyLayerHost>
				<CommandPalette commands={commands} onRun={(command) => ran.push(command.label)} onClose={() => undefined} display={richDisplay} width={80} height={10} />
			</KeyLayerHost>,
		);
		await screen.burst(...'undo', keys.enter);
		expect(ran).toEqual(['Undo the last action']);
	});

	it('still runs the selected row once the frame has caught up', async () => {
		const ran: string[] = [];
		screen = await renderApp(
			<KeyLayerHost>
				<CommandPalette commands={commands} onRun={(command) => ran.push(command.label)} onClose={() => undefined} display={richDisplay} width={80} height={10} />
			</KeyLayerHost>,
		);
		await screen.type('wait');
		await screen.waitFor('2 matches');
		await screen.press(keys.down);
		await screen.waitFor('› Wait 1 hour');
		await screen.press(keys.enter);
		expect(ran).toEqual(['Wait 1 hour']);
	});
});
