import {describe, expect, it} from 'vitest';
import {currentState} from '../../../source/domain/session/play-session.js';
import type {AdminRole} from '../../../source/domain/tenant/roles.js';
import {UserDetailsScreen, userDetailsKeyHints} from '../../../source/ui/admin/user-details-screen.js';
import {appPassword, hardwareToken} from '../../helpers/admin-helpers.js';
import {authenticatorSecret, buildPerson, buildState, buildUser, instant, registeredMethods} from '../../helpers/build-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {flat, inSession, renderAtSize, renderScreen, widestLine} from './admin-fixture.js';

const tokenSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const softwareSecret = 'KRSXG5CTMVRXEZLUKRSXG5CT';

function priya(actorRoles: readonly AdminRole[] = ['global-administrator']) {
	const methods = registeredMethods({
		officePhone: {number: '+1 4255550199', extension: '123'},
		softwareTokens: [{id: 'sw-1', name: 'Google Authenticator', secret: softwareSecret, registeredAt: instant('2023-10-01T00:00:00Z')}],
		hardwareTokens: [hardwareToken({secret: tokenSecret})],
	});
	const user = buildUser({
		id: 'priya',
		displayName: 'Priya Patel',
		perUserMfa: 'enforced',
		methods,
		defaultMethod: 'app-notification',
		appPasswords: [{...appPassword('ap-1', 'Outlook 2010 laptop'), lastUsedAt: instant('2024-03-01T08:00:00Z')}],
	});
	return buildState({actorRoles, users: [user], people: [buildPerson({userId: 'priya'})]});
}

