/**
 * Fake terminal streams for real Ink renders (`runWorkspace`, `runPlay`): a stdin that records raw
 * mode, a stdout with a size that can change and that keeps every write (Ink writes one whole frame
 * per write), and a `Terminal` that types keys and waits for text in the frames written since a mark,
 * never sleeping. Shared by the hardening suites.
 */
import {PassThrough, Writable} from 'node:stream';
import {stripVTControlCharacters} from 'node:util';
import {expect} from 'vitest';

/** A stdin Ink accepts: it records every raw-mode change. */
export type FakeStdin = PassThrough & {isTTY: boolean; rawMode: boolean[]; setRawMode(mode: boolean): void; ref(): void; unref(): void};

/** A stdout Ink accepts: its size can change, and it keeps every write (one frame each). */
export type FakeStdout = Writable & {
	isTTY: boolean;
	columns: number;
	rows: number;
	/** Everything written, escape codes included. */
	raw(): string;
	/** Everything written, escape codes removed. */
	text(): string;
	/** The writes so far, escape codes removed (one Ink frame each). */
	frames(): readonly string[];
	/** The writes so far, as written. */
	rawFrames(): readonly string[];
};

/** A fake stdin; `tty` false stands for piped input. */
export function fakeStdin(tty = true): FakeStdin {
	const stream = new PassThrough() as FakeStdin;
	stream.isTTY = tty;
	stream.rawMode = [];
	stream.setRawMode = (mode: boolean) => {
		stream.rawMode.push(mode);
	};

	stream.ref = () => undefined;
	stream.unref = () => undefined;
	return stream;
}

/** A fake stdout (or stderr) of this size; `tty` false stands for piped output. */
export function fakeStdout(columns: number, rows: number, tty = true): FakeStdout {
	const raws: string[] = [];
	const plains: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer | string, _encoding, callback) {
			const text = String(chunk);
			raws.push(text);
			plains.push(stripVTControlCharacters(text));
			callback();
		},
	}) as FakeStdout;
	stream.isTTY = tty;
	stream.columns = columns;
	stream.rows = rows;
	stream.raw = () => raws.join('');
	stream.text = () => plains.join('');
	stream.frames = () => plains;
	stream.rawFrames = () => raws;
	return stream;
}

/** One event-loop turn: what React's scheduler and Ink's throttle need to move on. */
export async function turn(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
	await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Several turns. */
export async function turns(count: number): Promise<void> {
	for (let index = 0; index < count; index++) {
		await turn();
	}
}

/** The streams an app under test draws on. */
export type Streams = {readonly stdin: FakeStdin; readonly stdout: FakeStdout; readonly stderr: FakeStdout};

/** An app running on fake streams, driven like a trainee at a keyboard. */
export type Terminal = Streams & {
	readonly exit: Promise<number>;
	/** How many writes so far: pass it to `waitFor` or `since` to look only at what comes after. */
	mark(): number;
	/** The text written from the mark on. */
	since(from: number): string;
	/** The last frame drawn (escape codes removed). */
	screen(): string;
	/** Types keys one write at a time, yielding after each. */
	press(...sequences: string[]): Promise<void>;
	/** Types one key and waits for the frame it draws (Ink draws at most 30 a second); false if nothing changed. */
	pressAndDraw(sequence: string): Promise<boolean>;
	/** Resizes the terminal and tells Ink, as a terminal emulator does. */
	resize(columns: number, rows: number): void;
	/** Waits until one frame written from `from` on contains the text (whitespace ignored); returns that frame. */
	waitFor(text: string, from?: number): Promise<string>;
};

const compact = (text: string): string => text.replaceAll(/\s+/g, '');

/** Options of `startTerminal`. */
export type TerminalOptions = {readonly columns?: number; readonly rows?: number};

/**
 * Starts an app on fake streams (100x30 unless told) and resolves once Ink listens to keys (raw
 * mode on). `run` renders the app on the streams and resolves with its exit code.
 */
export async function startTerminal(run: (streams: Streams) => Promise<number>, options: TerminalOptions = {}): Promise<Terminal> {
	const stdin = fakeStdin();
	const stdout = fakeStdout(options.columns ?? 100, options.rows ?? 30);
	const stderr = fakeStdout(80, 24);
	const exit = run({stdin, stdout, stderr});
	let settled = false;
	void exit.finally(() => {
		settled = true;
	});
	for (let count = 0; count < 2000 && !stdin.rawMode.includes(true) && !settled; count++) {
		await turn();
	}

	await turns(2);
	return {
		stdin,
		stdout,
		stderr,
		exit,
		mark: () => stdout.frames().length,
		since: (from) => stdout.frames().slice(from).join(''),
		screen: () => stdout.frames().findLast((frame) => frame.trim() !== '') ?? '',
		async press(...sequences) {
			for (const sequence of sequences) {
				stdin.write(sequence);
				await turns(3);
			}
		},
		async pressAndDraw(sequence) {
			const from = stdout.frames().length;
			stdin.write(sequence);
			for (let count = 0; count < 300; count++) {
				await turn();
				if (stdout.frames().slice(from).some((frame) => frame.trim() !== '')) {
					return true;
				}
			}

			return false;
		},
		resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
		},
		async waitFor(text, from = 0) {
			const wanted = compact(text);
			let next = from;
			for (let count = 0; count < 4000; count++) {
				const frames = stdout.frames();
				for (; next < frames.length; next++) {
					// Without whitespace, so a line Ink wrapped on a narrow terminal still matches.
					if (compact(frames[next]!).includes(wanted)) {
						await turn();
						return frames[next]!;
					}
				}

				if (settled) {
					break;
				}

				await turn();
			}

			throw new Error(`Timed out waiting for "${text}" in:\n${stdout.frames().slice(from).join('').slice(-3000)}\nstderr: ${stderr.text()}`);
		},
	};
}

/** Ink hides the cursor while it draws: it must be shown again after the last hide. */
export function cursorShownAgain(raw: string): boolean {
	return !raw.includes('\u001B[?25l') || raw.lastIndexOf('\u001B[?25h') > raw.lastIndexOf('\u001B[?25l');
}

/** Ctrl+C must end the app with 130 and hand the terminal back: raw mode off, cursor visible, nothing on stderr. */
export async function expectInterruptedCleanly(terminal: Terminal): Promise<void> {
	terminal.stdin.write('\u0003');
	await expect(terminal.exit).resolves.toBe(130);
	expect(terminal.stdin.rawMode.at(-1)).toBe(false);
	expect(cursorShownAgain(terminal.stdout.raw())).toBe(true);
	expect(terminal.stderr.text()).toBe('');
}

/** SGR sequences that set a colour (foreground, background, 256 and truecolour). */
// eslint-disable-next-line no-control-regex -- matching terminal escape codes is the point here
export const colourCodes = /\u001B\[(?:[\d;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;[25]|48;[25])[\d;]*m/;

/** The characters outside ASCII in the text (escape codes removed), each once. */
export function nonAscii(raw: string): string[] {
	return [...new Set([...stripVTControlCharacters(raw)].filter((char) => char.codePointAt(0)! > 0x7f))];
}

/** Key sequences as a terminal sends them. */
export const terminalKeys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	space: ' ',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlK: '\u000B',
	ctrlZ: '\u001A',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
} as const;
