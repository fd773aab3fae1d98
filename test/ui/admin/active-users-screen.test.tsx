import {describe, expect, it} from 'vitest';
import {ActiveUsersScreen, activeUsersKeyHints} from '../../../source/ui/admin/active-users-screen.js';
import {userDetailsKeyHints} from '../../../source/ui/admin/user-details-screen.js';
import type {KeyHint} from '../../../source/ui/components/key-hint.js';
import {authenticatorSecret, buildState, buildUser, registeredMethods} from '../../helpers/build-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {inSession, manyUsers, renderScreen, renderText, widestLine} from './admin-fixture.js';

const userRow = /User \d{5}/;

/** Waits until the condition holds (the screen reports in a passive effect, a tick or two after it draws). */
async function until(condition: () => boolean): Promise<void> {
	for (let index = 0; index < 200 && !condition(); index++) {
		await new Promise<void>((resolve) => {
			setImmediate(() => {
				setTimeout(resolve, 0);
			});
		});
	}
}

function cursorLine(frame: string): string {
	return frame.split('\n').find((line) => line.startsWith('›')) ?? '';
}

function smallTenant() {
	return buildState({
		users: [
			buildUser({id: 'priya', displayName: 'Priya Patel', perUserMfa: 'enforced', methods: registeredMethods(), roles: ['authentication-administrator']}),
			buildUser({id: 'sam', displayName: 'Sam Lee', perUserMfa: 'enabled', accountEnabled: false}),
			buildUser({id: 'guest', displayName: 'Gail Guest', userType: 'guest', upn: 'gail_fabrikam.com#EXT#@contoso.com'}),
		],
	});
}