describe('User details screen', () => {
	it('never shows an authenticator, software token or hardware token secret, nor a hash, on any tab', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		const frames = [await screen.waitFor('Display name')];
		await screen.press(keys.right);
		frames.push(await screen.waitFor('Default sign-in method'));
		await screen.press(keys.right);
		frames.push(await screen.waitFor('Outlook 2010 laptop'));
		for (const frame of frames) {
			expect(frame).not.toContain(authenticatorSecret);
			expect(frame).not.toContain(tokenSecret);
			expect(frame).not.toContain(softwareSecret);
			expect(frame).not.toContain('argon2');
			expect(frame).not.toContain('fake-hash');
		}

		screen.unmount();
	});

	it('lists phones, Authenticator, OATH tokens with activation state and the default method', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.press(keys.right);
		const frame = await screen.waitFor('Default sign-in method');
		expect(frame).toContain('Default sign-in method: Notify me through app');
		expect(frame).toMatch(/Authentication phone\s+\+1 4255550100/);
		expect(frame).toMatch(/Office phone\s+\+1 4255550199 x123/);
		expect(frame).toMatch(/Microsoft Authenticator\s+iPhone 13 \(push, code\)/);
		expect(frame).toMatch(/Software OATH token\s+Google Authenticator/);
		expect(frame).toMatch(/Hardware OATH token\s+SN-100200 Contoso Tokens C200 30s\s+Not activated/);
		expect(frame).toContain('[a] + Add authentication method');
		expect(frame).toContain('[h] Activate hardware token');
		screen.unmount();
	});

	it('shows app passwords by name and dates only', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.press(keys.left);
		const frame = await screen.waitFor('Outlook 2010 laptop');
		expect(frame).toMatch(/Outlook 2010 laptop\s+2021-02-01 00:00\s+2024-03-01 08:00/);
		expect(frame).toContain('1 of 40 app passwords');
		screen.unmount();
	});

	it('resets the password and shows the temporary password once', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.waitFor('[p] Reset password');
		await screen.press('p');
		await screen.waitFor('App passwords are not revoked');
		await screen.press(keys.enter);
		const frame = await screen.waitFor('Temporary password:');
		const password = /Temporary password: (\S+)/.exec(frame)?.[1] ?? '';
		expect(password.length).toBeGreaterThanOrEqual(8);
		expect(frame).toContain('shown only once');
		expect(currentState(screen.probe.latest()!).world.people['priya']?.knownPassword).toBe(password);

		// Closing the dialog hides it for good
		await screen.press(keys.enter);
		const after = await screen.waitFor('Display name');
		expect(after).not.toContain(password);
		expect(after).toContain('(must change at next sign-in)');
		screen.unmount();
	});

	it('adds an authentication phone in the +1 4255551234 format, and shows the refusal of a bad one', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.press(keys.right, 'a');
		// The dialog's key line: the command bar names the command too.
		let frame = await screen.waitFor('Enter add');
		expect(frame).toContain('Format: +1 4255551234');

		// A number without the space is refused by the domain
		await screen.press(keys.down);
		await screen.type('+14255551234');
		frame = await screen.waitFor('Not in the +CountryCode Number format yet');
		await screen.press(keys.enter);
		frame = await screen.waitFor('is not a phone number Entra accepts');
		expect(frame).not.toContain('method/invalid-phone-number');
		await screen.press(keys.enter);

		// The right format is added to the alternate slot
		await screen.press('a', keys.down);
		await screen.type('+1 4255551234');
		await screen.press(keys.enter);
		await screen.waitFor('Updates successful');
		await screen.press(keys.enter);
		frame = await screen.waitFor('Alternate authentication phone');
		expect(frame).toMatch(/Alternate authentication phone\s+\+1 4255551234/);
		screen.unmount();
	});

	it('blocks sign-in from the profile', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.waitFor('[b] Block sign-in');
		await screen.press('b');
		await screen.waitFor('AADSTS50057');
		await screen.press(keys.enter);
		await screen.waitFor('Updates successful');
		await screen.press(keys.enter);
		const frame = await screen.waitFor('[b] Unblock sign-in');
		expect(frame).toMatch(/Sign-in\s+Blocked/);
		screen.unmount();
	});

	it('greys out what a Helpdesk Administrator may not do, and the domain refuses it', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya(['helpdesk-administrator']));
		await screen.press(keys.right);
		let frame = await screen.waitFor('Default sign-in method');
		expect(frame).toContain('(a) + Add authentication method');
		expect(frame).toContain('(r) Require re-register MFA');
		expect(frame).toContain('[p] Reset password');

		await screen.press('r', keys.enter);
		frame = await screen.waitFor('Updates failed');
		expect(frame).not.toContain('role/insufficient');
		expect(flat(frame)).toContain("may not manage a user's authentication methods");
		screen.unmount();
	});

	it('activates the hardware token through the domain (which checks the code)', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.press(keys.right, 'h');
		await screen.waitFor('Activate hardware OATH token');
		await screen.press(keys.enter);
		// The person holds no such fob, so the code typed is not accepted.
		const frame = await screen.waitFor(/was not accepted|Updates successful/);
		expect(frame).toContain('Updates failed');
		expect(flat(frame)).toMatch(/The code typed for hardware token \S+ was not accepted/);
		expect(frame).not.toContain('token/invalid-code');
		screen.unmount();
	});

	it('fits 80x24 and Esc goes back when hosted with onClose', async () => {
		let closed = false;
		const screen = await renderAtSize(
			inSession(
				<UserDetailsScreen
					isActive
					userId="priya"
					onClose={() => {
						closed = true;
					}}
				/>,
				priya(),
			).tree,
		);
		await screen.press(keys.right);
		const frame = await screen.waitFor('Default sign-in method');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		expect(frame.split('\n').length).toBeLessThanOrEqual(18);
		await screen.press(keys.escape);
		expect(closed).toBe(true);
		screen.unmount();
	});

	it("lists every role of the signed-in admin on their own profile (the header shows only the first and '+1')", async () => {
		const state = priya(['helpdesk-administrator', 'authentication-administrator']);
		const screen = await renderAtSize(inSession(<UserDetailsScreen isActive userId="admin" width={55} height={17} />, state).tree);
		const frame = flat(await screen.waitFor('Roles (2)'));
		expect(frame).toContain('Display name Helpdesk Admin (you)');
		expect(frame).toContain('Roles (2) Helpdesk Administrator, Authentication Administrator');
		screen.unmount();
	});

	it('scrolls a profile taller than the pane, keeping the key line in view', async () => {
		// A blocked, locked-out user with an expired password and revoked sessions: more fields than 17 rows hold
		const user = buildUser({
			id: 'kim',
			displayName: 'Kim Long',
			department: 'Finance',
			roles: ['reports-reader', 'message-center-reader', 'directory-readers'],
			passwordExpiresAt: instant('2024-01-01T00:00:00Z'),
			sessionsRevokedAt: instant('2024-03-01T00:00:00Z'),
			mfaBlockedUntil: instant('2099-01-01T00:00:00Z'),
		});
		const screen = await renderAtSize(inSession(<UserDetailsScreen isActive userId="kim" width={55} height={12} onClose={() => undefined} />, buildState({users: [user]})).tree);
		let frame = await screen.waitFor('more below');
		expect(frame).not.toContain('Sessions revoked');
		expect(frame).toContain('↑↓ scroll · Esc back');

		await screen.press(keys.down, keys.down, keys.down, keys.down, keys.down, keys.down, keys.down, keys.down);
		frame = await screen.waitFor('Sessions revoked');
		expect(frame).toMatch(/more above/);
		expect(frame).not.toContain('more below');
		expect(frame.split('\n').length).toBeLessThanOrEqual(12);
		screen.unmount();
	});

	it('exports its own key hints', () => {
		expect(userDetailsKeyHints.map((hint) => hint.keys)).toEqual(expect.arrayContaining(['p', 'a', 'r', 'v', 'b', 's']));
	});
});

describe('User details: methods actions', () => {
	it('sets the default method through the dialog, marking unregistered choices', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.press(keys.right, 'd');
		let frame = await screen.waitFor('Enter set as default');
		expect(frame).toContain('(•) Notify me through app');
		expect(frame).toContain('Call my alternate authentication phone (not registered)');

		// Down to "Text code to my authentication phone" and set it
		await screen.press(keys.down, keys.down, keys.enter);
		await screen.waitFor('Updates successful');
		await screen.press(keys.enter);
		frame = await screen.waitFor('Default sign-in method: Text code to my authentication phone');
		expect(currentState(screen.probe.latest()!).tenant.users['priya']?.defaultMethod).toBe('text');
		screen.unmount();
	});

	it('require re-register MFA deletes the methods in the current era and says so first', async () => {
		const screen = await renderScreen(<UserDetailsScreen isActive userId="priya" />, priya());
		await screen.press(keys.right, 'r');
		const frame = await screen.waitFor('Require re-register multifactor authentication');
		expect(flat(frame)).toContain("deletes the user's phone numbers, Microsoft Authenticator registrations and software OATH tokens");
		await screen.press(keys.enter);
		await screen.waitFor('Updates successful');
		await screen.press(keys.escape);
		const after = await screen.waitFor('must register again');
		expect(after).not.toContain('Microsoft Authenticator');
		expect(after).toMatch(/Hardware OATH token.*Not activated/);
		screen.unmount();
	});
});
