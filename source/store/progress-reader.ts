import {emptyProgress, type ProgressData} from '../domain/progress/records.js';
import {ProgressFile, ProgressStoreError} from './progress-file.js';
import type {ProgressLocation} from './progress-location.js';
import {foreignFileMessage, newerFileMessage, unusableForReadingMessage} from './progress-messages.js';
import {openMemoryStore, type ProgressStore} from './progress-store.js';

/**
 * Progress for commands that only read it (`report`, `session list`): no lock, no migration written
 * back, and a file that cannot be used is never moved: it is named in a ProgressStoreError and left as
 * it is (the store of a command that saves keeps a damaged file aside instead).
 */
export type ProgressReader = Pick<ProgressStore, 'location' | 'read'>;

async function readOnly(progressFile: ProgressFile, location: Extract<ProgressLocation, {kind: 'file'}>): Promise<ProgressData> {
	const contents = await progressFile.read();
	switch (contents.kind) {
		case 'ok': {
			return contents.data;
		}

		case 'absent': {
			return emptyProgress();
		}

		case 'newer': {
			throw new ProgressStoreError(newerFileMessage(location.path, contents.version));
		}

		case 'invalid':
		case 'foreign': {
			const chosen = contents.kind === 'foreign' ? location.chosenWith : undefined;
			throw new ProgressStoreError(chosen === undefined ? unusableForReadingMessage(location.path, contents.reason) : foreignFileMessage(location.path, chosen, contents.reason));
		}
	}
}

/**
 * Opens progress for reading and reads it once, so a file that cannot be used is said at start-up.
 * Throws ProgressStoreError with a sentence for the user; the file is never written, moved or locked.
 */
export async function openProgressReader(location: ProgressLocation): Promise<ProgressReader> {
	if (location.kind === 'memory') {
		return openMemoryStore();
	}

	const progressFile = new ProgressFile(location.path);
	const reader: ProgressReader = {location, read: async () => readOnly(progressFile, location)};
	await reader.read();
	return reader;
}
