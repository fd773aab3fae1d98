/**
 * The service settings tab tells its own keys (and the range editor's) to the footer and help, and from
 * 30 Sep 2025 shows the legacy verification options read only, with why.
 */
import {describe, expect, it} from 'vitest';
import {MfaPageScreen} from '../../../source/ui/admin/mfa-page-screen.js';
import {daysEditKeyHints, mfaUsersTabKeyHints, rangeEditKeyHints, readOnlySettingsKeyHints, serviceSettingsHints, serviceSettingsKeyHints} from '../../../source/ui/admin/mfa-page-hints.js';
import {verificationLockedText} from '../../../source/ui/admin/service-settings-rows.js';
import type {KeyHint} from '../../../source/ui/components/key-hint.js';
import {buildPerson, buildState, buildUser, instant} from '../../helpers/build-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {footerOf, renderWorkspace} from '../app/render-workspace.js';
import {flat, renderScreen} from './admin-fixture.js';

const state = (now = instant('2024-03-12T09:00:00Z')) => buildState({now, users: [buildUser({id: 'priya', displayName: 'Priya Shah'})], people: [buildPerson({userId: 'priya'})]});

describe('the service settings tab\'s keys', () => {
	it('are the tab\'s, the range editor\'s or the days editor\'s (pure)', () => {
		expect(serviceSettingsHints(undefined)).toBe(serviceSettingsKeyHints);
		// A role that may change nothing here is offered no edit keys.
		expect(serviceSettingsHints(undefined, false)).toBe(readOnlySettingsKeyHints);
		expect(readOnlySettingsKeyHints.map((hint) => hint.keys)).not.toContain('s r');
		expect(serviceSettingsHints({target: 'range', index: 0, text: ''})).toBe(rangeEditKeyHints);
		expect(serviceSettingsHints({target: 'days', text: '14'})).toBe(daysEditKeyHints);
		const labels = (hints: readonly KeyHint[]) => hints.map((hint) => `${hint.keys} ${hint.label}`);
		expect(labels(serviceSettingsKeyHints)).toEqual(expect.arrayContaining(['Space Enter tick, or edit a range', 'x delete range', 's r save / revert']));
		expect(labels(rangeEditKeyHints)).toEqual(expect.arrayContaining(['Enter keep the range (empty: delete it)', 'Esc cancel']));
		// The users tab's keys are no longer mixed with the settings' ones.
		expect(labels(mfaUsersTabKeyHints).join(' ')).not.toMatch(/save|range/);
	});

	it('are reported to the screen\'s host while the tab shows, and taken back on the users tab', async () => {
		const reported: Array<readonly KeyHint[] | undefined> = [];
		const screen = await renderScreen(<MfaPageScreen isActive onHintsChange={(hints) => reported.push(hints)} />, state());
		await screen.waitFor('Priya Shah');
		expect(reported.at(-1)).toBeUndefined();
		await screen.press(keys.right);
		await screen.waitFor('[service settings]');
		expect(reported.at(-1)).toBe(serviceSettingsKeyHints);
		await screen.press(keys.down, keys.down, keys.down, keys.enter);
		await screen.waitFor('█');
		expect(reported.at(-1)).toBe(rangeEditKeyHints);
		await screen.press(keys.escape);
		await screen.waitFor('+ add a range');
		expect(reported.at(-1)).toBe(serviceSettingsKeyHints);
		await screen.press(keys.left);
		await screen.waitFor('[users]');
		expect(reported.at(-1)).toBeUndefined();
		screen.unmount();
	});

	it('show in the workspace footer: the tab\'s keys, then the range editor\'s while a range is typed', async () => {
		const run = await renderWorkspace(state());
		await run.press('3', keys.tab);
		expect(footerOf(await run.waitFor('/ search users'))).toContain('←→ users / service settings tab');
		await run.press(keys.right);
		let line = footerOf(await run.waitFor('x delete range'));
		expect(line).toContain('Space Enter tick, or edit a range');
		expect(line).toContain('s r save / revert');
		expect(line).not.toContain('/ search users');
		await run.press(keys.down, keys.down, keys.down, keys.enter);
		line = footerOf(await run.waitFor('Enter keep the range'));
		expect(line).toContain('Esc cancel');
		expect(line).not.toContain('f filter');
		await run.type('203.0.113.10/32');
		await run.press(keys.enter);
		await run.waitFor('203.0.113.10/32 (unsaved)');
		expect(footerOf(run.text())).toContain('x delete range');
		run.unmount();
	});
});

describe('the legacy verification options from 30 Sep 2025', () => {
	it('are read only, with why, and Space changes nothing', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, state(instant('2025-10-01T09:00:00Z')));
		await screen.press(keys.right);
		let frame = flat(await screen.waitFor('[service settings]'));
		expect(frame).toContain(verificationLockedText);
		// The cursor on "Call to phone": app passwords (2), federated, add a range, then the options.
		await screen.press(keys.down, keys.down, keys.down, keys.down);
		frame = await screen.waitFor(/›\s+\[x\] Call to phone/);
		await screen.press(keys.space);
		frame = await screen.waitFor(/›\s+\[x\] Call to phone/);
		expect(frame).toContain('No unsaved changes.');
		screen.unmount();
	});

	it('can still be changed before that date, with no such line', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, state());
		await screen.press(keys.right);
		const frame = flat(await screen.waitFor('[service settings]'));
		expect(frame).not.toContain('Read only since 30 Sep 2025');
		await screen.press(keys.down, keys.down, keys.down, keys.down);
		await screen.waitFor(/›\s+\[x\] Call to phone/);
		await screen.press(keys.space);
		await screen.waitFor(/›\s+\[ \] Call to phone/);
		screen.unmount();
	});
});
