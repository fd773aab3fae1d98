import path from 'node:path';
import envPaths from 'env-paths';

/**
 * Where progress lives: a file, or memory only (`--no-save`). `chosenWith` says how the user named the
 * file (absent for the default file in the data directory): a file they named that plainly is no progress
 * file was most likely typed by mistake, so it is refused rather than kept aside.
 */
export type ProgressLocation = {readonly kind: 'file'; readonly path: string; readonly chosenWith?: ProgressChoice} | {readonly kind: 'memory'};

/** How a progress file was named: the `--db` flag or the `MFADESK_DB` environment variable. */
export type ProgressChoice = '--db' | 'MFADESK_DB';

/** The file name inside the data directory. */
export const progressFileName = 'progress.json';

/** The default file: `progress.json` in the OS data directory of `mfadesk` (env-paths, no `-nodejs` suffix). */
export function defaultProgressPath(): string {
	return path.join(envPaths('mfadesk', {suffix: ''}).data, progressFileName);
}

/**
 * Picks the progress location: `--no-save` keeps everything in memory; otherwise `--db <file>`,
 * then the `MFADESK_DB` environment variable, then the default file. Relative paths are taken
 * from the current directory.
 */
export function resolveProgressLocation(options: {readonly db?: string | undefined; readonly save: boolean; readonly env: NodeJS.ProcessEnv}): ProgressLocation {
	if (!options.save) {
		return {kind: 'memory'};
	}

	const fromEnvironment = options.env['MFADESK_DB'];
	if (options.db !== undefined) {
		return {kind: 'file', path: path.resolve(options.db), chosenWith: '--db'};
	}

	return fromEnvironment === undefined || fromEnvironment === '' ? {kind: 'file', path: path.resolve(defaultProgressPath())} : {kind: 'file', path: path.resolve(fromEnvironment), chosenWith: 'MFADESK_DB'};
}
