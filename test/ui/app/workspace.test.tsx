import {afterEach, describe, expect, it} from 'vitest';
import {currentState} from '../../../source/domain/session/play-session.js';
import {bindingOf, keysText} from '../../../source/ui/key-bindings.js';
import {keys} from '../../helpers/ink-harness.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {renderWorkspace, type WorkspaceRun} from './render-workspace.js';

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('workspace shell', () => {
	it('shows the scenario, the simulated clock and the admin account with its role', async () => {
		run = await renderWorkspace();
		const frame = run.text();
		expect(frame).toContain('Authenticator codes always wrong');
		expect(frame).toContain('Tue 12 Mar 2024 09:00 UTC');
		expect(frame).toContain('Signed in as admin@contoso.com · Global Administrator');
		expect(frame).toContain('Ticket from Priya Shah');
	});

	it('moves between screens with the number keys, the arrows and Tab', async () => {
		run = await renderWorkspace();
		// Given the menu has the focus, When the trainee presses 6, Then the phone shows.
		await run.press('6');
		await run.waitFor('Priya Shah\'s phone');
		await run.press(keys.down);
		await run.waitFor('Priya Shah\'s apps and devices');
		await run.press('k');
		await run.waitFor('Priya Shah\'s phone');
		await run.press(keys.up);
		// The screen's own title: the menu always names it.
		await run.waitFor(/Audit logs\s+\d+ of \d+ entries/);
		// Tab moves the focus into the screen: the menu keys stop, the screen's footer shows.
		await run.press('8');
		await run.waitFor('Ask Priya Shah to');
		await run.press(keys.tab);
		await run.waitFor('Enter choose');
		await run.press('w');
		expect(run.text()).toContain('Tue 12 Mar 2024 09:00 UTC');
		// The digits work from the screen too, like Tab, `:` and `?`.
		await run.press('7');
		await run.waitFor('Priya Shah\'s apps and devices');
		// Tab again gives the focus back to the menu.
		await run.press(keys.tab);
		await run.waitFor('w wait 5m');
		await run.press('1');
		await run.waitFor('Ticket from Priya Shah');
	});

	it('fits 80x24: the frame is one row shorter than the terminal', async () => {
		run = await renderWorkspace(priyaState(), {size: {columns: 80, rows: 24}});
		const lines = run.text().split('\n');
		expect(lines.length).toBeLessThanOrEqual(23);
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
	});

	it('asks to enlarge a terminal below 80x24', async () => {
		run = await renderWorkspace(priyaState(), {size: {columns: 70, rows: 20}});
		expect(run.text()).toBe('Please enlarge the terminal to at least 80x24 (now 70x20).');
	});

	it('opens the help overlay drawn from the key table and closes it', async () => {
		run = await renderWorkspace();
		await run.press('?');
		const frame = await run.waitFor('Key bindings');
		for (const intent of ['palette.open', 'help.toggle', 'focus.toggle'] as const) {
			const binding = bindingOf(intent);
			expect(frame).toContain(keysText(binding));
			expect(frame).toContain(binding.description);
		}

		await run.press(keys.escape);
		await run.waitForGone('Key bindings');
	});

	it('wraps a long key description in the help instead of cutting it off at 80 columns', async () => {
		run = await renderWorkspace(priyaState(), {size: {columns: 80, rows: 40}});
		await run.press('?');
		const frame = await run.waitFor('Key bindings');
		const flat = frame.replaceAll(/[│|]/g, ' ').replaceAll(/\s+/g, ' ');
		expect(flat).toContain(bindingOf('navigate.jump').description);
		expect(frame).not.toMatch(/…\s*│/);
	});

	it('keeps the screen as it was under the help overlay', async () => {
		run = await renderWorkspace();
		await run.press('8');
		await run.waitFor('Ask Priya Shah to');
		await run.press(keys.tab);
		await run.waitFor('Enter choose');
		await run.press(keys.down);
		await run.waitFor('› Sign in with Edge on laptop, another way: approve');
		await run.press('?');
		await run.waitFor('Key bindings');
		await run.press(keys.escape);
		await run.waitFor('› Sign in with Edge on laptop, another way: approve');
	});

	it('finds "Enable" in the palette and runs it', async () => {
		run = await renderWorkspace(priyaState({user: {perUserMfa: 'disabled'}}));
		await run.press(':');
		await run.waitFor('type to search');
		await run.type('enable');
		await run.waitFor('› Enable multi-factor authentication for Priya Shah');
		await run.press(keys.enter);
		await run.waitFor('Enable multi-factor authentication for Priya Shah');
		await run.waitFor('1 change');
		expect(currentState(run.session()).tenant.users['priya']?.perUserMfa).toBe('enabled');
		expect(run.text()).toContain('✓ 09:02 Enable multi-factor authentication for Priya Shah');
	});

	it('finds "wait" in the palette (Ctrl+K) and moves the clock', async () => {
		run = await renderWorkspace();
		await run.press('\u000B');
		await run.waitFor('type to search');
		await run.type('wait');
		await run.waitFor('› Wait 5 minutes');
		await run.press(keys.enter);
		await run.waitFor('09:05 UTC');
	});

	it('waits 5 minutes, 1 hour and until the next morning from the menu keys', async () => {
		run = await renderWorkspace();
		await run.press('w');
		await run.waitFor('09:05 UTC');
		await run.press('W');
		await run.waitFor('10:05 UTC');
		await run.press('n');
		await run.waitFor('Wed 13 Mar 2024 09:00 UTC');
	});

	it('undo puts the clock back to where it was', async () => {
		run = await renderWorkspace();
		await run.press('w');
		await run.waitFor('09:05 UTC');
		await run.press('u');
		await run.waitFor('Tue 12 Mar 2024 09:00 UTC');
		expect(run.text()).toContain('Undone: Wait 5 minutes');
		expect(run.session().turns).toHaveLength(0);
		await run.press('u');
		await run.waitFor('Nothing to undo.');
	});

	it('resets only after confirmation', async () => {
		run = await renderWorkspace();
		await run.press('W');
		await run.waitFor('10:00 UTC');
		await run.press('R');
		await run.waitFor('Reset the scenario?');
		await run.press('n');
		await run.waitForGone('Reset the scenario?');
		expect(run.text()).toContain('10:00 UTC');
		await run.press('R');
		await run.waitFor('Reset the scenario?');
		await run.press('y');
		await run.waitFor('The scenario is back at the start.');
		expect(run.text()).toContain('09:00 UTC');
	});

	it('quits after confirmation and reports Ctrl+C as an interruption on any screen', async () => {
		run = await renderWorkspace();
		await run.press('q');
		await run.waitFor('Quit the workspace?');
		await run.press('y');
		// It leaves once the frame without the question is drawn (in an effect of that frame). The test's onExit does not
		// unmount, so the shell carries on.
		await run.waitForGone('Quit the workspace?');
		await run.settle();
		expect(run.exits).toEqual(['quit']);
		await run.press('8');
		await run.waitFor('Ask Priya Shah to');
		await run.press(keys.tab);
		await run.waitFor('Enter choose');
		await run.press(':');
		await run.waitFor('type to search');
		await run.press(keys.ctrlC);
		expect(run.exits).toEqual(['quit', 'interrupted']);
	});
});
