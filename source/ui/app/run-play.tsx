import type {LoadedScenario} from '../../adapters/scenario-files.js';
import {runInk, type InkStreams, type WorkspaceExitCode} from './ink-setup.js';
import {PlayApp} from './play-app.js';
import type {PlayController} from './play-controller.js';

/** What `runPlay` needs: the play flow, what to open first, and the streams (ink-setup.tsx). */
export type RunPlayOptions = InkStreams & {
	readonly controller: PlayController;
	/** `mfadesk play <id|file>`: this scenario first; the picker otherwise. */
	readonly start?: LoadedScenario | undefined;
	readonly notices?: readonly string[];
};

/**
 * Renders the picker, workspace and debrief with Ink (`runInk`) and resolves with the exit code once
 * the app ends and every save is on disk: 0 after quit, 130 after Ctrl+C, 2 without an interactive
 * terminal (a sentence on stderr).
 */
export async function runPlay(options: RunPlayOptions): Promise<WorkspaceExitCode> {
	const code = await runInk((display) => <PlayApp controller={options.controller} start={options.start} notices={options.notices ?? []} display={display} />, options);
	if (code !== 2) {
		await options.controller.flush();
	}

	return code;
}
