import {render} from 'ink';
import type {LoadedScenario} from '../../adapters/scenario-files.js';
import {displayModeFrom} from './display.js';
import {interactiveSupport} from './interactive-support.js';
import {PlayApp} from './play-app.js';
import type {PlayController} from './play-controller.js';
import {exitCodeOf, type WorkspaceExitCode} from './run-workspace.js';

/** What `runPlay` needs: the play flow, what to open first, and the streams. */
export type RunPlayOptions = {
	readonly controller: PlayController;
	/** `mfadesk play <id|file>`: this scenario first; the picker otherwise. */
	readonly start?: LoadedScenario | undefined;
	readonly notices?: readonly string[];
	/** @default process.stdin */
	readonly stdin?: NodeJS.ReadStream;
	/** @default process.stdout */
	readonly stdout?: NodeJS.WriteStream;
	/** @default process.stderr */
	readonly stderr?: NodeJS.WriteStream;
	/** For `NO_COLOR`, `TERM=dumb` and `CI`. @default process.env */
	readonly env?: Readonly<Record<string, string | undefined>>;
};

/**
 * Renders the picker, workspace and debrief with Ink and resolves with the exit code once the
 * app ends and every save is on disk: 0 after quit, 130 after Ctrl+C (Ink's unmount restores the
 * terminal: raw mode off, cursor shown), 2 without an interactive terminal (a sentence on stderr,
 * never Ink's raw-mode stack trace).
 */
export async function runPlay(options: RunPlayOptions): Promise<WorkspaceExitCode> {
	const stdin = options.stdin ?? process.stdin;
	const stdout = options.stdout ?? process.stdout;
	const stderr = options.stderr ?? process.stderr;
	const env = options.env ?? process.env;
	const reason = interactiveSupport(stdin, stdout, env);
	if (reason !== undefined) {
		stderr.write(`${reason}\n`);
		return 2;
	}

	const instance = render(<PlayApp controller={options.controller} start={options.start} notices={options.notices ?? []} display={displayModeFrom(env)} />, {
		stdin,
		stdout,
		stderr,
		// Ctrl+C is a key in raw mode: the app handles it so the exit code can be 130.
		exitOnCtrlC: false,
		patchConsole: stdout === process.stdout,
	});
	const code = exitCodeOf(await instance.waitUntilExit());
	await options.controller.flush();
	return code;
}
