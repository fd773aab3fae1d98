/**
 * The palette's escalations open a handover dialog in its place: Enter sends the note (trimmed) as an
 * `escalate` intent, an empty note is refused with a sentence, Esc closes without escalating.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {KeyLayerHost} from '../../../source/ui/components/key-layers.js';
import {escalationTargetText} from '../../../source/services/describe-intent.js';
import {richDisplay, type DisplayMode} from '../../../source/ui/app/display.js';
import {emptyNoteMessage, shortNoteMessage} from '../../../source/ui/app/escalate-dialog.js';
import {escalateCommands, type PaletteCommand, type PaletteEntry} from '../../../source/ui/app/palette-commands.js';
import {PaletteOverlay} from '../../../source/ui/app/palette-overlay.js';
import {keys, renderApp, type Harness} from '../../helpers/ink-harness.js';

const commands: readonly PaletteEntry[] = [{label: 'Undo the last action', group: 'Session', action: {kind: 'undo'}}, ...escalateCommands];

let screen: Harness | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

async function open(display: DisplayMode = richDisplay) {
	const ran: PaletteCommand[] = [];
	const closed: string[] = [];
	// Under a key layer host, as in the workspace: the dialog's keys are live as soon as it is drawn.
	screen = await renderApp(
		<KeyLayerHost>
			<PaletteOverlay commands={commands} onRun={(command) => ran.push(command)} onClose={() => closed.push('closed')} display={display} width={80} height={14} />
		</KeyLayerHost>,
	);
	await screen.type('escalate priv auth');
	await screen.waitFor(/[›>] Escalate the ticket to a Privileged Authentication Administrat/);
	await screen.press(keys.enter);
	await screen.waitFor('Write the handover note');
	return {screen, ran, closed};
}

describe('the handover dialog of an escalation', () => {
	it('offers every target, tier 2 first', () => {
		expect(escalateCommands).toHaveLength(19);
		expect(escalateCommands[0]?.label).toBe('Escalate the ticket to tier 2 (the second-line team)...');
		expect(escalateCommands.map((command) => command.label)).toContain('Escalate the ticket to an Authentication Administrator...');
	});

	it('refuses an empty note with a sentence, then sends the typed note as an escalation', async () => {
		const {screen: dialog, ran, closed} = await open();
		expect(dialog.text()).toContain('Escalate the ticket to a Privileged Authentication Administrator');
		await dialog.press(keys.enter);
		await dialog.waitFor(emptyNoteMessage.slice(0, 60));
		await dialog.type('   ');
		await dialog.press(keys.enter);
		await dialog.waitFor('Write the handover first');
		await dialog.type('x');
		await dialog.press(keys.enter);
		await dialog.waitFor(shortNoteMessage.slice(0, 40));
		expect(ran).toEqual([]);

		await dialog.press('\u0015');
		await dialog.type('Reset MFA for Ruth, a Global Reader.');
		await dialog.waitForGone('Write the handover first');
		await dialog.press(keys.enter);
		expect(ran).toEqual([{label: 'Escalate the ticket', group: 'Escalate', action: {kind: 'play', intent: {kind: 'escalate', to: 'privileged-authentication-administrator', reason: 'Reset MFA for Ruth, a Global Reader.'}}}]);
		expect(closed).toEqual([]);
	});

	it('sends what was typed when Enter comes in the same burst as the letters', async () => {
		const {screen: dialog, ran} = await open();
		await dialog.burst(...'Enable MFA for Noah.', keys.enter);
		expect(ran.map((command) => command.action)).toEqual([{kind: 'play', intent: {kind: 'escalate', to: 'privileged-authentication-administrator', reason: 'Enable MFA for Noah.'}}]);
	});

	it('wraps a long note, and Esc closes without escalating', async () => {
		const {screen: dialog, ran, closed} = await open({color: false, unicode: false});
		await dialog.type('word '.repeat(30));
		const frame = await dialog.waitFor('150/1000');
		expect(frame).toContain('word word');
		expect(frame.split('\n').filter((line) => line.includes('word word')).length).toBeGreaterThan(1);
		expect(frame).toMatch(/word _/);
		await dialog.press(keys.escape);
		expect(closed).toEqual(['closed']);
		expect(ran).toEqual([]);
	});
});

describe('escalation targets in words', () => {
	it('takes the article each role name needs', () => {
		expect(escalationTargetText('authentication-administrator')).toBe('an Authentication Administrator');
		expect(escalationTargetText('user-administrator')).toBe('a User Administrator');
		expect(escalationTargetText('directory-readers')).toBe('someone in Directory Readers');
		expect(escalationTargetText('tier-2')).toBe('tier 2 (the second-line team)');
	});
});
