/**
 * Terminal edge cases of the workspace shell, with real Ink renders on fake terminal streams
 * (`runWorkspace`) and the Ink harness (`renderWorkspace`): Ctrl+C on every screen, with the focus in the
 * menu and in the screen, and on every overlay (exit 130, raw mode off, cursor shown again); random
 * resizes, a terminal smaller than the minimum, and keys typed while it is too small; NO_COLOR, TERM=dumb
 * and FORCE_COLOR=0 with colour support forced on; piped stdin or stdout and CI; and no screen showing a
 * password, app password or TOTP seed (the enrolment QR code and a reset's one-time result are the only
 * places a secret is meant to appear, and neither is opened here).
 */
// First: colour support forced on before Ink and chalk load.
import './force-colour.js';
import fc from 'fast-check';
import {afterEach, describe, expect, it} from 'vitest';
import {needsTerminalMessage} from '../../source/ui/app/run-workspace.js';
import {screens} from '../../source/ui/app/screens.js';
import {testDeps} from '../helpers/fake-ports.js';
import {keys} from '../helpers/ink-harness.js';
import {priyaState} from '../helpers/user-helpers.js';
import {renderWorkspace, signablePriya, type WorkspaceRun} from '../ui/app/render-workspace.js';
import {colourCodes, expectInterruptedCleanly, fakeStdin, fakeStdout, nonAscii, turns} from './fake-terminal.js';
import {SecretBook} from './secret-book.js';
import {runPriyaWorkspace, startWorkspace} from './workspace-terminal.js';

/** Every screen (number key), with the focus in the menu and in the screen, and every overlay. */
const places: ReadonlyArray<readonly [string, readonly string[]]> = [
	...screens.flatMap((screen, index): Array<readonly [string, readonly string[]]> => [
		[`${screen.label} (menu focused)`, [String(index + 1)]],
		[`${screen.label} (screen focused)`, [String(index + 1), keys.tab]],
		[`${screen.label} (screen focused, after Enter and the arrows)`, [String(index + 1), keys.tab, keys.down, keys.enter]],
	]),
	['the help overlay', ['?']],
	['the help overlay, scrolled', ['?', keys.pageDown, keys.down]],
	['the command palette', [':']],
	['the command palette with a search typed', [':', 'e', 'n', 'a']],
	['the quit confirmation', ['q']],
	['the reset confirmation', ['R']],
	['a terminal smaller than the minimum, after keys typed there', ['__shrink__', '8', 'q', '?', ':', keys.tab, keys.enter]],
];

describe('Ctrl+C on every screen and overlay of the workspace', () => {
	it.each(places)('%s: exit 130, raw mode off, cursor shown', async (_name, sequence) => {
		// Given the workspace on a terminal, on that screen or overlay
		const terminal = await startWorkspace();
		for (const key of sequence) {
			if (key === '__shrink__') {
				terminal.resize(60, 15);
				await terminal.waitFor('Please enlarge the terminal to at least 80x24 (now 60x15).');
			} else {
				await terminal.press(key);
			}
		}

		// When Ctrl+C is pressed, then it ends at once and hands the terminal back
		await expectInterruptedCleanly(terminal);
	});

	it('reports the interruption from the shell on every screen and overlay (Ink harness)', async () => {
		for (const [name, sequence] of places.filter(([, each]) => !each.includes('__shrink__'))) {
			const run: WorkspaceRun = await renderWorkspace(await signablePriya());
			try {
				for (const key of sequence) {
					await run.press(key);
				}

				await run.press(keys.ctrlC);
				expect(run.exits, name).toEqual(['interrupted']);
			} finally {
				run.unmount();
			}
		}
	});
});

describe('resizing the terminal', () => {
	it('follows any sequence of sizes, down to 1x1 and up to 400x150, and still exits cleanly', async () => {
		const minimum = {columns: 80, rows: 24};
		const size = fc.oneof(
			fc.record({columns: fc.integer({min: 1, max: 79}), rows: fc.integer({min: 1, max: 60})}),
			fc.record({columns: fc.integer({min: 80, max: 400}), rows: fc.integer({min: 1, max: 23})}),
			fc.record({columns: fc.integer({min: 80, max: 400}), rows: fc.integer({min: 24, max: 150})}),
			fc.constantFrom({columns: 80, rows: 24}, {columns: 79, rows: 24}, {columns: 80, rows: 23}, {columns: 0, rows: 0}),
		);
		await fc.assert(
			fc.asyncProperty(fc.array(size, {minLength: 1, maxLength: 6}), async (sizes) => {
				// Given the workspace, when the terminal is resized through these sizes
				const terminal = await startWorkspace();
				let small = false;
				let previous = '100x30';
				for (const next of sizes) {
					const from = terminal.mark();
					terminal.resize(next.columns, next.rows);
					// 0 means the stream does not say: the supported minimum is assumed.
					const columns = next.columns > 0 ? next.columns : minimum.columns;
					const rows = next.rows > 0 ? next.rows : minimum.rows;
					const tooSmall = columns < minimum.columns || rows < minimum.rows;
					const changed = `${columns}x${rows}` !== previous;
					previous = `${columns}x${rows}`;
					// Then a size below 80x24 asks to enlarge with the real size, and growing back shows the workspace again
					if (!changed) {
						await turns(3);
					} else if (tooSmall) {
						await terminal.waitFor(`(now ${columns}x${rows})`, from);
					} else if (small) {
						await terminal.waitFor('Ticket from Priya Shah', from);
					} else {
						await turns(3);
					}

					small = tooSmall;
				}

				await expectInterruptedCleanly(terminal);
			}),
			{numRuns: 15},
		);
	});

	it('a resize while an overlay is open keeps the overlay, and it is still there at a usable size', async () => {
		const terminal = await startWorkspace();
		await terminal.press('?');
		await terminal.waitFor('Leave at once');
		terminal.resize(70, 30);
		await terminal.waitFor('(now 70x30)');
		const from = terminal.mark();
		terminal.resize(120, 30);
		await terminal.waitFor('Leave at once', from);
		await expectInterruptedCleanly(terminal);
	});
});

