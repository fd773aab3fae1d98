/**
 * The shell's keys that work "anywhere" (Tab, 1-8, `:`, Ctrl+K, `?`) work from the views opened inside a
 * screen too (a user's details, a sign-in's details), unless a dialog or text field captures the keys;
 * and a screen shown again is as the trainee left it (search, filter, cursor, the MFA page's tab and draft).
 */
import {afterEach, describe, expect, it} from 'vitest';
import {buildPerson, buildState, buildUser, registeredMethods} from '../../helpers/build-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {footerOf, renderWorkspace, signablePriya, type WorkspaceRun} from './render-workspace.js';

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

/** The table row under the cursor. */
function cursorRow(frame: string): string {
	return frame.split('\n').find((line) => line.includes('│ ›')) ?? '';
}

/** Priya (the person on the phone), Sam and Lena besides the admin, sorted by name. */
function tenant() {
	const priya = buildUser({id: 'priya', displayName: 'Priya Shah', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification'});
	const sam = buildUser({id: 'sam', displayName: 'Sam Lee', upn: 'sam@contoso.com', perUserMfa: 'enabled', methods: registeredMethods()});
	const lena = buildUser({id: 'lena', displayName: 'Lena Vogel', upn: 'lena@contoso.com'});
	return buildState({users: [priya, sam, lena], people: [buildPerson({userId: 'priya'})]});
}

/** Active users with the focus in the screen, then the details of the user found by `query`. */
async function openDetails(current: WorkspaceRun, query: string): Promise<void> {
	await current.press('2', keys.tab, '/');
	await current.waitFor('Search: █');
	await current.type(query);
	await current.press(keys.enter, keys.enter);
	await current.waitFor('Esc back');
}

describe('the shell\'s keys from a user\'s details', () => {
	it('1-8 leave the details for another screen, and Active users comes back on the same user', async () => {
		run = await renderWorkspace(tenant());
		await openDetails(run, 'sam');
		expect(run.text()).toContain('sam@contoso.com');
		await run.press('3');
		await run.waitFor('multi-factor authentication');
		await run.press('2');
		const back = await run.waitFor('Search: sam');
		expect(back).not.toContain('Esc back');
		expect(cursorRow(back)).toContain('Sam Lee');
		// Enter opens the user the cursor shows.
		await run.press(keys.enter);
		expect(await run.waitFor('Esc back')).toContain('sam@contoso.com');
	});

	it('Tab gives the focus to the menu (the details stay), Enter goes back into them', async () => {
		run = await renderWorkspace(tenant());
		await openDetails(run, 'sam');
		await run.press(keys.tab);
		expect(footerOf(await run.waitFor('w wait 5m'))).toContain('1-8 screen');
		expect(run.text()).toContain('sam@contoso.com');
		await run.press(keys.enter);
		expect(footerOf(await run.waitFor(/←→ tabs/))).not.toContain('w wait 5m');
		await run.press(keys.escape);
		await run.waitFor('Search: sam');
	});

	it('shows the shell\'s keys around the details\' own in the footer', async () => {
		run = await renderWorkspace(tenant());
		await openDetails(run, 'sam');
		const line = footerOf(run.text());
		expect(line).toMatch(/^Tab pane\s+\? help\s+←→ tabs/);
	});

	it('opens the palette with : and with Ctrl+K, and the help with ?', async () => {
		run = await renderWorkspace(tenant());
		await openDetails(run, 'sam');
		await run.press(':');
		await run.waitFor('Esc close');
		await run.press(keys.escape);
		await run.waitFor('Esc back');
		await run.press('\u000B');
		await run.waitFor('Esc close');
		await run.press(keys.escape);
		await run.waitFor('Esc back');
		await run.press('?');
		const help = await run.waitFor('Key bindings');
		expect(help).toContain('reset password');
	});

	it('keeps digits and Tab for a dialog that is typing (a new phone number)', async () => {
		run = await renderWorkspace(tenant());
		await openDetails(run, 'sam');
		await run.press(keys.right, 'a');
		await run.waitFor('Phone number: █');
		await run.type('+1 4255551234');
		await run.press(keys.tab);
		const frame = await run.waitFor('Phone number: +1 4255551234█');
		expect(frame).toContain('sam@contoso.com');
		expect(footerOf(frame)).not.toContain('w wait 5m');
	});
});

describe('the shell\'s keys from a sign-in\'s details', () => {
	it('Tab, 1-8 and the palette work, and the log comes back as a list', async () => {
		run = await renderWorkspace(await signablePriya());
		await run.play({kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}});
		await run.press('4', keys.tab);
		await run.waitFor(/Sign-in logs\s+1 of 1/);
		await run.press(keys.enter);
		await run.waitFor('Esc back');
		// The footer names the details' keys, not the list's.
		expect(footerOf(run.text())).toMatch(/^Tab pane\s+\? help\s+←→ Basic info/);
		expect(footerOf(run.text())).not.toContain('s filter status');
		await run.press(':');
		await run.waitFor('Esc close');
		await run.press(keys.escape);
		await run.waitFor('Esc back');
		await run.press('5');
		await run.waitFor(/Audit logs\s+\d+ of/);
		await run.press('4');
		const back = await run.waitFor(/Sign-in logs\s+1 of 1/);
		expect(back).not.toContain('Esc back');
		await run.press(keys.enter);
		await run.waitFor('Esc back');
		await run.press(keys.tab);
		expect(footerOf(await run.waitFor('w wait 5m'))).toContain('1-8 screen');
	});
});

describe('a screen shown again is as it was left', () => {
	it('Active users keeps its search, filter and cursor', async () => {
		run = await renderWorkspace(tenant());
		await run.press('2', keys.tab, 'f');
		await run.waitFor('MFA status: Disabled');
		await run.press(keys.down);
		expect(cursorRow(run.text())).toContain('Lena Vogel');
		await run.press(keys.tab, '1');
		await run.waitFor('Ticket from Priya Shah');
		await run.press('2');
		const back = await run.waitFor('MFA status: Disabled');
		expect(cursorRow(back)).toContain('Lena Vogel');
		expect(back).not.toContain('Sam Lee');
	});

	it('the MFA page keeps its tab and an unsaved service settings draft', async () => {
		run = await renderWorkspace(tenant());
		await run.press('3', keys.tab, keys.right);
		await run.waitFor('[service settings]');
		await run.press(keys.down, keys.down, keys.down, keys.enter);
		await run.type('203.0.113.0/24');
		await run.press(keys.enter);
		await run.waitFor('203.0.113.0/24 (unsaved)');
		await run.press('2');
		await run.waitFor(/Active users\s+\d+ users/);
		await run.press('3');
		const back = await run.waitFor('[service settings]');
		expect(back).toContain('203.0.113.0/24 (unsaved)');
		expect(back).toContain('Unsaved changes');
	});
});
