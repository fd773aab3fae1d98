import {openProgressStore, ProgressStoreError, type ProgressStore} from './progress-store.js';
import {resolveProgressLocation} from './progress-location.js';

/** What a command needs to open the store: its flags, environment and message stream. */
export type CommandStoreOptions = {
	readonly db?: string | undefined;
	readonly save: boolean;
	readonly env: NodeJS.ProcessEnv;
	readonly stderr: {readonly write: (text: string) => unknown};
};

/**
 * Opens the progress store for a CLI command: `--no-save`, `--db`, `MFADESK_DB` or the default file.
 * Notices (a corrupt file kept aside, an upgrade) go to stderr. When the store cannot be used the
 * sentence goes to stderr and the result is undefined: the command exits 1.
 */
export async function openStoreForCommand(options: CommandStoreOptions): Promise<ProgressStore | undefined> {
	const location = resolveProgressLocation(options);
	try {
		return await openProgressStore(location, {onNotice: (message) => options.stderr.write(`mfadesk: ${message}\n`)});
	} catch (error: unknown) {
		if (error instanceof ProgressStoreError) {
			options.stderr.write(`mfadesk: ${error.message}\n`);
			return undefined;
		}

		throw error;
	}
}
