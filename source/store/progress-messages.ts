import path from 'node:path';
import type {ProgressChoice} from './progress-location.js';

/** The sentences the store says about a progress file it will not use, shared by the store and the reader. */

/** A file the user named that plainly is no progress file: refused and left as it is. */
export function foreignFileMessage(file: string, chosenWith: ProgressChoice, reason: string): string {
	const check = chosenWith === '--db' ? 'Check the --db path: it takes' : 'Check MFADESK_DB: it names';
	return `The file ${file} given with ${chosenWith} is not an mfadesk progress file (${reason}); it was left as it is. ${check} an mfadesk progress file, or a new file name to start one.`;
}

/** A damaged progress file that a read-only command will not move. */
export function unusableForReadingMessage(file: string, reason: string): string {
	return `The progress file ${file} could not be used (${reason}). It was only read and is left as it is; the next mfadesk command that saves progress keeps it aside as ${path.basename(file)}.corrupt-<time> and starts a new one.`;
}

/** A file from a newer mfadesk: valid for it, so it is never touched. */
export function newerFileMessage(file: string, version: number): string {
	return `The progress file ${file} was written by a newer mfadesk (schema v${version}); this version leaves it untouched. Update mfadesk, or use --db <file> or --no-save.`;
}
