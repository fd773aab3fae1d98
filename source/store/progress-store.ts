import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {Low, Memory} from 'lowdb';
import {emptyProgress, type ProgressData} from '../domain/progress/records.js';
import {acquireLock, LockTimeoutError, type LockOptions} from './file-lock.js';
import {ProgressFile, ProgressStoreError, type FileContents} from './progress-file.js';
import type {ProgressLocation} from './progress-location.js';
import {foreignFileMessage, newerFileMessage} from './progress-messages.js';

export {ProgressStoreError} from './progress-file.js';

/**
 * The progress store. Every change is a read-modify-write under the cross-process lock: read the
 * file as it is now, apply a pure change that adds or replaces records by id, write it atomically.
 * So two mfadesk processes on one file lose nothing, and a killed process leaves either the old or
 * the new file. Within one process, calls run one after another in call order.
 */
export type ProgressStore = {
	readonly location: ProgressLocation;
	/** What the file holds now (no lock needed: writes replace the file atomically). */
	readonly read: () => Promise<ProgressData>;
	/** Applies a pure change under the lock and returns the data written. A change returning its input writes nothing. */
	readonly update: (change: (data: ProgressData) => ProgressData) => Promise<ProgressData>;
};

/** How a store reports and waits. */
export type ProgressStoreOptions = {
	/** Receives sentences for the user: a corrupt file kept aside, a file upgraded. */
	readonly onNotice?: (message: string) => void;
	readonly lock?: LockOptions;
	/** The wall clock (for the name of a file kept aside). */
	readonly now?: () => Date;
};

type FileLocation = Extract<ProgressLocation, {kind: 'file'}>;

function serialiser(): <T>(task: () => Promise<T>) => Promise<T> {
	let tail: Promise<unknown> = Promise.resolve();
	return async <T>(task: () => Promise<T>): Promise<T> => {
		const run = tail.then(task, task);
		tail = run.catch(() => undefined);
		return run;
	};
}

function codeOf(error: unknown): string | undefined {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' ? code : undefined;
}

/** An in-memory store (`--no-save`): same behaviour, nothing touches the disk. */
export function openMemoryStore(): ProgressStore {
	const db = new Low<ProgressData>(new Memory<ProgressData>(), emptyProgress());
	const serialise = serialiser();
	return {
		location: {kind: 'memory'},
		read: async () => serialise(async () => db.data),
		update: async (change) =>
			serialise(async () => {
				db.data = change(db.data);
				await db.write();
				return db.data;
			}),
	};
}

/**
 * A file the user named (`--db`, `MFADESK_DB`) that plainly is no progress file: most likely a typo for
 * another path, so it is refused and left alone rather than renamed under them.
 */
function refusedForeign(location: FileLocation, contents: FileContents): ProgressStoreError | undefined {
	return contents.kind === 'foreign' && location.chosenWith !== undefined ? new ProgressStoreError(foreignFileMessage(location.path, location.chosenWith, contents.reason)) : undefined;
}

function openFileStore(location: FileLocation, options: ProgressStoreOptions): ProgressStore {
	const file = location.path;
	const progressFile = new ProgressFile(file);
	const serialise = serialiser();
	const notify = options.onNotice ?? (() => undefined);
	const now = options.now ?? (() => new Date());

	/**
	 * The data to build on. An invalid file is kept aside here, which callers only let happen under the
	 * lock, where no other process can race us (or move a file another process just wrote).
	 */
	const settle = async (contents: FileContents): Promise<{data: ProgressData; migratedFrom?: number}> => {
		const refusal = refusedForeign(location, contents);
		if (refusal) {
			throw refusal;
		}

		switch (contents.kind) {
			case 'ok': {
				return contents;
			}

			case 'absent': {
				return {data: emptyProgress()};
			}

			case 'newer': {
				throw new ProgressStoreError(newerFileMessage(file, contents.version));
			}

			case 'invalid':
			case 'foreign': {
				const aside = await progressFile.keepAside(now());
				notify(`The progress file ${file} could not be used (${contents.reason}). It was kept as ${aside}; mfadesk goes on with a new, empty progress file.`);
				return {data: emptyProgress()};
			}
		}
	};

	const withLock = async <T>(task: (isHeld: () => Promise<boolean>) => Promise<T>): Promise<T> => {
		try {
			await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
			const lock = await acquireLock(file, options.lock);
			try {
				return await task(lock.isHeld);
			} finally {
				await lock.release();
			}
		} catch (error: unknown) {
			if (error instanceof ProgressStoreError) {
				throw error;
			}

			if (error instanceof LockTimeoutError) {
				throw new ProgressStoreError(`The progress file ${file} is busy: ${error.holder} holds its lock (${error.lockPath}). Try again; if no mfadesk is running, delete the lock file.`, {cause: error});
			}

			if (codeOf(error) === undefined) {
				throw error; // Not a file-system error: a bug, not the user's problem to solve.
			}

			throw new ProgressStoreError(`Cannot write the progress file ${file} (${codeOf(error)}). Use --db <file> for another location, or --no-save.`, {cause: error});
		}
	};

	return {
		location,
		read: async () =>
			serialise(async () => {
				const contents = await progressFile.read();
				const refusal = refusedForeign(location, contents);
				if (refusal) {
					throw refusal; // Before the lock: not even a lock file appears next to it.
				}

				// Invalid: take the lock, look again, and keep the file aside if it is still invalid.
				const unusable = contents.kind === 'invalid' || contents.kind === 'foreign';
				const settled = unusable ? await withLock(async () => settle(await progressFile.read())) : await settle(contents);
				return settled.data;
			}),
		update: async (change) =>
			serialise(async () => {
				for (let round = 0; round < 5; round++) {
					const written = await withLock(async (isHeld) => {
						const current = await settle(await progressFile.read());
						const next = change(current.data);
						if (next === current.data && current.migratedFrom === undefined) {
							return {data: next};
						}

						const backup = current.migratedFrom === undefined ? undefined : await progressFile.backUp(current.migratedFrom);
						if (!(await isHeld())) {
							return undefined; // Our lock was broken as stale: write nothing, start again.
						}

						await progressFile.write(next);
						if (backup !== undefined) {
							notify(`The progress file ${file} was upgraded from schema v${String(current.migratedFrom)}; the old file is kept as ${backup}.`);
						}

						return {data: next};
					});
					if (written) {
						return written.data;
					}
				}

				throw new ProgressStoreError(`The progress file ${file} kept being locked by other processes; the change was not saved. Try again.`);
			}),
	};
}

/**
 * Opens the store at a location and reads it once, so a corrupt file is kept aside (and the notice
 * given) at start-up. Throws ProgressStoreError with a sentence for the user when the file cannot be
 * read at all or was written by a newer mfadesk; callers may fall back to openMemoryStore().
 */
export async function openProgressStore(location: ProgressLocation, options: ProgressStoreOptions = {}): Promise<ProgressStore> {
	if (location.kind === 'memory') {
		return openMemoryStore();
	}

	const store = openFileStore(location, options);
	await store.read();
	return store;
}