describe('Active users screen', () => {
	it('shows name, UPN, MFA status, roles badge, type and sign-in state', async () => {
		// Given a small tenant
		const screen = await renderScreen(<ActiveUsersScreen isActive />, smallTenant());

		// Then every column reads as text
		const frame = await screen.waitFor('Priya Patel');
		expect(frame).toMatch(/Priya Patel\s+priya@contoso\.com\s+Enforced\s+AA\s+Member\s+Allowed/);
		expect(frame).toMatch(/Sam Lee\s+sam@contoso\.com\s+Enabled\s+Member\s+Blocked/);
		expect(frame).toMatch(/Gail Guest.*Guest/);
		expect(frame).not.toContain(authenticatorSecret);
		screen.unmount();
	});

	it('renders only a window of 10,000 users, and 500 arrow presses land on the right user', async () => {
		// Given 10,000 users (sorted by name, after the trainee's "Helpdesk Admin")
		const screen = await renderScreen(<ActiveUsersScreen isActive />, buildState({users: manyUsers(10_000)}));
		const first = await screen.waitFor('rows 1-');

		// Then only the visible window is drawn
		const drawn = first.split('\n').filter((line) => userRow.test(line));
		expect(drawn.length).toBeGreaterThan(5);
		expect(drawn.length).toBeLessThanOrEqual(30);
		expect(first).toContain('10,001 users');

		// When the trainee moves down 500 times
		for (let index = 0; index < 500; index++) {
			await screen.press(keys.down);
		}

		// Then the cursor row is the 500th user row below the admin
		const frame = await screen.waitFor(/› \[ \] User 00499/);
		expect(cursorLine(frame)).toContain('user00499@contoso.com');
		expect(frame.split('\n').filter((line) => userRow.test(line)).length).toBeLessThanOrEqual(30);
		screen.unmount();
	});

	it('PageDown jumps a page at a time through 10,000 users', async () => {
		const screen = await renderScreen(<ActiveUsersScreen isActive height={18} />, buildState({users: manyUsers(10_000)}));
		await screen.waitFor('rows 1-14 of 10,001');

		// 35 pages of 14 rows, then 10 rows down: index 500, user 00499
		for (let index = 0; index < 35; index++) {
			await screen.press(keys.pageDown);
		}

		await screen.press(...Array.from({length: 10}, () => keys.down));
		const frame = await screen.waitFor(/› \[ \] User 00499/);
		expect(frame).toMatch(/rows \d+-\d+ of 10,001/);

		// End goes to the last user, Home back to the first row
		await screen.press('\u001B[F');
		await screen.waitFor(/› \[ \] User 09999/);
		await screen.press('\u001B[H');
		await screen.waitFor(/› \[ \] Helpdesk Admin/);
		screen.unmount();
	});

	it('searches with / and filters by MFA status with f', async () => {
		const screen = await renderScreen(<ActiveUsersScreen isActive />, smallTenant());
		await screen.waitFor('Priya Patel');

		// When the trainee types a search
		await screen.press('/');
		await screen.type('sam');
		let frame = await screen.waitFor('Search: sam');
		expect(frame).toContain('Sam Lee');
		expect(frame).not.toContain('Priya Patel');

		// Esc gives the previous (empty) search back
		await screen.press(keys.escape);
		frame = await screen.waitFor('Priya Patel');

		// f cycles Any -> Disabled -> Enabled -> Enforced
		await screen.press('f', 'f', 'f');
		frame = await screen.waitFor('MFA status: Enforced');
		expect(frame).toContain('Priya Patel');
		expect(frame).not.toContain('Sam Lee');
		screen.unmount();
	});

	it('multi-selects with Space and opens a user with Enter, back with Esc', async () => {
		const screen = await renderScreen(<ActiveUsersScreen isActive />, smallTenant());
		await screen.waitFor('Priya Patel');

		// Select two rows
		await screen.press(keys.space, keys.down, keys.space);
		let frame = await screen.waitFor('2 selected');
		expect(frame).toMatch(/\[x\] Gail Guest/);

		// Open Priya (third row: Gail, Helpdesk Admin, Priya)
		await screen.press(keys.down, keys.enter);
		frame = await screen.waitFor('Authentication methods');
		expect(frame).toContain('priya@contoso.com');
		expect(frame).toContain('Profile');

		await screen.press(keys.escape);
		frame = await screen.waitFor('Active users');
		expect(cursorLine(frame)).toContain('Priya Patel');
		expect(frame).toContain('2 selected');
		screen.unmount();
	});

	it("tells the shell the user details' keys while they are open, and its own again after Esc", async () => {
		const reported: Array<readonly KeyHint[] | undefined> = [];
		const screen = await renderScreen(
			<ActiveUsersScreen
				isActive
				onHintsChange={(hints) => {
					reported.push(hints);
				}}
			/>,
			smallTenant(),
		);
		await screen.waitFor('Priya Patel');

		// Open Priya: the footer should show the details' keys, not search, filter or select
		await screen.press(keys.down, keys.down, keys.enter);
		const frame = await screen.waitFor('Authentication methods');
		await until(() => reported.at(-1) !== undefined);
		expect(reported.at(-1)).toBe(userDetailsKeyHints);
		expect(reported.at(-1)?.map((hint) => hint.keys)).not.toEqual(expect.arrayContaining(['/', 'f', 'Space']));
		// And the pane itself says how to move between tabs and back
		expect(frame).toContain('←→ tabs · ↑↓ scroll · Esc back');

		await screen.press(keys.escape);
		await screen.waitFor('Active users');
		await until(() => reported.at(-1) === undefined);
		expect(reported.at(-1)).toBeUndefined();
		screen.unmount();
	});

	it('fits 80 columns', () => {
		const frame = renderText(inSession(<ActiveUsersScreen isActive={false} height={18} />, smallTenant()).tree);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		expect(frame).toMatch(/Display name\s+Username\s+MFA\s+Roles\s+Type\s+Sign-in/);
		expect(frame).toMatch(/Priya Patel\s+priya@contoso\.com\s+Enforced/);
	});

	it('exports its own key hints', () => {
		expect(activeUsersKeyHints.map((hint) => hint.keys)).toEqual(expect.arrayContaining(['/', 'f', 'Space', 'Enter']));
	});
});
