import {describe, expect, it} from 'vitest';
import {currentState} from '../../../source/domain/session/play-session.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import {MfaPageScreen, mfaPageKeyHints} from '../../../source/ui/admin/mfa-page-screen.js';
import {useKeys} from '../../../source/ui/components/key-layers.js';
import {useSessionActions} from '../../../source/ui/contexts/session-context.js';
import {buildState, buildUser, registeredMethods} from '../../helpers/build-state.js';
import {appPassword} from '../../helpers/admin-helpers.js';
import {keys} from '../../helpers/ink-harness.js';
import {flat, inSession, renderAtSize, renderScreen, widestLine, type SessionProbe} from './admin-fixture.js';

/** Adele, Ben (members) and Gail (a guest), sorted: Adele, Ben, Gail, Helpdesk Admin. */
function tenant(actorRoles: SimState['tenant']['users'][string]['roles'] = ['global-administrator']) {
	return buildState({
		actorRoles,
		users: [
			buildUser({id: 'adele', displayName: 'Adele Vance', methods: registeredMethods(), appPasswords: [appPassword('ap-1', 'Outlook 2010')]}),
			buildUser({id: 'ben', displayName: 'Ben Walters'}),
			buildUser({id: 'gail', displayName: 'Gail Guest', userType: 'guest', upn: 'gail_fabrikam.com#EXT#@contoso.com'}),
		],
	});
}

function stateOf(probe: SessionProbe): SimState {
	const session = probe.latest();
	if (session === undefined) {
		throw new Error('the session never changed');
	}

	return currentState(session);
}

describe('multi-factor authentication page: users tab', () => {
	it('enables MFA for two selected users through the quick step, then enforces one', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		await screen.waitFor('Adele Vance');

		// Given Adele and Ben are selected
		await screen.press(keys.space, keys.down, keys.space);
		await screen.waitFor('quick steps (2 selected)');

		// When the trainee chooses Enable and confirms
		await screen.press('e');
		let frame = await screen.waitFor('About enabling multi-factor auth');
		expect(frame).toContain('[ enable multi-factor auth ]');
		expect(frame).toContain('https://aka.ms/MFASetup');
		expect(frame).toContain('Selected: Adele Vance, Ben Walters');
		await screen.press(keys.enter);

		// Then the domain's answer shows in the dialog, and both rows say Enabled
		await screen.waitFor('Updates successful');
		await screen.press(keys.enter);
		frame = await screen.waitFor(/Adele Vance\s+adele@contoso\.com\s+Enabled/);
		expect(frame).toMatch(/Ben Walters\s+ben@contoso\.com\s+Enabled/);
		expect(stateOf(screen.probe).tenant.users['ben']?.perUserMfa).toBe('enabled');

		// When only Ben stays selected and the trainee enforces
		await screen.press(keys.up, keys.space, keys.down, 'n');
		frame = await screen.waitFor('About enforcing multi-factor auth');
		expect(frame).toContain('Selected: Ben Walters');
		await screen.press(keys.enter);
		await screen.waitFor('Updates successful');
		await screen.press(keys.escape);
		frame = await screen.waitFor(/Ben Walters\s+ben@contoso\.com\s+Enforced/);
		expect(frame).toMatch(/Adele Vance\s+adele@contoso\.com\s+Enabled/);
		screen.unmount();
	});

	it('a Helpdesk Administrator sees the quick steps greyed and the refusal in the dialog', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant(['helpdesk-administrator']));
		let frame = await screen.waitFor('Adele Vance');
		expect(frame).toContain('(e) Enable');
		expect(frame).toContain('not allowed for your admin role');

		await screen.press(keys.space, 'e', keys.enter);
		frame = await screen.waitFor('Updates failed');
		// The domain's sentence, not its code.
		expect(frame).not.toContain('role/insufficient');
		expect(frame).toContain('Helpdesk Administrator');
		expect(flat(frame)).toContain('is a Helpdesk Administrator and may not enable, enforce or disable per-user MFA');
		// And the way on: hand the ticket to someone whose role may.
		expect(flat(frame)).toContain('Not your role? Close this, then press : and type escalate to hand the ticket on.');
		screen.unmount();
	});

	it('greys out guests: they cannot be selected', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		let frame = await screen.waitFor('Gail Guest (guest)');
		expect(frame).toMatch(/ {2}- {2}Gail Guest \(guest\)/);

		await screen.press(keys.down, keys.down, keys.space);
		frame = await screen.waitFor('managed by their home tenant');
		expect(frame).not.toContain('selected)');
		screen.unmount();
	});

	it('Manage user settings deletes all app passwords of the selected user', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		await screen.waitFor('Adele Vance');

		await screen.press(keys.space, 'm');
		// The dialog's own line: the quick steps name the command too.
		let frame = await screen.waitFor('Space ticks a box');
		expect(frame).toContain('[ ] Require selected users to provide contact methods again');
		expect(frame).toContain('[ ] Delete all existing app passwords generated by the selected users');
		expect(frame).toContain('[ ] Restore multi-factor authentication on all remembered devices');

		await screen.press(keys.down, keys.space);
		frame = await screen.waitFor('[x] Delete all existing app passwords');
		await screen.press(keys.enter);
		await screen.waitFor('Updates successful');
		expect(stateOf(screen.probe).tenant.users['adele']?.appPasswords).toEqual([]);
		screen.unmount();
	});

	it('filters by multi-factor auth status and searches', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		await screen.waitFor('Adele Vance');
		await screen.press('f', 'f');
		let frame = await screen.waitFor('Multi-factor auth status: Enabled');
		expect(frame).toContain('No users match');
		await screen.press('f', 'f', '/');
		await screen.type('ben');
		frame = await screen.waitFor('Search: ben');
		expect(frame).toContain('Ben Walters');
		expect(frame).not.toContain('Adele Vance');
		screen.unmount();
	});
});

