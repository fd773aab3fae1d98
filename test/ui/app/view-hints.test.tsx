import {Text} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {adminScreens} from '../../../source/ui/app/admin-screens.js';
import type {ShellScreenProps} from '../../../source/ui/app/placeholder-screen.js';
import {useKeys} from '../../../source/ui/components/key-layers.js';
import {helpRows, rolesNote} from '../../../source/ui/app/help-overlay.js';
import {rolesSummary} from '../../../source/ui/app/header.js';
import {keys} from '../../helpers/ink-harness.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {focusActiveUsers, footerOf, renderWorkspace, type WorkspaceRun} from './render-workspace.js';

/** A stand-in admin screen that reports a view's hints on `o` and never takes them back, capturing nothing. */
function ReportingScreen({isActive, onHintsChange}: ShellScreenProps) {
	useKeys(
		(input) => {
			if (input === 'o') {
				onHintsChange?.(viewHints);
			}
		},
		{isActive},
	);
	return <Text>Reporting screen</Text>;
}

const viewHints = [{keys: '←→', label: 'view tabs'}];

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

async function openUserDetails(current: WorkspaceRun): Promise<void> {
	await focusActiveUsers(current);
	await current.press(keys.enter);
	await current.waitFor('Esc back');
}

describe('footer and help follow a view opened inside an admin screen', () => {
	it('shows the user details\' keys while a user is open in Active users, and the list\'s again after', async () => {
		run = await renderWorkspace();
		await openUserDetails(run);
		const open = footerOf(run.text());
		expect(open).toContain('←→ tabs');
		expect(open).toContain('Esc back');
		for (const listKey of ['/ search', 'f filter', 'Space select user']) {
			expect(open).not.toContain(listKey);
		}

		// Back in the list, the list's keys return.
		await run.press(keys.escape);
		const back = footerOf(await run.waitFor('/ search'));
		expect(back).toContain('/ search');
		expect(back).not.toContain('←→ tabs');
	});

	it('writes the arrows as words without Unicode', async () => {
		run = await renderWorkspace(priyaState(), {display: {color: false, unicode: false}});
		await openUserDetails(run);
		expect(footerOf(run.text())).toContain('Left/Right tabs');
	});

	it('shows the view\'s keys in the help, and forgets them when another screen shows', async () => {
		run = await renderWorkspace(priyaState(), {adminScreens: {...adminScreens, 'active-users': {Screen: ReportingScreen, hints: [{keys: '/', label: 'search users'}]}}});
		await run.press('2');
		await run.waitFor('Reporting screen');
		await run.press(keys.tab);
		await run.waitFor('/ search users');
		await run.press('o');
		expect(footerOf(await run.waitFor('←→ view tabs'))).not.toContain('search users');
		await run.press('?');
		const help = await run.waitFor('Key bindings');
		expect(help).toContain('view tabs');
		expect(help).not.toContain('search users');
		await run.press(keys.escape);
		await run.waitForGone('Key bindings');
		// The screen never takes its report back: the shell forgets it on the next screen.
		await run.press(keys.tab, '3', '2', keys.tab);
		expect(footerOf(await run.waitFor('/ search users'))).not.toContain('view tabs');
	});
});

describe('the trainee\'s roles', () => {
	it('shows one role by name and several by count in the header, and lists them in the help', async () => {
		expect(rolesSummary(['Global Administrator'])).toBe('Global Administrator');
		expect(rolesSummary(['Helpdesk Administrator', 'Authentication Administrator'])).toBe('2 roles');
		expect(rolesSummary([])).toBe('no admin role');
		run = await renderWorkspace(priyaState({actorRoles: ['helpdesk-administrator', 'authentication-administrator']}), {size: {columns: 80, rows: 24}});
		expect(run.text()).toContain('Signed in as admin@contoso.com · 2 roles');
		await run.press('?');
		const help = await run.waitFor('Key bindings');
		expect(help.replaceAll('│', ' ').replaceAll(/\s+/g, ' ')).toContain('Your roles: Helpdesk Administrator, Authentication Administrator; your profile is under Active users.');
	});

	it('words the note for one role and for none', () => {
		expect(rolesNote(['Global Administrator'])).toBe('Your role: Global Administrator; your profile is under Active users.');
		expect(rolesNote([])).toBe('You have no admin role; your profile is under Active users.');
		expect(helpRows('On this screen', [], true, false, ['Global Administrator'])[0]).toEqual({note: rolesNote(['Global Administrator'])});
	});
});
