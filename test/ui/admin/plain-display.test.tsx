/**
 * The admin screens and shared widgets on a plain display: with `{color: false}` (NO_COLOR,
 * FORCE_COLOR=0) they write no colour code, and with `{unicode: false}` (TERM=dumb) only ASCII,
 * while colour support is forced on so a missed colour would show. Every meaning stays in the text.
 */
import {stripVTControlCharacters} from 'node:util';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {Box} from 'ink';
import type {DisplayMode} from '../../../source/ui/app/display.js';
import {richDisplay} from '../../../source/ui/app/display.js';
import {adminScreens, adminScreensFor} from '../../../source/ui/app/admin-screens.js';
import {ActiveUsersScreen} from '../../../source/ui/admin/active-users-screen.js';
import {AuditLogScreen} from '../../../source/ui/admin/audit-log-screen.js';
import {MfaPageScreen} from '../../../source/ui/admin/mfa-page-screen.js';
import {verdictMark} from '../../../source/ui/admin/sign-in-log-model.js';
import {SignInLogsScreen} from '../../../source/ui/admin/sign-in-logs-screen.js';
import {UserDetailsScreen} from '../../../source/ui/admin/user-details-screen.js';
import {checkMark} from '../../../source/ui/components/checkbox-list.js';
import {keyText} from '../../../source/ui/components/key-hint.js';
import {columnWidths, rowPrefix, TableHeader, TableRow, type Column} from '../../../source/ui/components/table.js';
import {truncateStart} from '../../../source/ui/components/text-field.js';
import {fitSpans} from '../../../source/ui/components/text-line.js';
import {DisplayProvider} from '../../../source/ui/contexts/display-context.js';
import {plainText} from '../../../source/ui/theme.js';
import type {SessionIntent} from '../../../source/services/session-service.js';
import {useSessionActions} from '../../../source/ui/contexts/session-context.js';
import {useEffect} from 'react';
import {hardwareToken} from '../../helpers/admin-helpers.js';
import {browser, buildPerson, buildPhone, buildState, buildUser, registeredMethods} from '../../helpers/build-state.js';
import {testDeps} from '../../helpers/fake-ports.js';
import {keys} from '../../helpers/ink-harness.js';
import {renderScreen, renderText} from './admin-fixture.js';

// Colour support forced on before Ink and chalk load (the test script runs with FORCE_COLOR=0), so a
// colour the display mode should have dropped shows up as an escape code. Restored afterwards.
const saved = vi.hoisted(() => {
	const before = process.env['FORCE_COLOR'];
	process.env['FORCE_COLOR'] = '3';
	return before;
});

afterAll(() => {
	if (saved === undefined) {
		delete process.env['FORCE_COLOR'];
	} else {
		process.env['FORCE_COLOR'] = saved;
	}
});

