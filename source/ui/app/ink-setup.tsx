import type {ReactNode} from 'react';
import {render, type RenderOptions} from 'ink';
import {displayModeFrom, type DisplayMode} from './display.js';
import {interactiveSupport} from './interactive-support.js';
import type {WorkspaceExitReason} from './workspace.js';

/** Exit codes of the interactive app (DESIGN section 5): 0 quit, 2 no terminal, 130 Ctrl+C. */
export type WorkspaceExitCode = 0 | 2 | 130;

/** Maps the root's exit value to the CLI exit code. Pure. */
export function exitCodeOf(reason: unknown): WorkspaceExitCode {
	return reason === ('interrupted' satisfies WorkspaceExitReason) ? 130 : 0;
}

/** The terminal an interactive app draws on; each stream defaults to the process's own. */
export type InkStreams = {
	/** @default process.stdin */
	readonly stdin?: NodeJS.ReadStream | undefined;
	/** @default process.stdout */
	readonly stdout?: NodeJS.WriteStream | undefined;
	/** @default process.stderr */
	readonly stderr?: NodeJS.WriteStream | undefined;
	/** For `NO_COLOR`, `TERM=dumb` and `CI`. @default process.env */
	readonly env?: Readonly<Record<string, string | undefined>> | undefined;
};

/**
 * How every interactive screen is drawn (`mfadesk play` and the bench's keystroke figures alike):
 * - `exitOnCtrlC: false`: Ctrl+C is a key in raw mode; the app handles it so the exit code can be 130.
 * - `maxFps: 60`: Ink throttles frames to `maxFps` (30 by default). A key that lands inside the throttle
 *   window waits for its trailing frame, up to 33 ms at 30 fps, twice the 16 ms frame budget
 *   (DESIGN section 7); at 60 the wait stays within one budget. Keys further apart draw at once either way.
 * - `incrementalRendering` stays off: it only shortens what is written (changed lines instead of the
 *   frame), which is not where a keystroke's time goes (writing a frame takes about 0.1 ms of it), and
 *   the terminal test harnesses read each write as one whole frame.
 * - `isScreenReaderEnabled` is left to Ink (`INK_SCREEN_READER=true`), `concurrent` off: React's legacy
 *   root draws a key's frame synchronously, which is what the frame budget wants.
 */
export const inkRenderOptions = {exitOnCtrlC: false, maxFps: 60} as const satisfies RenderOptions;

/**
 * Renders an interactive app with Ink and resolves with its exit code once it ends: 0 after quit, 130
 * after Ctrl+C (Ink's unmount restores the terminal: raw mode off, cursor shown), 2 without an
 * interactive terminal or with `CI` set (a sentence on stderr, never Ink's raw-mode stack trace). `app`
 * gets the display mode the environment asks for (`NO_COLOR`, `FORCE_COLOR=0`, `TERM=dumb`).
 */
export async function runInk(app: (display: DisplayMode) => ReactNode, streams: InkStreams = {}): Promise<WorkspaceExitCode> {
	const stdin = streams.stdin ?? process.stdin;
	const stdout = streams.stdout ?? process.stdout;
	const stderr = streams.stderr ?? process.stderr;
	const env = streams.env ?? process.env;
	const reason = interactiveSupport(stdin, stdout, env);
	if (reason !== undefined) {
		stderr.write(`${reason}\n`);
		return 2;
	}

	const instance = render(app(displayModeFrom(env)), {...inkRenderOptions, stdin, stdout, stderr, patchConsole: stdout === process.stdout});
	return exitCodeOf(await instance.waitUntilExit());
}
