import {spawnSync} from 'node:child_process';
import {renameSync} from 'node:fs';
import {mkdtemp, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises';
import {hostname, tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {upsertAttempt} from '../../source/domain/progress/progress-changes.js';
import {acquireLock, LockTimeoutError} from '../../source/store/file-lock.js';
import {openProgressStore} from '../../source/store/progress-store.js';

let temporary = '';
let counter = 0;

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-lock-'));
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

function target(): string {
	return path.join(temporary, `progress-${++counter}.json`);
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
	return Number(child.stdout);
}

async function plantLock(file: string, owner: {pid: number; host: string}, ageMs = 0): Promise<void> {
	await writeFile(`${file}.lock`, JSON.stringify({...owner, nonce: 'planted'}));
	if (ageMs > 0) {
		const then = new Date(Date.now() - ageMs);
		await utimes(`${file}.lock`, then, then);
	}
}

describe('cross-process lock file', () => {
	test('a lock held by a live process makes others wait, then fail with who holds it', async () => {
		const file = target();
		await plantLock(file, {pid: process.ppid, host: hostname()});
		const started = Date.now();
		const failure = await acquireLock(file, {timeoutMs: 150}).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(LockTimeoutError);
		expect((failure as Error).message).toBe(`could not lock ${file}.lock: mfadesk process ${process.ppid} on ${hostname()} has held it for longer than the wait allowed`);
		expect(Date.now() - started).toBeGreaterThanOrEqual(150);
	});

	test('the lock of a process that died (SIGKILL, power cut) is broken at once', async () => {
		const file = target();
		await plantLock(file, {pid: deadPid(), host: hostname()});
		const lock = await acquireLock(file, {timeoutMs: 50});
		expect(await lock.isHeld()).toBe(true);
		expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toMatchObject({pid: process.pid, host: hostname()});
		await lock.release();
		await expect(stat(`${file}.lock`)).rejects.toThrow(/ENOENT/);
	});

	test('a lock from another host is broken only when older than staleMs', async () => {
		const fresh = target();
		await plantLock(fresh, {pid: 1, host: 'other-machine'});
		await expect(acquireLock(fresh, {timeoutMs: 60, staleMs: 5000})).rejects.toThrow(LockTimeoutError);

		const old = target();
		await plantLock(old, {pid: 1, host: 'other-machine'}, 10_000);
		const lock = await acquireLock(old, {timeoutMs: 60, staleMs: 5000});
		await lock.release();
	});

	test('a lock file without a readable owner (killed between create and write) is broken after unreadableStaleMs', async () => {
		const file = target();
		await writeFile(`${file}.lock`, '');
		await expect(acquireLock(file, {timeoutMs: 60, unreadableStaleMs: 5000})).rejects.toThrow(LockTimeoutError);
		const then = new Date(Date.now() - 10_000);
		await utimes(`${file}.lock`, then, then);
		await (await acquireLock(file, {timeoutMs: 60, unreadableStaleMs: 5000})).release();
	});

	test('release leaves a lock alone once someone else holds it', async () => {
		const file = target();
		const lock = await acquireLock(file);
		await plantLock(file, {pid: process.ppid, host: hostname()});
		expect(await lock.isHeld()).toBe(false);
		await lock.release();
		expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toMatchObject({nonce: 'planted'});
	});

	test('waiters get the lock in turn', async () => {
		const file = target();
		let inside = 0;
		let most = 0;
		await Promise.all(
			Array.from({length: 8}, async () => {
				const lock = await acquireLock(file);
				inside++;
				most = Math.max(most, inside);
				await new Promise((resolve) => setTimeout(resolve, 3));
				inside--;
				await lock.release();
			}),
		);
		expect(most).toBe(1);
	});

	test('a store whose lock was broken under it writes nothing and starts the change again', async () => {
		const file = target();
		const store = await openProgressStore({kind: 'file', path: file});
		let calls = 0;
		const at = '2026-03-16T09:00:00.000Z';
		await store.update((data) => {
			calls++;
			if (calls === 1) {
				// Another process judged our lock stale and moved it away.
				renameSync(`${file}.lock`, `${file}.lock.moved`);
			}

			return upsertAttempt(data, {id: `a-${calls}`, trainee: 'Ana Ruiz', scenarioId: 'codes-wrong-number', scenarioHash: 'sha256:x', seed: '1', transcript: [], hintsRevealed: 0, elapsedMs: 0, startedAt: at, updatedAt: at, inProgress: true, redFlags: []});
		});
		expect(calls).toBe(2);
		expect((await store.read()).attempts.map((each) => each.id)).toEqual(['a-2']);
	});
});
