import {randomUUID} from 'node:crypto';
import {link, open, readFile, rename, stat, unlink} from 'node:fs/promises';
import {hostname} from 'node:os';
import {setTimeout as sleep} from 'node:timers/promises';

/**
 * A cross-process lock on a file: `<file>.lock`, created with `open(..., 'wx')` (exclusive create,
 * atomic on local file systems) and holding `{pid, host, nonce}`.
 *
 * A lock is stale when its process is gone (same host, `kill(pid, 0)` says ESRCH), when it is older
 * than `staleMs` (another host, or a hung holder), or when it has no readable owner for longer than
 * `unreadableStaleMs` (a holder killed between create and write). A stale lock is broken by renaming
 * it to a unique name first: only one process can move a given lock file, and if what it moved is
 * not the lock it judged stale (someone took a fresh one meanwhile), it links it back. Holders call
 * `isHeld()` just before committing, so a lock broken under a live holder makes that holder retry
 * rather than write.
 */

/** How long to wait and when a lock counts as abandoned. */
export type LockOptions = {
	/** Give up after this long (default 10 s). */
	readonly timeoutMs?: number;
	/** A lock older than this is broken whatever its owner (default 30 s; a write takes milliseconds). */
	readonly staleMs?: number;
	/** A lock file with no readable owner is broken after this long (default 2 s). */
	readonly unreadableStaleMs?: number;
};

/** A lock this process holds. */
export type HeldLock = {
	/** True while the lock file is still ours (nobody broke it). */
	readonly isHeld: () => Promise<boolean>;
	/** Removes the lock file if it is still ours. */
	readonly release: () => Promise<void>;
};

type LockOwner = {readonly pid: number; readonly host: string; readonly nonce: string};

type ObservedLock = {readonly raw: string; readonly owner?: LockOwner; readonly ageMs: number};

/** Thrown when the lock could not be taken in time: says which process holds it. */
export class LockTimeoutError extends Error {
	readonly lockPath: string;
	readonly holder: string;

	constructor(lockPath: string, holder: string) {
		super(`could not lock ${lockPath}: ${holder} has held it for longer than the wait allowed`);
		this.name = 'LockTimeoutError';
		this.lockPath = lockPath;
		this.holder = holder;
	}
}

function codeOf(error: unknown): unknown {
	return (error as {code?: unknown} | undefined)?.code;
}

function parseOwner(raw: string): LockOwner | undefined {
	try {
		const value = JSON.parse(raw) as Partial<LockOwner>;
		return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.nonce === 'string' ? {pid: value.pid, host: value.host, nonce: value.nonce} : undefined;
	} catch {
		return undefined;
	}
}

async function observe(lockPath: string): Promise<ObservedLock | undefined> {
	try {
		const [raw, stats] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
		const owner = parseOwner(raw);
		return {raw, ageMs: Date.now() - stats.mtimeMs, ...(owner ? {owner} : {})};
	} catch (error: unknown) {
		if (codeOf(error) === 'ENOENT') {
			return undefined;
		}

		throw error;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error: unknown) {
		// EPERM: the process exists but belongs to someone else.
		return codeOf(error) === 'EPERM';
	}
}

function isStale(lock: ObservedLock, options: Required<LockOptions>): boolean {
	if (!lock.owner) {
		return lock.ageMs > options.unreadableStaleMs;
	}

	if (lock.owner.host === hostname() && lock.owner.pid !== process.pid && !isAlive(lock.owner.pid)) {
		return true;
	}

	return lock.ageMs > options.staleMs;
}

async function breakStale(lockPath: string, judged: string): Promise<void> {
	const aside = `${lockPath}.stale-${process.pid}-${randomUUID()}`;
	try {
		await rename(lockPath, aside);
	} catch (error: unknown) {
		if (codeOf(error) === 'ENOENT') {
			return; // Someone else broke it first.
		}

		throw error;
	}

	try {
		const moved = await readFile(aside, 'utf8').catch(() => judged);
		if (moved !== judged) {
			// We moved a lock taken after our judgement: give it back unless yet another one exists.
			await link(aside, lockPath).catch(() => undefined);
		}
	} finally {
		await unlink(aside).catch(() => undefined);
	}
}

function describeHolder(lock: ObservedLock | undefined): string {
	return lock?.owner ? `mfadesk process ${lock.owner.pid} on ${lock.owner.host}` : 'another process';
}

/** Takes the lock on `<target>.lock`, retrying with backoff (2 ms doubling to 50 ms, with jitter) until the timeout. */
export async function acquireLock(target: string, options: LockOptions = {}): Promise<HeldLock> {
	const settings: Required<LockOptions> = {timeoutMs: 10_000, staleMs: 30_000, unreadableStaleMs: 2000, ...options};
	const lockPath = `${target}.lock`;
	const content = JSON.stringify({pid: process.pid, host: hostname(), nonce: randomUUID()});
	const deadline = Date.now() + settings.timeoutMs;
	let delay = 2;
	for (;;) {
		try {
			const handle = await open(lockPath, 'wx', 0o600);
			try {
				await handle.writeFile(content, 'utf8');
			} catch (error: unknown) {
				await handle.close();
				await unlink(lockPath).catch(() => undefined);
				throw error;
			}

			await handle.close();
			const isHeld = async (): Promise<boolean> => (await readFile(lockPath, 'utf8').catch(() => '')) === content;
			return {
				isHeld,
				async release() {
					if (await isHeld()) {
						await unlink(lockPath).catch(() => undefined);
					}
				},
			};
		} catch (error: unknown) {
			if (codeOf(error) !== 'EEXIST') {
				throw error;
			}
		}

		const observed = await observe(lockPath);
		if (observed === undefined) {
			continue; // Released between our attempt and our look: try again at once.
		}

		if (isStale(observed, settings)) {
			await breakStale(lockPath, observed.raw);
			continue;
		}

		if (Date.now() >= deadline) {
			throw new LockTimeoutError(lockPath, describeHolder(observed));
		}

		await sleep(delay + Math.random() * delay);
		delay = Math.min(delay * 2, 50);
	}
}
