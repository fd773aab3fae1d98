import {performance} from 'node:perf_hooks';
import {stripVTControlCharacters} from 'node:util';
import Yoga from 'yoga-layout';
import {createRunPorts} from '../commands/real-deps.js';
import {startSession} from '../domain/session/play-session.js';
import {runWorkspace} from '../ui/app/run-workspace.js';
import {reportResult} from './bench-child.js';
import {quantile} from './bench-stats.js';
import {FrameStdout, KeyStdin, NullStream} from './bench-terminal.js';
import {generatedTenant, loadPlay} from './bench-tenant.js';

/** Where one keystroke's time went, in milliseconds: p50 of each part and of the whole. */
export type KeystrokeParts = {
	/** From stdin to the start of Ink's layout: Ink's input parsing, React's render and commit. */
	readonly react: number;
	/** Yoga computing the layout of the whole frame. */
	readonly layout: number;
	/** From the end of layout to the end of the frame: Ink painting the frame into its cell grid, diffing and writing it. */
	readonly output: number;
	readonly total: number;
};

/** What the keystroke section reports. */
export type KeystrokeResult = {
	readonly keys: number;
	/** Milliseconds from key to frame in the 10,000-user list, keys 40 ms apart. */
	readonly p50: number;
	readonly p95: number;
	readonly parts: KeystrokeParts;
	/** The same p95 in a 100-user list. */
	readonly smallP95: number;
	/** The p95 in the 10,000-user list with keys 25 ms apart, as a held arrow key repeats. */
	readonly heldP95: number;
	readonly missed: number;
	/** React's production build (NODE_ENV=production), as the CLI runs it. */
	readonly production: boolean;
};

/** When yoga's layouts ran: Ink calls calculateLayout on its root once per React commit. */
const layouts: Array<readonly [number, number]> = [];
const yogaNode = (Yoga.Node as unknown as {readonly prototype: {calculateLayout: (...args: unknown[]) => void}}).prototype;
const calculateLayout = yogaNode.calculateLayout;
yogaNode.calculateLayout = function (this: unknown, ...args: unknown[]) {
	const started = performance.now();
	calculateLayout.apply(this, args);
	layouts.push([started, performance.now()]);
};

async function sleep(milliseconds: number): Promise<void> {
	await new Promise((resolve) => {
		setTimeout(resolve, milliseconds);
	});
}

const keyCodes = {down: '\u001B[B', up: '\u001B[A', pageDown: '\u001B[6~', pageUp: '\u001B[5~', tab: '\t', ctrlC: '\u0003'} as const;

/** One key's timing: total and its parts (NaN parts when no layout ran before the frame). */
type Sample = KeystrokeParts;

/** The workspace on its own fake terminal, Active users focused, and where its cursor is. */
type Screen = {
	readonly stdout: FrameStdout;
	readonly stdin: KeyStdin;
	readonly exited: Promise<number>;
	readonly samples: Sample[];
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

/** Presses a key and waits for the frame it draws (the first whole frame written after it); undefined when none comes. */
async function press(terminal: {readonly stdout: FrameStdout; readonly stdin: KeyStdin}, key: string): Promise<Sample | undefined> {
	const frame = terminal.stdout.nextFrame(1000);
	layouts.length = 0;
	const pressed = performance.now();
	terminal.stdin.press(key);
	const at = await frame;
	if (Number.isNaN(at)) {
		return undefined;
	}

	const before = layouts.filter(([started]) => started < at);
	const first = before[0];
	const last = before.at(-1);
	return {
		react: first === undefined ? Number.NaN : first[0] - pressed,
		layout: before.reduce((sum, [started, ended]) => sum + ended - started, 0),
		output: last === undefined ? Number.NaN : at - last[1],
		total: at - pressed,
	};
}

/**
 * The workspace over a generated tenant, drawn exactly as `mfadesk play` draws it (`runWorkspace`: the same
 * root, Ink render options and display mode) on a 120x40 fake terminal; keys 2 and Tab open and focus
 * Active users, as a trainee would.
 */
async function mountScreen(users: number): Promise<Screen> {
	const {state, deps} = await loadPlay(generatedTenant(users), createRunPorts());
	const stdout = new FrameStdout();
	const stdin = new KeyStdin();
	const first = stdout.nextFrame(10_000);
	const exited = runWorkspace({
		session: startSession(state),
		deps,
		title: 'Benchmark',
		ticket: {from: 'Benchmark', text: 'Benchmark'},
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new NullStream() as unknown as NodeJS.WriteStream,
	});
	await first;
	// Ink subscribes to keys in an effect after the first frame.
	await sleep(50);
	await press({stdout, stdin}, '2');
	await sleep(50);
	await press({stdout, stdin}, keyCodes.tab);
	await sleep(50);
	const label = /rows 1-(\d+) of ([\d,]+)/.exec(stripVTControlCharacters(stdout.lastFrame));
	if (!label) {
		throw new Error(`the workspace did not show Active users over ${users} users:\n${stripVTControlCharacters(stdout.lastFrame)}`);
	}

	const page = Number(label[1]);
	const count = Number(label[2]!.replaceAll(',', ''));
	return {stdout, stdin, exited, samples: [], missed: 0, count, page, cursor: 0, goingDown: true};
}

/** Presses the next moving key and keeps its timing (or counts it as missed). */
async function pressMoving(screen: Screen, index: number, into: Sample[] = screen.samples): Promise<void> {
	const sample = await press(screen, nextKey(screen, index));
	if (sample === undefined) {
		screen.missed++;
	} else {
		into.push(sample);
	}
}

const p50 = (samples: readonly Sample[], part: keyof Sample): number => quantile(samples.map((each) => each[part]).filter((value) => !Number.isNaN(value)), 0.5);

/**
 * Presses ↓ (PgDn every 10th key; ↑ and PgUp on the way back) in the 10,000-user and the 100-user
 * workspace in turn, 40 ms apart so no key waits for Ink's frame throttle: each is timed from the moment
 * stdin has it to the moment Ink finishes writing the new frame, and split at yoga's layout. Then the
 * same keys 25 ms apart, as a held key repeats, where Ink's `maxFps` throttle decides how long a key waits.
 * React runs the build NODE_ENV selects; the bench sets production, as the CLI does.
 */
async function main(): Promise<void> {
	const keys = Number(process.argv[2] ?? 150);
	const large = await mountScreen(10_000);
	const small = await mountScreen(100);
	for (let index = 0; index < keys; index++) {
		await sleep(40);
		await pressMoving(large, index);
		await sleep(40);
		await pressMoving(small, index);
	}

	// A held key: the next one comes 25 ms after the last (or as soon as its frame is out, if later).
	const held: Sample[] = [];
	await sleep(40);
	for (let index = 0; index < keys; index++) {
		const started = performance.now();
		await pressMoving(large, index, held);
		await sleep(Math.max(0, 25 - (performance.now() - started)));
	}

	for (const screen of [large, small]) {
		screen.stdin.press(keyCodes.ctrlC);
		await screen.exited;
	}

	const apart = large.samples;
	reportResult({
		keys,
		p50: quantile(apart.map((each) => each.total), 0.5),
		p95: quantile(apart.map((each) => each.total), 0.95),
		parts: {react: p50(apart, 'react'), layout: p50(apart, 'layout'), output: p50(apart, 'output'), total: p50(apart, 'total')},
		smallP95: quantile(small.samples.map((each) => each.total), 0.95),
		heldP95: quantile(held.map((each) => each.total), 0.95),
		missed: large.missed + small.missed,
		production: process.env['NODE_ENV'] === 'production',
	} satisfies KeystrokeResult);
}

await main();