/** Opens one screen (or, with no index, every screen and the help), then Ctrl+C; returns everything written. */
async function outputOf(env: Record<string, string>, screenIndex?: number): Promise<string> {
	const terminal = await startWorkspace({env});
	const visit = screenIndex === undefined ? [...screens.keys()] : [screenIndex];
	for (const index of visit) {
		await terminal.press(String(index + 1), keys.tab, keys.down, keys.enter);
		await terminal.press(keys.escape, keys.tab);
	}

	if (screenIndex === undefined) {
		await terminal.press('?', keys.pageDown);
	}

	await expectInterruptedCleanly(terminal);
	return terminal.stdout.raw();
}

describe('NO_COLOR, FORCE_COLOR=0 and TERM=dumb (with colour support forced on)', () => {
	it('draws in colour on a normal terminal (the control)', async () => {
		expect(await outputOf({TERM: 'xterm-256color'})).toMatch(colourCodes);
	});

	for (const [index, screen] of screens.entries()) {
		it(`${screen.label}: no colour with NO_COLOR=1 or FORCE_COLOR=0`, async () => {
			expect(await outputOf({TERM: 'xterm-256color', NO_COLOR: '1'}, index)).not.toMatch(colourCodes);
			expect(await outputOf({TERM: 'xterm-256color', FORCE_COLOR: '0'}, index)).not.toMatch(colourCodes);
		});

		it(`${screen.label}: TERM=dumb draws plain ASCII without colour`, async () => {
			const raw = await outputOf({TERM: 'dumb'}, index);
			expect(raw).not.toMatch(colourCodes);
			expect(nonAscii(raw)).toEqual([]);
		});
	}
});

describe('without an interactive terminal', () => {
	it.each([
		['stdin piped', {stdin: false, stdout: true, env: {}}],
		['stdout piped', {stdin: true, stdout: false, env: {}}],
		['both piped', {stdin: false, stdout: false, env: {}}],
		['CI set', {stdin: true, stdout: true, env: {CI: 'true'}}],
	])('%s: exit 2 with a sentence on stderr, nothing drawn, raw mode never touched', async (_name, setup) => {
		const stdin = fakeStdin(setup.stdin);
		const stdout = fakeStdout(100, 30, setup.stdout);
		const stderr = fakeStdout(80, 24);
		const code = await runPriyaWorkspace({stdin, stdout, stderr}, setup.env);
		expect(code).toBe(2);
		expect(stderr.text()).toContain(needsTerminalMessage);
		expect(stdout.raw()).toBe('');
		expect(stdin.rawMode).toEqual([]);
	});
});

describe('no screen shows a secret', () => {
	let run: WorkspaceRun | undefined;
	afterEach(() => {
		run?.unmount();
		run = undefined;
	});

	it('after an app password is created and saved in a client and the password is reset, no screen shows a password, app password or TOTP seed', async () => {
		// Given a session where Priya created an app password, saved it in Outlook, and the admin reset her password
		const state = priyaState({
			settings: {appPasswordsAllowed: true},
			user: {passwordHash: await testDeps().hasher.hash('password-of-priya')},
			person: {clients: [{id: 'browser', name: 'Edge on laptop', kind: 'browser'}, {id: 'outlook', name: 'Outlook 2010', kind: 'outlook', version: '2010', registry: {}}]},
		});
		run = await renderWorkspace(state);
		await run.play({kind: 'user', intent: {type: 'create-app-password', userId: 'priya', name: 'Outlook'}});
		const created = run.session().turns.at(-1)!;
		expect(created.rejection).toBeUndefined();
		const appPasswordId = created.state.tenant.users['priya']!.appPasswords[0]!.id;
		await run.play({kind: 'user', intent: {type: 'use-app-password-in-client', userId: 'priya', clientId: 'outlook', appPasswordId}});
		await run.play({kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'outlook'}});
		await run.play({kind: 'admin', intent: {type: 'reset-password', userId: 'priya'}});
		await run.play({kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser', method: 'app-code'}});
		const book = new SecretBook();
		book.collect(state);
		for (const turn of run.session().turns) {
			book.collect(turn.state);
		}

		expect(book.counts().password).toBeGreaterThanOrEqual(3);
		// When every screen is shown, in the menu and with the focus inside, moving through its rows
		const frames: Array<readonly [string, string]> = [];
		for (const [index, screen] of screens.entries()) {
			await run.press(String(index + 1));
			frames.push([`${screen.label}`, run.text()]);
			await run.press(keys.tab);
			for (let row = 0; row < 4; row++) {
				frames.push([`${screen.label} row ${row}`, run.text()]);
				await run.press(keys.down);
			}

			await run.press(keys.tab);
		}

		// Then they show the people, clients and logs, and none of them holds a secret
		expect(frames.some(([, frame]) => frame.includes('Outlook 2010'))).toBe(true);
		expect(frames.some(([, frame]) => frame.includes('Reset password'))).toBe(true);
		for (const [where, frame] of frames) {
			expect(book.leaks(frame, ['password', 'totp']), where).toEqual([]);
		}
	});
});
