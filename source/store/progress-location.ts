import path from 'node:path';
import envPaths from 'env-paths';

/** Where progress lives: a file, or memory only (`--no-save`). */
export type ProgressLocation = {readonly kind: 'file'; readonly path: string} | {readonly kind: 'memory'};

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
	const chosen = options.db ?? (fromEnvironment === undefined || fromEnvironment === '' ? undefined : fromEnvironment);
	return {kind: 'file', path: path.resolve(chosen ?? defaultProgressPath())};
}
