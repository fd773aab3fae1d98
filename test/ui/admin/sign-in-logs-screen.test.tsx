import {useEffect} from 'react';
import {Box} from 'ink';
import {describe, expect, it} from 'vitest';
import {currentState} from '../../../source/domain/session/play-session.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import type {Session, SessionIntent} from '../../../source/services/session-service.js';
import {SignInLogsScreen, signInLogsKeyHints} from '../../../source/ui/admin/sign-in-logs-screen.js';
import {useSessionActions} from '../../../source/ui/contexts/session-context.js';
import {browser, buildPerson, buildPhone, buildState, buildUser, instant, outlook, registeredMethods} from '../../helpers/build-state.js';
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

/** The state after the first change the session saw. */
async function waitForLog(probe: {latest(): Session | undefined}): Promise<SimState> {
	for (let index = 0; index < 2000; index++) {
		const latest = probe.latest();
		if (latest !== undefined && latest.turns.length > 0) {
			return currentState(latest);
		}

		await new Promise<void>((resolve) => {
			setImmediate(resolve);
		});
	}

	throw new Error('the session never took a turn');
}

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

		// Sign-in diagnostic: every step with its verdict and sentence, then why, and where Microsoft Learn explains it
		await screen.press(keys.right);
		frame = await screen.waitFor('[Sign-in diagnostic]');
		const text = flat(frame);
		expect(text).toContain('✓ credential Password correct.');
		expect(text).toContain('• requirement Per-user MFA is Enforced');
		expect(text).toContain('✗ delivery');
		expect(text).toContain("was entered, but it does not match the credential's codes within the accepted time window.");
		expect(text).toContain('Why: The code 98**** from Microsoft Authenticator on "iPhone 13" was entered');
		expect(text).toContain('(AADSTS500121: Authentication failed during strong authentication request.)');
		expect(text).toMatch(/Learn more: .+ https:\/\/learn\.microsoft\.com\/\S+/);
		// Trainees don't have our fact sheet: no section numbers anywhere
		expect(text).not.toMatch(/§|fact sheet|\[sec /);

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

	it('never shows what happened on the handset: a text blocked by a security app reads as "never entered"', async () => {
		// Given Priya's phone runs a third-party SMS blocker and she signs in with texted codes
		const deps = testDeps();
		const user = buildUser({id: 'priya', perUserMfa: 'enforced', defaultMethod: 'text', passwordHash: await deps.hasher.hash('password-of-priya'), methods: registeredMethods()});
		const person = buildPerson({userId: 'priya', phone: buildPhone({smsBlocker: true})});
		const state = buildState({users: [user], people: [person]});
		const screen = await renderScreen(
			<>
				<Player intents={[signIn('browser')]} />
				<SignInLogsScreen isActive />
			</>,
			state,
			deps,
		);
		await screen.waitFor('500121');
		await screen.press(keys.enter, keys.left);
		const frame = flat(await screen.waitFor('[Sign-in diagnostic]'));

		// Then the diagnostic says what Entra saw, and where to read about it
		expect(frame).toContain('The code was never entered on the sign-in page.');
		expect(frame).toContain('Learn more: Authentication methods: phone options');
		// And never the cause on the phone, which only the user's side and the debrief may know
		const entry = screen.probe.latest()?.turns.at(-1)?.state.signInLog.at(-1);
		const causes = (entry?.trace ?? []).flatMap((step) => (step.worldCause === undefined ? [] : [step.worldCause]));
		expect(causes).toContain('A third-party security app on the phone filtered the text from the Microsoft short code.');
		for (const cause of causes) {
			expect(frame).not.toContain(flat(cause).trim());
		}

		expect(frame).not.toMatch(/security app|short code/);
		screen.unmount();
	});

	it('draws a line above the sign-ins from before the ticket, and says so in the details', async () => {
		// Given the scenario's history: a failed sign-in at about 08:37, before the session started at 09:00
		const {deps, state} = await priyaWithFastClock();
		const start = instant('2024-03-12T09:00:00Z');
		const seeded = await renderScreen(
			<>
				<Player intents={[signIn('browser')]} />
				<SignInLogsScreen isActive={false} />
			</>,
			{...state, now: instant('2024-03-12T08:37:00Z')},
			deps,
		);
		const history = (await waitForLog(seeded.probe)).signInLog;
		seeded.unmount();

		// When the ticket starts at 09:00 and Priya tries again
		const screen = await renderScreen(
			<>
				<Player intents={[signIn('outlook')]} />
				<SignInLogsScreen isActive />
			</>,
			{...state, now: start, signInLog: history},
			deps,
		);
		const frame = await screen.waitFor('2 of 2 sign-ins');
		const lines = frame.split('\n');
		const divider = lines.findIndex((line) => line.includes('── before the ticket (09:00) ──'));

		// Then her new sign-in is above the line and the one from the ticket's history below it
		expect(divider).toBeGreaterThan(0);
		expect(lines.findIndex((line) => line.includes('2024-03-12 09:0'))).toBeLessThan(divider);
		expect(lines.findIndex((line) => line.includes('2024-03-12 08:3'))).toBeGreaterThan(divider);
		expect(frame).toContain('rows 1-2 of 2');

		// And the older one's details say it came before the ticket
		await screen.press(keys.down, keys.enter);
		expect(await screen.waitFor('[Basic info]')).toMatch(/Date\s+2024-03-12 08:3\d:00 UTC \(before the ticket\)/);
		screen.unmount();
	});

	it('says what to do when the log is empty, and fits 80 columns', async () => {
		const frame = renderText(inSession(<SignInLogsScreen isActive={false} height={18} />, buildState()).tree);
		expect(frame).toContain('No sign-ins match. Ask a user to sign in');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);

		// In the 56 columns of the pane at 80x24 the hint wraps, and the window line keeps a line of its own
		const pane = renderText(
			inSession(
				<Box width={56}>
					<SignInLogsScreen isActive={false} height={18} width={56} />
				</Box>,
				buildState(),
			).tree,
		);
		expect(pane).toContain('No sign-ins match. Ask a user to sign in, or change the\nfilters.\n0 rows');
		expect(pane).not.toContain('rowsrs');

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
