import {afterEach, describe, expect, it} from 'vitest';
import {browser, iosMail, outlook} from '../../helpers/build-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {renderWorkspace, type WorkspaceRun} from '../app/render-workspace.js';

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('the user\'s clients', () => {
	it('shows Outlook\'s registry values, and their change after the user sets them', async () => {
		run = await renderWorkspace(priyaState({person: {clients: [outlook('2013', {}, {savedSecret: 'password-of-priya'}), iosMail('configure-manually')]}}));
		await run.press('7');
		let frame = await run.waitFor('HKCU\\SOFTWARE\\Microsoft\\Office\\15.0\\Common\\Identity');
		expect(frame).toMatch(/EnableADAL\s+not set/);
		expect(frame).toMatch(/Version\s+not set/);
		expect(frame).toMatch(/AlwaysUseMSOAuthForAutoDiscover\s+not set/);
		expect(frame).toContain('Their current password (saved)');
		// When Priya sets EnableADAL=1 and Version=1
		await run.play({kind: 'user', intent: {type: 'set-outlook-registry', userId: 'priya', clientId: 'outlook', registry: {enableAdal: 1, version: 1}}});
		frame = await run.waitFor(/EnableADAL\s+1 \(REG_DWORD\)/);
		expect(frame).toMatch(/Version\s+1 \(REG_DWORD\)/);
		expect(frame).toContain('Nothing saved: asks for the password');
	});

	it('shows how iPhone Mail was set up', async () => {
		run = await renderWorkspace(priyaState({person: {clients: [browser(), iosMail('configure-manually')]}}));
		await run.press('7');
		await run.waitFor('Edge on laptop');
		await run.press(keys.tab);
		await run.waitFor('Enter choose');
		await run.press(keys.down);
		const frame = await run.waitFor('Add Account > Exchange > Configure Manually');
		expect(frame).toContain('iPhone Mail (iOS 17)');
	});

	it('jumps to the last client with End and back to the first with Home', async () => {
		run = await renderWorkspace(priyaState({person: {clients: [browser(), outlook('2013'), iosMail('configure-manually')]}}));
		await run.press('7');
		await run.waitFor('Edge on laptop');
		await run.press(keys.tab);
		await run.waitFor('Enter choose');
		await run.press('\u001B[F');
		expect(await run.waitFor('› iPhone Mail')).toContain('Add Account > Exchange > Configure Manually');
		await run.press('\u001B[H');
		await run.waitFor('› Edge on laptop');
	});
});
