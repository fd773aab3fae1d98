import {openProgressReader, type ProgressReader} from './progress-reader.js';
import {openProgressStore, ProgressStoreError, type ProgressStore} from './progress-store.js';
import {resolveProgressLocation, type ProgressLocation} from './progress-location.js';

/** What a command needs to open the store: its flags, environment and message stream. */
export type CommandStoreOptions = {
	readonly db?: string | undefined;
	readonly save: boolean;
	readonly env: NodeJS.ProcessEnv;
	readonly stderr: {readonly write: (text: string) => unknown};
};

async function opened<T>(options: CommandStoreOptions, open: (location: ProgressLocation) => Promise<T>): Promise<T | undefined> {
	try {
		return await open(resolveProgressLocation(options));
	} catch (error: unknown) {
		if (error instanceof ProgressStoreError) {
			options.stderr.write(`mfadesk: ${error.message}\n`);
			return undefined;
		}

		throw error;
	}
}

/**
 * Opens the progress store for a CLI command that saves progress: `--no-save`, `--db`, `MFADESK_DB` or
 * the default file. Notices (a damaged file kept aside, an upgrade) go to stderr. When the store cannot
 * be used (a file from a newer mfadesk, a `--db` file that is no progress file) the sentence goes to
 * stderr and the result is undefined: the command exits 1.
 */
export async function openStoreForCommand(options: CommandStoreOptions): Promise<ProgressStore | undefined> {
	return opened(options, async (location) => openProgressStore(location, {onNotice: (message) => options.stderr.write(`mfadesk: ${message}\n`)}));
}

/**
 * Opens progress for a CLI command that only reads it (`report`, `session list`): the file is never
 * locked, written or moved. When it cannot be used the sentence (what is wrong and where) goes to
 * stderr and the result is undefined: the command exits 1.
 */
export async function openReaderForCommand(options: CommandStoreOptions): Promise<ProgressReader | undefined> {
	return opened(options, openProgressReader);
}
