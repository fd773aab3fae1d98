/**
 * Helpers for the admin screen tests: a screen inside a SessionProvider over a built state with
 * fake ports, rendered by the shared harness (100 columns) or at a chosen size (80x24).
 */
import {EventEmitter} from 'node:events';
import {stripVTControlCharacters} from 'node:util';
import type {ReactElement} from 'react';
import {render, renderToString} from 'ink';
import {startSession} from '../../../source/domain/session/play-session.js';
import {richDisplay, type DisplayMode} from '../../../source/ui/app/display.js';
import {DisplayProvider} from '../../../source/ui/contexts/display-context.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import type {Session} from '../../../source/services/session-service.js';
import {SessionProvider} from '../../../source/ui/contexts/session-context.js';
import {buildUser} from '../../helpers/build-state.js';
import {testDeps} from '../../helpers/fake-ports.js';
import {renderApp, type Harness, type HarnessOptions} from '../../helpers/ink-harness.js';

/** What a test sees of the session while the screen runs. */
export type SessionProbe = {
	/** The session after the latest change (undefined before any). */
	latest(): Session | undefined;
};

/**
 * Wraps a screen in a SessionProvider over the state, with the fake ports of the service tests, and
 * a DisplayProvider (colours and Unicode unless a plain display is given, as the workspace would).
 */
export function inSession(screen: ReactElement, state: SimState, deps = testDeps(), display: DisplayMode = richDisplay): {readonly tree: ReactElement; readonly probe: SessionProbe} {
	let latest: Session | undefined;
	const tree = (
		<SessionProvider
			initial={startSession(state)}
			deps={deps}
			onChange={(session) => {
				latest = session;
			}}
		>
			<DisplayProvider display={display}>{screen}</DisplayProvider>
		</SessionProvider>
	);
	return {tree, probe: {latest: () => latest}};
}

/** Renders a screen in a session with the shared harness (100 columns), on the given display. */
export async function renderScreen(screen: ReactElement, state: SimState, deps = testDeps(), display: DisplayMode = richDisplay, options: HarnessOptions = {}): Promise<Harness & {readonly probe: SessionProbe}> {
	const {tree, probe} = inSession(screen, state, deps, display);
	const harness = await renderApp(tree, options);
	return {...harness, probe};
}

/** `count` members named `User 00000`... so the sorted table index of user n is n + 1 (after the admin). */
export function manyUsers(count: number) {
	return Array.from({length: count}, (_unused, index) => {
		const number = String(index).padStart(5, '0');
		return buildUser({id: `u${number}`, displayName: `User ${number}`, upn: `user${number}@contoso.com`});
	});
}

async function tick(): Promise<void> {
	await new Promise<void>((resolve) => {
		setImmediate(() => {
			setTimeout(resolve, 0);
		});
	});
}

class SizedStdout extends EventEmitter {
	lastFrame = '';
	readonly columns: number;
	readonly rows: number;
	constructor(columns: number, rows: number) {
		super();
		this.columns = columns;
		this.rows = rows;
	}

	write = (frame: string) => {
		this.lastFrame = frame;
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write(data: string) {
		this.data = data;
		this.emit('readable');
	}

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/**
 * Renders interactively at a given terminal size (ink-testing-library is fixed at 100 columns),
 * with the same press/waitFor contract as the shared harness.
 */
export async function renderAtSize(tree: ReactElement, columns = 80, rows = 24): Promise<Pick<Harness, 'text' | 'press' | 'type' | 'waitFor' | 'unmount'>> {
	const stdout = new SizedStdout(columns, rows);
	const stdin = new FakeStdin();
	const instance = render(tree, {stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, debug: true, exitOnCtrlC: false, patchConsole: false});
	await tick();
	const text = () => stripVTControlCharacters(stdout.lastFrame);
	return {
		text,
		async press(...sequences) {
			for (const sequence of sequences) {
				stdin.write(sequence);
				await tick();
			}
		},
		async type(value) {
			for (const char of value) {
				stdin.write(char);
				await tick();
			}
		},
		async waitFor(expected, maxTicks = 2000) {
			for (let index = 0; index < maxTicks; index++) {
				const frame = text();
				if (typeof expected === 'string' ? frame.includes(expected) : expected.test(frame)) {
					return frame;
				}

				await tick();
			}

			throw new Error(`Timed out waiting for ${String(expected)}. Last frame:\n${text()}`);
		},
		unmount: () => {
			instance.unmount();
		},
	};
}

/** The widest line of a frame, in cells (all test text is single-width). */
export function widestLine(frame: string): number {
	return Math.max(...frame.split('\n').map((line) => [...line].length));
}

/** The frame as one line: box-drawing borders dropped and whitespace collapsed, for sentences that wrap. */
export function flat(frame: string): string {
	return frame.replaceAll(/[│╭╮╰╯─]/g, ' ').replaceAll(/\s+/g, ' ');
}

/** Ink's synchronous renderToString at a width (80 by default), escape codes removed: the first frame only. */
export function renderText(tree: ReactElement, columns = 80): string {
	return stripVTControlCharacters(renderToString(tree, {columns}));
}