/** SGR sequences that set a colour (foreground, background, 256 and truecolour). */
// eslint-disable-next-line no-control-regex -- matching terminal escape codes is the point here
const colourCodes = /\u001B\[(?:[\d;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;[25]|48;[25])[\d;]*m/;

const dumb: DisplayMode = {color: false, unicode: false};
const noColor: DisplayMode = {color: false, unicode: true};

function nonAscii(frames: readonly string[]): string[] {
	return [...new Set(frames.flatMap((frame) => [...stripVTControlCharacters(frame)]).filter((char) => char.codePointAt(0)! > 0x7f))];
}

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

/** Priya (Enforced, every kind of method, an unactivated token), Sam (blocked), Gail (a guest), and a played sign-in. */
async function tenant() {
	const deps = testDeps();
	const priya = buildUser({
		id: 'priya',
		displayName: 'Priya Patel',
		perUserMfa: 'enforced',
		defaultMethod: 'app-code',
		mustRegisterAgain: true,
		passwordHash: await deps.hasher.hash('password-of-priya'),
		methods: registeredMethods({hardwareTokens: [hardwareToken()]}),
	});
	const users = [priya, buildUser({id: 'sam', displayName: 'Sam Lee', perUserMfa: 'enabled', accountEnabled: false}), buildUser({id: 'gail', displayName: 'Gail Guest', userType: 'guest', upn: 'gail_fabrikam.com#EXT#@contoso.com'})];
	const person = buildPerson({userId: 'priya', phone: buildPhone({clockOffsetSeconds: 120}), clients: [browser()]});
	return {deps, state: buildState({users, people: [person]})};
}

const played: readonly SessionIntent[] = [
	{kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}},
	{kind: 'admin', intent: {type: 'set-per-user-mfa', userIds: ['sam'], state: 'enforced'}},
];

/** Walks a screen with keys, keeping every frame as written (with escape codes). */
/** Waits (a bounded number of turns) until the frame differs from `before`. */
async function frameChange(screen: Awaited<ReturnType<typeof renderScreen>>, before: string): Promise<void> {
	for (let count = 0; count < 2000 && screen.raw() === before; count++) {
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/** A step's wait: text to appear, or (`{gone}`) a dialog's text to go before the next key is typed. */
type Until = string | RegExp | {readonly gone: string};

async function walk(screen: Awaited<ReturnType<typeof renderScreen>>, steps: ReadonlyArray<readonly [keys: readonly string[], until: Until]>): Promise<string[]> {
	const frames: string[] = [];
	for (const [pressed, until] of steps) {
		for (const [index, key] of pressed.entries()) {
			const before = screen.raw();
			await screen.press(key);
			// Esc and the next key typed in one breath read as Alt+key: let Esc close the dialog first.
			if (key === keys.escape && index < pressed.length - 1) {
				await frameChange(screen, before);
			}
		}

		await (typeof until === 'object' && 'gone' in until ? screen.waitForGone(until.gone) : screen.waitFor(until));
		frames.push(screen.raw());
	}

	screen.unmount();
	return frames;
}

/** Each admin screen and its dialogs, visited by keys; `until` is what each step waits for in ASCII. */
const journeys: ReadonlyArray<readonly [string, (display: DisplayMode) => Promise<string[]>]> = [
	[
		'Active users, user details, its tabs and dialogs',
		async (display) => {
			const {deps, state} = await tenant();
			const screen = await renderScreen(<ActiveUsersScreen isActive />, state, deps, display);
			return walk(screen, [
				[[], 'Priya Patel'],
				[[keys.down, keys.down, keys.space], '1 selected'],
				[[keys.enter], 'User principal name'],
				[[keys.right], 'Hardware OATH token'],
				// Each dialog waits for its own key line: the command bar names the same commands.
				[['a'], 'Enter add'],
				[['1'], 'Not in the +CountryCode Number format yet.'],
				[[keys.escape, 'd'], 'Enter set as default'],
				[[keys.escape, 'x'], 'Delete authentication method'],
				[[keys.escape], {gone: 'Delete authentication method'}],
				[[keys.right], 'No app passwords.'],
				[[keys.right, 'p'], 'Enter reset password'],
				[[keys.enter], 'Temporary password'],
				[[keys.enter, keys.escape], 'rows 1-'],
				[['/', 'p'], 'Search: p'],
			]);
		},
	],
	[
		'MFA page: users tab, quick steps and service settings with a refusal',
		async (display) => {
			const {deps, state} = await tenant();
			const screen = await renderScreen(<MfaPageScreen isActive />, state, deps, display);
			return walk(screen, [
				[[], 'Gail Guest (guest)'],
				[[keys.space], 'managed by their home tenant'],
				[[keys.down, keys.down, keys.space], '(1 selected)'],
				[['m'], 'Space ticks a box'],
				[[keys.escape, 'n'], 'About enforcing multi-factor auth'],
				// Esc and an arrow typed together read as Alt+arrow: the dialog closes first.
				[[keys.escape], {gone: 'About enforcing multi-factor auth'}],
				[[keys.right], '[service settings]'],
				[[keys.down, keys.down, keys.down, keys.enter], {gone: '+ add a range'}],
				[['1', '0', '.', '0', '.', '0', '.', '0', '/', '8', keys.enter], '10.0.0.0/8 (unsaved)'],
				[['s'], 'a private (RFC'],
				[['x'], 'No unsaved changes.'],
				[[keys.pageUp, keys.space], 'Unsaved changes: s save'],
				[['s'], 'Updates successful'],
			]);
		},
	],
	[
		'Sign-in logs and every tab of the details',
		async (display) => {
			const {deps, state} = await tenant();
			const screen = await renderScreen(
				<>
					<Player intents={played} />
					<SignInLogsScreen isActive />
				</>,
				state,
				deps,
				display,
			);
			return walk(screen, [
				[[], 'rows 1-'],
				[[keys.enter], '[Basic info]'],
				[[keys.right], '[Authentication Details]'],
				[[keys.right], '[Sign-in diagnostic]'],
				[[keys.down, keys.down], 'more above'],
			]);
		},
	],
	[
		'Audit log with a filter being typed',
		async (display) => {
			const {deps, state} = await tenant();
			const screen = await renderScreen(
				<>
					<Player intents={played} />
					<AuditLogScreen isActive />
				</>,
				state,
				deps,
				display,
			);
			return walk(screen, [
				[[], 'Details: oldState'],
				[['/', 'u', 'p'], 'Activity: up'],
			]);
		},
	],
];

describe('admin screens on a plain display (colour support forced on)', () => {
	it.each(journeys)('%s: colours with the rich display (the control)', async (_name, journey) => {
		expect((await journey(richDisplay)).join('')).toMatch(colourCodes);
	});

	it.each(journeys)('%s: no colour code with NO_COLOR / FORCE_COLOR=0', async (_name, journey) => {
		expect((await journey(noColor)).join('')).not.toMatch(colourCodes);
	});

	it.each(journeys)('%s: TERM=dumb draws plain ASCII without colour', async (_name, journey) => {
		const frames = await journey(dumb);
		expect(frames.join('')).not.toMatch(colourCodes);
		expect(nonAscii(frames)).toEqual([]);
	});

	it('keeps every meaning in the text on TERM=dumb', async () => {
		const {deps, state} = await tenant();
		const mfa = await walk(await renderScreen(<MfaPageScreen isActive />, state, deps, dumb), [
			[[], 'Gail Guest (guest)'],
			[[keys.down, keys.space, 'm'], 'Space ticks a box'],
			[[keys.escape], {gone: 'Space ticks a box'}],
			[[keys.right], '[service settings]'],
			[[keys.down, keys.down, keys.down, keys.enter, '1', '0', '.', '0', '.', '0', '.', '0', '/', '8', keys.enter, 's'], 'a private (RFC'],
		]).then((frames) => frames.map((frame) => stripVTControlCharacters(frame)));
		// The cursor row, a guest that can't be ticked and an unticked member
		expect(mfa[0]).toMatch(/^> {2}- {2}Gail Guest \(guest\)/m);
		expect(mfa[0]).toMatch(/^ {2}\[ \] Helpdesk Admin/m);
		// A button that can't be pressed yet reads as such
		expect(mfa[1]).toContain('( save )');
		// The radio options, and the refusal with its mark
		expect(mfa[3]).toContain('( ) Allow users');
		expect(mfa[3]).toContain('(*) Do not allow users');
		expect(mfa[4]).toContain('x 10.0.0.0/8 is in 10.0.0.0/8');
		expect(mfa[4]).toContain('x Updates failed');

		const signIns = await walk(
			await renderScreen(
				<>
					<Player intents={played} />
					<SignInLogsScreen isActive />
				</>,
				state,
				deps,
				dumb,
			),
			[
				[[], 'rows 1-'],
				[[keys.enter, keys.left], '[Sign-in diagnostic]'],
			],
		).then((frames) => frames.map((frame) => stripVTControlCharacters(frame)));
		expect(signIns[0]).toMatch(/^> 2024-03-12 09:01 priya@contoso\.com\s+OfficeHome\s+Interrupted/m);
		expect(signIns[1]).toMatch(/ok credential\s+Password correct\.$/m);
		expect(signIns[1]).toMatch(/^\* requirement\s+Per-user MFA is Enforced/m);
		expect(signIns[1]).toMatch(/^- bypass\s+No trusted IP/m);
		expect(signIns[1]).toMatch(/^x result\s+Interrupted\./m);
		expect(signIns[1]).toContain('Up/Down scroll - Left/Right tabs - Esc back');
	});

	it('marks an expired password in words, not only in red', async () => {
		const {deps, state} = await tenant();
		const expired = {...state, tenant: {...state.tenant, users: {...state.tenant.users, sam: {...state.tenant.users['sam']!, passwordExpiresAt: state.now - 1000}}}};
		const screen = await renderScreen(<UserDetailsScreen isActive userId="sam" />, expired, deps, dumb);
		expect(await screen.waitFor('(expired)')).toMatch(/Password expires\s+\S+ \S+ \(expired\)/);
		screen.unmount();
	});
});

describe('display-aware widgets', () => {
	const columns: readonly Column[] = [
		{header: 'Name', grow: 2},
		{header: 'Status', width: 8},
		{header: 'Detail', grow: 1},
	];

	it('marks the cursor row with > and cuts cells with ... on a dumb display', () => {
		const frame = renderText(
			<DisplayProvider display={dumb}>
				<Box width={40} flexDirection="column">
					<TableHeader columns={columns} width={40} hasCheckbox />
					<TableRow columns={columns} width={40} isCursor checkbox="checked" cells={[{text: 'A display name far too long for it'}, {text: 'Enforced', tone: 'ok'}, {text: 'detail'}]} />
					<TableRow columns={columns} width={40} checkbox="disabled" isMuted cells={[{text: 'Gail Guest (guest)'}, {text: 'Disabled'}, {text: ''}]} />
				</Box>
			</DisplayProvider>,
		);
		const [header, cursor, guest] = frame.split('\n');
		expect(header).toMatch(/^ {6}Name\s+Status\s+Detail$/);
		expect(cursor).toMatch(/^> \[x\] A display nam\.\.\. Enforced detail/);
		expect(guest).toMatch(/^ {3}- {2}Gail Guest \(g\.\.\. Disabled/);
		expect(nonAscii([frame])).toEqual([]);
	});

	it('draws the Unicode pointer and ellipsis on a rich display', () => {
		const frame = renderText(
			<Box width={40} flexDirection="column">
				<TableRow columns={columns} width={40} isCursor cells={[{text: 'A display name far too long for it'}, {text: 'Enforced'}, {text: 'detail'}]} />
			</Box>,
		);
		expect(frame).toMatch(/^› A display name far… Enforced detail/);
	});

	it('gives the columns the whole width, fixed ones first, the rest by their share', () => {
		expect(columnWidths(columns, 40, 5)).toEqual([16, 8, 8]);
		expect(columnWidths(columns, 40, 1)).toEqual([19, 8, 9]);
		expect(columnWidths(columns, 41, 1).reduce((sum, each) => sum + each, 0) + 1 + 3).toBe(41);
		// Never narrower than 4 for a growing column
		expect(columnWidths(columns, 12, 1)).toEqual([4, 8, 4]);
	});

	it('has an ASCII form of every mark', () => {
		expect(rowPrefix(true, undefined, dumb)).toBe('>');
		expect(rowPrefix(true, 'unchecked', richDisplay)).toBe('› [ ]');
		expect(checkMark(true, 'radio', dumb)).toBe('(*)');
		expect(checkMark(true, 'radio', richDisplay)).toBe('(•)');
		expect(checkMark(false, 'radio', dumb)).toBe('( )');
		expect((['pass', 'fail', 'skip', 'info'] as const).map((verdict) => verdictMark(verdict, dumb))).toEqual(['ok', 'x', '-', '*']);
		expect((['pass', 'fail', 'skip', 'info'] as const).map((verdict) => verdictMark(verdict, richDisplay))).toEqual(['✓', '✗', '–', '•']);
		expect(plainText('You cannot have more than 5 apps… Manage user settings → Delete', dumb)).toBe('You cannot have more than 5 apps... Manage user settings -> Delete');
		expect(plainText('apps… →', richDisplay)).toBe('apps… →');
	});

	it('cuts text with the display ellipsis, from the end or (a text field) from the start', () => {
		expect(fitSpans([{text: 'Label:'}, {text: ' a value that is long', tone: 'warn'}], 16, dumb)).toEqual([{text: 'Label:'}, {text: ' a valu...', tone: 'warn'}]);
		expect(fitSpans([{text: 'Label:'}, {text: ' short'}], 16, dumb)).toEqual([{text: 'Label:'}, {text: ' short'}]);
		expect(truncateStart('priya.shah@contoso.com', 10, dumb)).toBe('...oso.com');
		expect(truncateStart('priya.shah@contoso.com', 10, richDisplay)).toBe('…ntoso.com');
	});

	it('writes key hints in words without Unicode, as THE key table does (Up/Down, Left/Right)', () => {
		expect(keyText('↑↓ PgUp PgDn', false)).toBe('Up/Down PgUp PgDn');
		expect(keyText('←→', false)).toBe('Left/Right');
		expect(keyText('↑', false)).toBe('Up');
		expect(keyText('↑↓', true)).toBe('↑↓');
		const plain = adminScreensFor(adminScreens, dumb);
		for (const entry of Object.values(plain)) {
			expect(nonAscii(entry.hints.map((hint) => `${hint.keys} ${hint.label}`))).toEqual([]);
		}

		expect(plain['mfa-page'].hints[0]).toEqual({keys: 'Left/Right', label: 'users / service settings tab'});
		expect(adminScreensFor(adminScreens, noColor)).toBe(adminScreens);
	});
});