describe('multi-factor authentication page: service settings tab', () => {
	it('shows the fact-sheet labels', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		await screen.press(keys.right);
		const frame = await screen.waitFor('[service settings]');
		for (const label of [
			'Allow users to create app passwords to sign in to non-browser apps',
			'Do not allow users to create app passwords to sign in to non-browser apps',
			'Skip multi-factor authentication for requests from federated users on my intranet',
			'Skip multi-factor authentication for requests from following range of IP address subnets',
			'Call to phone',
			'Text message to phone',
			'Notification through mobile app',
			'Verification code from mobile app or hardware token',
		]) {
			expect(frame).toContain(label);
		}

		screen.unmount();
	});

	it('refuses a private range with the domain error inline, then saves a public one', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		await screen.press(keys.right);
		await screen.waitFor('[service settings]');

		// When the trainee adds 10.0.0.0/8 and saves
		await screen.press(keys.down, keys.down, keys.down);
		await screen.waitFor(/›\s+\+ add a range/);
		await screen.press(keys.enter);
		await screen.type('10.0.0.0/8');
		await screen.press(keys.enter);
		await screen.waitFor('10.0.0.0/8 (unsaved)');
		await screen.press('s');

		// Then the domain's refusal shows under the trusted ips section
		let frame = await screen.waitFor('a private (RFC');
		expect(flat(frame)).toContain('✗ 10.0.0.0/8 is in 10.0.0.0/8, a private (RFC 1918) range');
		expect(frame).not.toContain('settings/private-range');
		expect(frame).toContain('Updates failed');
		expect(stateOf(screen.probe).tenant.settings.trustedIpRanges).toEqual([]);

		// When the trainee removes it, adds the office's public egress range and saves
		await screen.press('x');
		await screen.waitFor(/›\s+\+ add a range/);
		await screen.press(keys.enter);
		await screen.type('203.0.113.0/24');
		await screen.press(keys.enter, 's');

		// Then it is saved
		frame = await screen.waitFor('✓ Updates successful');
		expect(frame).toContain('203.0.113.0/24');
		expect(frame).not.toContain('(unsaved)');
		expect(stateOf(screen.probe).tenant.settings.trustedIpRanges).toEqual(['203.0.113.0/24']);
		screen.unmount();
	});

	it('saves the app passwords choice and remember-MFA days, and shows an out-of-range refusal', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		await screen.press(keys.right);
		await screen.waitFor('[service settings]');

		// Allow app passwords (first row) and set 400 days with remember on
		await screen.press(keys.space);
		await screen.waitFor('(•) Allow users');
		await screen.press('\u001B[F');
		await screen.waitFor(/›\s+\[ save \]/);
		await screen.press(keys.up, keys.enter, keys.backspace, keys.backspace);
		await screen.type('400');
		await screen.press(keys.enter, keys.up, keys.space, 's');
		let frame = await screen.waitFor('400 is not a valid number of days');
		expect(frame).not.toContain('settings/remember-days-out-of-range');
		expect(stateOf(screen.probe).tenant.settings.appPasswordsAllowed).toBe(true);

		// Fix the days: 90
		await screen.press(keys.down, keys.enter, keys.backspace, keys.backspace, keys.backspace);
		await screen.type('90');
		await screen.press(keys.enter, 's');
		frame = await screen.waitFor('✓ Updates successful');
		expect(frame).toContain('Number of days users can trust devices for: 90');
		expect(stateOf(screen.probe).tenant.settings.rememberMfa).toEqual({enabled: true, days: 90});
		screen.unmount();
	});

	it('is read only for a role that may not change it, and says why', async () => {
		// Given a Helpdesk Administrator who is also an Authentication Administrator
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant(['helpdesk-administrator', 'authentication-administrator']));
		await screen.press(keys.right);
		let frame = flat(await screen.waitFor('[service settings]'));
		expect(frame).toContain('Read only: you are Helpdesk Administrator and Authentication Administrator; changing MFA service settings needs Global Administrator or Authentication Policy Administrator.');

		// When they press Space on a radio, Enter on a checkbox and on "add a range"
		await screen.press(keys.space, keys.down, keys.space, keys.down, keys.enter, keys.down, keys.enter, 'x');
		frame = await screen.waitFor(/›\s+\+ add a range/);

		// Then nothing changed: no draft, no text field
		expect(frame).toContain('No unsaved changes.');
		expect(frame).not.toContain('(unsaved)');
		expect(frame).toContain('(•) Do not allow users');
		expect(frame).not.toMatch(/█/);
		screen.unmount();
	});

	it('lets a Conditional Access Administrator change the trusted IPs only', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant(['conditional-access-administrator']));
		await screen.press(keys.right);
		let frame = flat(await screen.waitFor('[service settings]'));
		expect(frame).toContain('Only trusted ips can be changed: you are Conditional Access Administrator;');

		// The app passwords radio stays, the federated checkbox ticks
		await screen.press(keys.down, keys.space);
		await screen.press(keys.down, keys.space);
		frame = await screen.waitFor('trusted ips (unsaved)');
		expect(frame).not.toContain('app passwords (unsaved)');
		screen.unmount();
	});

	it('keeps a selection on the users tab while visiting service settings', async () => {
		const screen = await renderScreen(<MfaPageScreen isActive />, tenant());
		await screen.waitFor('Adele Vance');
		await screen.press(keys.space, keys.right);
		await screen.waitFor('[service settings]');
		await screen.press(keys.left);
		await screen.waitFor('quick steps (1 selected)');
		screen.unmount();
	});
});

