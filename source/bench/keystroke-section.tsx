import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink';
import {createRunPorts} from '../commands/real-deps.js';
import {startSession} from '../domain/session/play-session.js';
import {ActiveUsersScreen} from '../ui/admin/active-users-screen.js';
import {SessionProvider} from '../ui/contexts/session-context.js';
import {reportResult} from './bench-child.js';
import {quantile} from './bench-stats.js';
import {generatedTenant, loadPlay} from './bench-tenant.js';

/** What the keystroke section reports. */
export type KeystrokeResult = {
	readonly keys: number;
	/** Milliseconds from key to frame in the 10,000-user list. */
	readonly p50: number;
	readonly p95: number;
	/** The same p95 in a 100-user list. */
	readonly smallP95: number;
	readonly missed: number;
	/** React's production build (NODE_ENV=production) rather than the development build. */
	readonly production: boolean;
};

// Ink wraps each frame in "synchronized output" marks on a TTY: begin, the frame's writes, end.
const beginSync = '\u001B[?2026h';
const endSync = '\u001B[?2026l';

/** A terminal that records when each frame is complete (its end-of-synchronized-output mark is written). */
class FrameStdout extends EventEmitter {
	readonly isTTY = true;
	readonly columns = 120;
	readonly rows = 40;
	lastFrame = '';
	#pending = '';
	#waiting: ((at: number) => void) | undefined;

	write = (chunk: string): boolean => {
		if (chunk === beginSync) {
			this.#pending = '';
		} else if (chunk === endSync) {
			const at = performance.now();
			this.lastFrame = this.#pending;
			this.#waiting?.(at);
			this.#waiting = undefined;
		} else {
			this.#pending += chunk;
		}

		return true;
	};

	/** Resolves with the time the next frame is complete (or NaN after `timeoutMs`). */
	async nextFrame(timeoutMs: number): Promise<number> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.#waiting = undefined;
				resolve(Number.NaN);
			}, timeoutMs);
			this.#waiting = (at) => {
				clearTimeout(timer);
				resolve(at);
			};
		});
	}
}

/** Raw-mode stdin as Ink reads it: 'readable' then read(). */
class KeyStdin extends EventEmitter {
	readonly isTTY = true;
	#data: string | null = null;

	press(data: string): void {
		this.#data = data;
		this.emit('readable');
	}

	read = (): string | null => {
		const data = this.#data;
		this.#data = null;
		return data;
	};

	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

async function sleep(milliseconds: number): Promise<void> {
	await new Promise((resolve) => {
		setTimeout(resolve, milliseconds);
	});
}

const keyCodes = {down: '\u001B[B', up: '\u001B[A', pageDown: '\u001B[6~', pageUp: '\u001B[5~'} as const;

/** One Active users screen rendered by Ink to its own fake terminal, and where its cursor is. */
type Screen = {
	readonly stdout: FrameStdout;
	readonly stdin: KeyStdin;
	readonly unmount: () => void;
	readonly latencies: number[];
	missed: number;
	/** Rows in the list and rows per page, read from "rows 1-30 of 10,000". */
	readonly count: number;
	readonly page: number;
	cursor: number;
	goingDown: boolean;
};

/** The next key that moves the cursor: ↓ (PgDn every 10th key) to the end of the list, then ↑ and PgUp back. */
function nextKey(screen: Screen, index: number): string {
	const step = index % 10 === 9 ? screen.page : 1;
	if (screen.goingDown && screen.cursor + step > screen.count - 1) {
		screen.goingDown = false;
	} else if (!screen.goingDown && screen.cursor - step < 0) {
		screen.goingDown = true;
	}

	screen.cursor += screen.goingDown ? step : -step;
	return step === 1 ? (screen.goingDown ? keyCodes.down : keyCodes.up) : screen.goingDown ? keyCodes.pageDown : keyCodes.pageUp;
}

async function mountScreen(users: number): Promise<Screen> {
	const {state, deps} = await loadPlay(generatedTenant(users), createRunPorts());
	const stdout = new FrameStdout();
	const stdin = new KeyStdin();
	const first = stdout.nextFrame(10_000);
	const instance = render(
		<SessionProvider initial={startSession(state)} deps={deps}>
			<ActiveUsersScreen isActive height={34} width={120} />
		</SessionProvider>,
		{stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false},
	);
	await first;
	const label = /rows 1-(\d+) of ([\d,]+)/.exec(stripVTControlCharacters(stdout.lastFrame));
	if (!label) {
		throw new Error(`the Active users screen did not draw its list of ${users}:\n${stripVTControlCharacters(stdout.lastFrame)}`);
	}

	const page = Number(label[1]);
	const count = Number(label[2]!.replaceAll(',', ''));
	return {stdout, stdin, unmount: () => instance.unmount(), latencies: [], missed: 0, count, page, cursor: 0, goingDown: true};
}

async function press(screen: Screen, key: string): Promise<void> {
	await sleep(40);
	const frame = screen.stdout.nextFrame(1000);
	const pressed = performance.now();
	screen.stdin.press(key);
	const at = await frame;
	if (Number.isNaN(at)) {
		screen.missed++;
	} else {
		screen.latencies.push(at - pressed);
	}
}

/**
 * Renders the Active users screen over a generated 10,000-user tenant, and over a 100-user one for comparison,
 * with Ink in its normal throttled mode to fake TTYs; presses ↓ (PgDn every 10th key; ↑ and PgUp on the way back) on each in turn and times
 * each key from the moment stdin has it to the moment Ink finishes writing the new frame. Keys are 40 ms
 * apart, so Ink's 30 fps throttle never delays a frame: the figure is the work per keystroke. React runs in
 * the build NODE_ENV selects, as in the CLI.
 */
async function main(): Promise<void> {
	const keys = Number(process.argv[2] ?? 150);
	const large = await mountScreen(10_000);
	const small = await mountScreen(100);
	for (let index = 0; index < keys; index++) {
		await press(large, nextKey(large, index));
		await press(small, nextKey(small, index));
	}

	large.unmount();
	small.unmount();
	reportResult({
		keys,
		p50: quantile(large.latencies, 0.5),
		p95: quantile(large.latencies, 0.95),
		smallP95: quantile(small.latencies, 0.95),
		missed: large.missed + small.missed,
		production: process.env['NODE_ENV'] === 'production',
	} satisfies KeystrokeResult);
}

await main();
