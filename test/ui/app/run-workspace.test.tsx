import {describe, expect, it} from 'vitest';
import {startSession} from '../../../source/domain/session/play-session.js';
import {exitCodeOf, interactiveSupport, needsTerminalMessage, runWorkspace, type RunWorkspaceOptions} from '../../../source/ui/app/run-workspace.js';
import {testDeps} from '../../helpers/fake-ports.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {fakeStdin, fakeStdout, turn, type FakeStdin, type FakeStdout} from '../../hardening/fake-terminal.js';
import {ticket} from './render-workspace.js';

function options(stdin: FakeStdin, stdout: FakeStdout, stderr = fakeStdout(80, 24)): RunWorkspaceOptions {
	return {
		session: startSession(priyaState()),
		deps: testDeps(),
		title: 'Authenticator codes always wrong',
		ticket,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		env: {TERM: 'xterm-256color'},
	};
}

// Ink decides at import time (is-in-ci) that it runs in CI and then writes only the last frame, at
// unmount; the same rule here tells the tests whether frames can be awaited before exit.
const inkInCi = (() => {
	const ci = process.env['CI'];
	return ci !== '0' && ci !== 'false' && ('CI' in process.env || 'CONTINUOUS_INTEGRATION' in process.env || Object.keys(process.env).some((key) => key.startsWith('CI_')));
})();

/** Yields until Ink has put stdin into raw mode, i.e. its key handlers are subscribed. */
async function waitForKeys(stdin: FakeStdin): Promise<void> {
	for (let count = 0; count < 2000 && !stdin.rawMode.includes(true); count++) {
		await turn();
	}

	await turn();
}

/** Yields until the output shows the text (macrotask turns, never a fixed delay); in CI mode Ink shows nothing before exit, so it yields a few turns instead. */
async function waitForOutput(stdout: FakeStdout, text: string): Promise<void> {
	for (let count = 0; count < 2000; count++) {
		if (inkInCi ? count >= 20 : stdout.text().includes(text)) {
			// One more turn so key handlers subscribed in passive effects are in place.
			await turn();
			return;
		}

		await turn();
	}

	throw new Error(`Timed out waiting for "${text}" in:\n${stdout.text()}`);
}

describe('runWorkspace', () => {
	it('resolves with 130 on Ctrl+C and leaves raw mode', async () => {
		const stdin = fakeStdin();
		const stdout = fakeStdout(100, 30);
		const exit = runWorkspace(options(stdin, stdout));
		await waitForKeys(stdin);
		stdin.write('\u0003');
		await expect(exit).resolves.toBe(130);
		expect(stdout.text()).toContain('Ticket from Priya Shah');
		expect(stdin.rawMode.at(0)).toBe(true);
		expect(stdin.rawMode.at(-1)).toBe(false);
	});

	it('resolves with 0 after quit is confirmed', async () => {
		const stdin = fakeStdin();
		const stdout = fakeStdout(100, 30);
		const exit = runWorkspace(options(stdin, stdout));
		await waitForKeys(stdin);
		stdin.write('q');
		await waitForOutput(stdout, 'Quit the workspace?');
		stdin.write('y');
		await expect(exit).resolves.toBe(0);
	});

	it('says to enlarge a terminal below 80x24 (a real Ink render on a small stream)', async () => {
		const stdin = fakeStdin();
		const stdout = fakeStdout(60, 20);
		const exit = runWorkspace(options(stdin, stdout));
		await waitForKeys(stdin);
		stdin.write('\u0003');
		await expect(exit).resolves.toBe(130);
		expect(stdout.text()).toContain('Please enlarge the terminal to at least 80x24 (now 60x20).');
		expect(stdout.text()).not.toContain('Ticket from');
	});

	it('follows a resize below the minimum (stdout \'resize\')', async () => {
		const stdin = fakeStdin();
		const stdout = fakeStdout(100, 30);
		const exit = runWorkspace(options(stdin, stdout));
		await waitForKeys(stdin);
		stdout.columns = 70;
		stdout.emit('resize');
		await waitForOutput(stdout, 'Please enlarge the terminal to at least 80x24 (now 70x30).');
		stdin.write('\u0003');
		await expect(exit).resolves.toBe(130);
		expect(stdout.text()).toContain('Please enlarge the terminal to at least 80x24 (now 70x30).');
	});

	it('exits 2 with a sentence, not a stack trace, without a terminal', async () => {
		const stdin = fakeStdin();
		stdin.isTTY = false;
		const stderr = fakeStdout(80, 24);
		await expect(runWorkspace(options(stdin, fakeStdout(80, 24), stderr))).resolves.toBe(2);
		expect(stderr.text()).toBe(`${needsTerminalMessage}\n`);
	});
});

describe('interactiveSupport', () => {
	it('needs a TTY on both stdin and stdout', () => {
		expect(interactiveSupport({isTTY: true}, {isTTY: true}, {})).toBeUndefined();
		expect(interactiveSupport({isTTY: false}, {isTTY: true}, {})).toBe(
			'mfadesk play needs an interactive terminal; use `mfadesk run <id> --solution <file>` or `mfadesk test` for headless runs.',
		);
		expect(interactiveSupport({isTTY: true}, {}, {})).toBe(needsTerminalMessage);
	});

	it('treats CI as not interactive unless CI=false', () => {
		expect(interactiveSupport({isTTY: true}, {isTTY: true}, {CI: 'true'})).toContain('CI is set');
		expect(interactiveSupport({isTTY: true}, {isTTY: true}, {CI: 'false'})).toBeUndefined();
	});
});

describe('exitCodeOf (ink-setup.tsx, shared by runWorkspace and runPlay)', () => {
	it('maps Ctrl+C to 130 and every other ending to 0', () => {
		expect(exitCodeOf('interrupted')).toBe(130);
		expect(exitCodeOf('quit')).toBe(0);
		expect(exitCodeOf(undefined)).toBe(0);
	});
});