describe('multi-factor authentication page layout', () => {
	it('fits 80x24 on both tabs', async () => {
		const screen = await renderAtSize(inSession(<MfaPageScreen isActive />, tenant()).tree, 80, 24);
		let frame = await screen.waitFor('Adele Vance');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		expect(frame).toContain('MULTI-FACTOR AUTH STATUS');
		expect(frame.split('\n').length).toBeLessThanOrEqual(18);
		await screen.press(keys.right);
		frame = await screen.waitFor('[service settings]');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		expect(frame.split('\n').length).toBeLessThanOrEqual(18);
		screen.unmount();
	});

	it('exports its own key hints without the shell keys (Tab, :, ?)', () => {
		expect(mfaPageKeyHints.some((hint) => /Tab|^:|\?/.test(hint.keys))).toBe(false);
		expect(mfaPageKeyHints.map((hint) => hint.keys)).toEqual(expect.arrayContaining(['e n d', 'm']));
	});
});

describe('service settings follow the session', () => {
	it('a clean form shows settings changed elsewhere (undo), without "unsaved" marks', async () => {
		function Undo() {
			const {undo} = useSessionActions();
			useKeys(
				(input) => {
					if (input === 'u') {
						undo();
					}
				},
				{isActive: true},
			);
			return null;
		}

		const screen = await renderScreen(
			<>
				<Undo />
				<MfaPageScreen isActive />
			</>,
			tenant(),
		);
		await screen.press(keys.right);
		await screen.waitFor('[service settings]');
		await screen.press(keys.space, 's');
		await screen.waitFor('✓ Updates successful');

		// When the shell undoes the save
		await screen.press('u');
		const frame = await screen.waitFor(/\(•\) Do not allow users/);
		expect(frame).not.toContain('(unsaved)');
		expect(frame).toContain('No unsaved changes.');
		screen.unmount();
	});
});
