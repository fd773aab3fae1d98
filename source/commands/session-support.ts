import type {ProgressData} from '../domain/progress/records.js';
import {openReaderForCommand, openStoreForCommand} from '../store/command-store.js';
import type {ProgressReader} from '../store/progress-reader.js';
import {ProgressStoreError, type ProgressStore} from '../store/progress-store.js';
import {exitCodes, type CommandContext, type ExitCode} from './command.js';
import {usageOf} from './command-specs.js';
import {displayPath} from './command-support.js';

/** What `mfadesk session start`, `list` and `end` share: usage errors, the store, and how names and times print. */

/** Prints `mfadesk session: <problem>` with the usage lines and returns exit code 2. */
export function sessionUsageError(context: CommandContext, problem: string): ExitCode {
	context.stderr.write(`mfadesk session: ${problem}\n${usageOf('session')}\nRun mfadesk session --help for more.\n`);
	return exitCodes.usage;
}

async function guarded<T extends ProgressReader>(context: CommandContext, store: T | undefined, work: (store: T) => Promise<ExitCode>): Promise<ExitCode> {
	if (!store) {
		return exitCodes.failed;
	}

	try {
		return await work(store);
	} catch (error: unknown) {
		if (error instanceof ProgressStoreError) {
			context.stderr.write(`mfadesk: ${error.message}\n`);
			return exitCodes.failed;
		}

		throw error;
	}
}

/** Opens the store for a change, runs it, and turns a store problem into its sentence and exit 1. */
export async function withStore(context: CommandContext, work: (store: ProgressStore) => Promise<ExitCode>): Promise<ExitCode> {
	return guarded(context, await openStoreForCommand({db: context.flags.db, save: context.flags.save, env: context.env, stderr: context.stderr}), work);
}

/** Opens progress read-only (never locked, written or moved), runs a read, and turns a problem into its sentence and exit 1. */
export async function withReader(context: CommandContext, work: (reader: ProgressReader) => Promise<ExitCode>): Promise<ExitCode> {
	return guarded(context, await openReaderForCommand({db: context.flags.db, save: context.flags.save, env: context.env, stderr: context.stderr}), work);
}

/** Where a session command looked, for sentences: `in progress.json`, or that `--no-save` reads nothing. */
export function whereOf(reader: ProgressReader): string {
	return reader.location.kind === 'file' ? `in ${displayPath(reader.location.path)}` : '(--no-save: no progress file is read)';
}

/** Applies a decision to the store: `decide` sees the data under the lock and returns the data to write and its result. */
export async function decideAndWrite<T>(store: ProgressStore, decide: (data: ProgressData) => {readonly data: ProgressData; readonly outcome: T}): Promise<T> {
	let outcome: T | undefined;
	await store.update((data) => {
		const decided = decide(data);
		outcome = decided.outcome;
		return decided.data;
	});
	return outcome!;
}

/** Quotes an argument for a POSIX shell or PowerShell when it needs it (names hold no quotes, `$` or backslashes). */
export function shellArgument(text: string): string {
	return /^[\w.,:/-]+$/.test(text) ? text : `"${text}"`;
}

/** A wall time as sessions show it: `2026-03-16 09:00 UTC`. */
export function shortTime(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
