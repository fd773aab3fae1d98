import type {ReactElement} from 'react';
import {describe, expect, it} from 'vitest';
import {Box} from 'ink';
import type {SessionIntent} from '../../../source/services/session-service.js';
import {ActiveUsersScreen} from '../../../source/ui/admin/active-users-screen.js';
import {AuditLogScreen} from '../../../source/ui/admin/audit-log-screen.js';
import {MfaPageScreen} from '../../../source/ui/admin/mfa-page-screen.js';
import {SignInLogsScreen} from '../../../source/ui/admin/sign-in-logs-screen.js';
import {UserDetailsScreen} from '../../../source/ui/admin/user-details-screen.js';
import {useSessionActions} from '../../../source/ui/contexts/session-context.js';
import {useEffect} from 'react';
import {hardwareToken} from '../../helpers/admin-helpers.js';
import {browser, buildPerson, buildPhone, buildState, buildUser, registeredMethods} from '../../helpers/build-state.js';
import {testDeps} from '../../helpers/fake-ports.js';
import {keys} from '../../helpers/ink-harness.js';
import {inSession, manyUsers, renderAtSize} from './admin-fixture.js';

// The shell's content pane in an 80x24 terminal: 80 - 22 (menu) - 3 columns, 24 - 7 rows.
const pane = {width: 55, height: 17};

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

async function tenant() {
	const deps = testDeps();
	const priya = buildUser({
		id: 'priya',
		displayName: 'Priya Patel',
		perUserMfa: 'enforced',
		defaultMethod: 'app-code',
		roles: ['user-administrator'],
		passwordHash: await deps.hasher.hash('password-of-priya'),
		methods: registeredMethods({hardwareTokens: [hardwareToken()]}),
	});
	const users = [priya, buildUser({id: 'sam', displayName: 'Sam Lee', perUserMfa: 'enabled', accountEnabled: false}), buildUser({id: 'gail', displayName: 'Gail Guest', userType: 'guest', upn: 'gail_fabrikam.com#EXT#@contoso.com'}), ...manyUsers(200)];
	const person = buildPerson({userId: 'priya', phone: buildPhone({clockOffsetSeconds: 120}), clients: [browser()]});
	return {deps, state: buildState({users, people: [person]})};
}

/** Renders a screen inside a pane-sized box, as the shell hosts it, at 80x24. */
async function hosted(screen: ReactElement, intents: readonly SessionIntent[] = []) {
	const {deps, state} = await tenant();
	return renderAtSize(
		inSession(
			<>
				<Player intents={intents} />
				<Box width={pane.width} height={pane.height} overflow="hidden" flexDirection="column">
					{screen}
				</Box>
			</>,
			state,
			deps,
		).tree,
		80,
		24,
	);
}

function expectInPane(frame: string): void {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThanOrEqual(pane.height);
	for (const line of lines) {
		expect([...line.trimEnd()].length, line).toBeLessThanOrEqual(pane.width);
	}
}

const signIn: SessionIntent = {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}};

describe('screens in the shell content pane of an 80x24 terminal (55x17)', () => {
	it('Active users keeps its window line in view', async () => {
		const screen = await hosted(<ActiveUsersScreen isActive {...pane} />);
		const frame = await screen.waitFor('rows 1-');
		expectInPane(frame);
		expect(frame).toMatch(/Username\s+MFA\s+Roles\s+Sign-in/);
		expect(frame).toMatch(/Priya Patel\s+priya@contoso/);
		screen.unmount();
	});

	it('the MFA page users tab and service settings fit', async () => {
		const screen = await hosted(<MfaPageScreen isActive {...pane} />);
		let frame = await screen.waitFor('rows 1-');
		expectInPane(frame);
		expect(frame).toContain('MFA STATUS');
		await screen.press(keys.right, '\u001B[F');
		frame = await screen.waitFor(/›\s+\[ save \]/);
		expectInPane(frame);
		expect(frame).toContain('Number of days users can trust devices for');
		screen.unmount();
	});

	it('User details fits on every tab', async () => {
		const screen = await hosted(<UserDetailsScreen isActive userId="priya" {...pane} />);
		expectInPane(await screen.waitFor('User principal name'));
		await screen.press(keys.right);
		const frame = await screen.waitFor('Hardware OATH token');
		expectInPane(frame);
		expect(frame).toContain('Not activated');
		screen.unmount();
	});

	it('Sign-in logs and the diagnostic fit', async () => {
		const screen = await hosted(<SignInLogsScreen isActive {...pane} />, [signIn]);
		const frame = await screen.waitFor('Failure');
		expectInPane(frame);
		await screen.press(keys.enter, keys.left);
		expectInPane(await screen.waitFor('[Sign-in diagnostic]'));
		screen.unmount();
	});

	it('Sign-in logs with nothing to show keep the hint and the window line apart', async () => {
		const screen = await hosted(<SignInLogsScreen isActive {...pane} />);
		await screen.press('/');
		await screen.type('zzz');
		const frame = await screen.waitFor('User: zzz');
		expectInPane(frame);
		expect(frame).toMatch(/No sign-ins match\. Ask a user to sign in, or change the\s*\nfilters\.\s*\n0 rows/);
		expect(frame).not.toContain('rowsrs');
		screen.unmount();
	});

	it("the MFA page cuts a guest's long user name with the ellipsis", async () => {
		const screen = await hosted(<MfaPageScreen isActive {...pane} />);
		const frame = await screen.waitFor('Gail Guest');
		const row = frame.split('\n').find((line) => line.includes('Gail Guest')) ?? '';
		expect(row).toMatch(/gail_fabrikam\.com#E\S*…/);
		expectInPane(frame);
		screen.unmount();
	});

	it('User details keeps its key line in view on every tab', async () => {
		const screen = await hosted(<UserDetailsScreen isActive userId="priya" onClose={() => undefined} {...pane} />);
		for (const tab of ['[Profile]', '[Authentication methods]', '[App passwords]']) {
			const frame = await screen.waitFor(tab);
			expectInPane(frame);
			expect(frame).toMatch(/←→ tabs · ↑↓ (scroll|move) · Esc back/);
			await screen.press(keys.right);
		}

		screen.unmount();
	});

	it('Audit log fits', async () => {
		const screen = await hosted(<AuditLogScreen isActive {...pane} />, [{kind: 'admin', intent: {type: 'set-per-user-mfa', userIds: ['sam'], state: 'enforced'}}]);
		const frame = await screen.waitFor('Details:');
		expectInPane(frame);
		screen.unmount();
	});
});
