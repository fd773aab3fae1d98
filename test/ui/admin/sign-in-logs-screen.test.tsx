import {useEffect} from 'react';
import {describe, expect, it} from 'vitest';
import type {SessionIntent} from '../../../source/services/session-service.js';
import {SignInLogsScreen, signInLogsKeyHints} from '../../../source/ui/admin/sign-in-logs-screen.js';
import {useSessionActions} from '../../../source/ui/contexts/session-context.js';
import {browser, buildPerson, buildPhone, buildState, buildUser, outlook, registeredMethods} from '../../helpers/build-state.js';
import {testDeps} from '../../helpers/fake-ports.js';
import {keys} from '../../helpers/ink-harness.js';
import {flat, inSession, renderAtSize, renderScreen, renderText, widestLine} from './admin-fixture.js';

/** Plays intents through the session on mount, the way the shell's "Ask the user to ..." does. */
function Player({intents}: {readonly intents: readonly SessionIntent[]}) {
	const {play} = useSessionActions();
	useEffect(() => {
		void (async () => {
			for (const intent of intents) {
				await play(intent);
			}
		})();
	}, [intents, play]);
	return null;
}

const signIn = (clientId: string): SessionIntent => ({kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId}});

/** Priya: Enforced, Authenticator codes by default, her phone clock two minutes fast. */
async function priyaWithFastClock() {
	const deps = testDeps();
	const user = buildUser({id: 'priya', perUserMfa: 'enforced', defaultMethod: 'app-code', passwordHash: await deps.hasher.hash('password-of-priya'), methods: registeredMethods()});
	const person = buildPerson({userId: 'priya', phone: buildPhone({clockOffsetSeconds: 120}), clients: [browser(), outlook('2016')]});
	return {deps, state: buildState({users: [user], people: [person]})};
}

describe('Sign-in logs screen', () => {
	it('shows a played sign-in and walks its trace in the Sign-in diagnostic', async () => {
		// Given Priya signs in from her browser (played through the session)
		const {deps, state} = await priyaWithFastClock();
		const intents = [signIn('browser')];
		const screen = await renderScreen(
			<>
				<Player intents={intents} />
				<SignInLogsScreen isActive />
			</>,
			state,
			deps,
		);

		// Then the row shows the failure with its error code
		let frame = await screen.waitFor('500121');
		expect(frame).toMatch(/priya@contoso\.com\s+OfficeHome\s+Failure\s+Browser\s+500121/);

		// Basic info
		await screen.press(keys.enter);
		frame = await screen.waitFor('[Basic info]');
		expect(frame).toMatch(/Request ID\s+[\da-f]{8}-/);
		expect(frame).toMatch(/Correlation ID\s+[\da-f]{8}-/);
		expect(frame).toMatch(/Sign-in error code\s+500121/);
		expect(frame).toContain('Authentication failed during strong authentication request.');
		expect(frame).toMatch(/IP address\s+198\.51\.100\.7/);
		expect(frame).toMatch(/Location\s+Redmond, US/);

		// Authentication Details
		await screen.press(keys.right);
		frame = await screen.waitFor('[Authentication Details]');
		expect(frame).toMatch(/Authentication requirement\s+Multifactor authentication/);
		expect(frame).toMatch(/Requirement policies\s+MFA: Per-user/);
		expect(frame).toMatch(/Authentication method\s+OATH verification code/);
		expect(frame).toContain('MFA denied; invalid mobile app verification code');

		// Sign-in diagnostic: every step with its verdict, sentence and fact-sheet section, then why
		await screen.press(keys.right);
		frame = await screen.waitFor('[Sign-in diagnostic]');
		const text = flat(frame);
		expect(text).toContain('✓ credential Password correct. [§6.1 step 2]');
		expect(text).toContain('• requirement Per-user MFA is Enforced');
		expect(text).toContain('✗ delivery');
		expect(text).toContain('outside the accepted window: the device clock or seed does not match the tenant.');
		expect(text).toContain('Why: The code 98**** from the user');
		expect(text).toContain('(AADSTS500121: Authentication failed during strong authentication request.; fact sheet 3.5)');

		// Esc goes back to the list
		await screen.press(keys.escape);
		await screen.waitFor('Sign-in logs');
		screen.unmount();
	});

	it('lists newest first and filters by status, client app and user', async () => {
		const {deps, state} = await priyaWithFastClock();
		const intents = [signIn('browser'), {kind: 'user', intent: {type: 'set-phone-automatic-time', userId: 'priya'}} satisfies SessionIntent, signIn('browser'), signIn('outlook')];
		const screen = await renderScreen(
			<>
				<Player intents={intents} />
				<SignInLogsScreen isActive />
			</>,
			state,
			deps,
		);
		let frame = await screen.waitFor('3 of 3 sign-ins');
		const rows = frame.split('\n').filter((line) => line.includes('priya@contoso.com'));
		expect(rows).toHaveLength(3);
		expect(rows[2]).toContain('Failure');

		// Status: Success
		await screen.press('s');
		frame = await screen.waitFor('Status: Success');
		expect(frame).toContain('2 of 3 sign-ins');
		expect(frame).not.toContain('500121');

		// Client app cycles through the labels in the log
		await screen.press('c');
		frame = await screen.waitFor('Client app: Browser');
		expect(frame).toContain('1 of 3 sign-ins');

		// User filter
		await screen.press('s', 's', 's', 'c', 'c', '/');
		await screen.type('nobody');
		frame = await screen.waitFor('User: nobody');
		expect(frame).toContain('No sign-ins match');
		screen.unmount();
	});

	it('says what to do when the log is empty, and fits 80 columns', async () => {
		const frame = renderText(inSession(<SignInLogsScreen isActive={false} height={18} />, buildState()).tree);
		expect(frame).toContain('No sign-ins match. Ask a user to sign in');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);

		const {deps, state} = await priyaWithFastClock();
		const narrow = await renderAtSize(
			inSession(
				<>
					<Player intents={[signIn('browser')]} />
					<SignInLogsScreen isActive />
				</>,
				state,
				deps,
			).tree,
		);
		let shown = await narrow.waitFor('Failure');
		expect(widestLine(shown)).toBeLessThanOrEqual(80);
		await narrow.press(keys.enter, keys.left);
		shown = await narrow.waitFor('[Sign-in diagnostic]');
		expect(widestLine(shown)).toBeLessThanOrEqual(80);
		expect(shown.split('\n').length).toBeLessThanOrEqual(18);
		narrow.unmount();
	});

	it('exports its own key hints', () => {
		expect(signInLogsKeyHints.map((hint) => hint.keys)).toEqual(expect.arrayContaining(['s', 'c', '/', 'Enter', 'Esc']));
	});
});
