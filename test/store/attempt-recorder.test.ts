import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {findResumable, scenarioStatusFor} from '../../source/domain/progress/attempt-life.js';
import {beginAttempt, resumeAttempt} from '../../source/store/attempt-recorder.js';
import {scenarioContentHash} from '../../source/store/content-hash.js';
import {openProgressStore} from '../../source/store/progress-store.js';

let temporary = '';

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-recorder-'));
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

/** A wall clock the test moves by hand. */
function manualClock(start: string): {now: () => Date; advance: (ms: number) => void} {
	let current = Date.parse(start);
	return {now: () => new Date(current), advance: (ms) => (current += ms)};
}

const setPhone = {kind: 'admin', intent: {type: 'set-phone-method', userId: 'priya', slot: 'authentication', number: '+1 4255550123'}};
const signIn = {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}};
const start = {trainee: 'Ana Ruiz', cohort: 'Helpdesk March', scenarioId: 'codes-wrong-number', scenarioHash: scenarioContentHash('id: codes-wrong-number\n'), seed: '4711'};

describe('attempt recorder', () => {
	test('every turn is on disk when its promise settles; quitting and reopening resumes where the trainee was', async () => {
		const file = path.join(temporary, 'resume', 'progress.json');
		const clock = manualClock('2026-03-16T09:00:00.000Z');
		const store = await openProgressStore({kind: 'file', path: file});
		const recorder = await beginAttempt(store, start, {now: clock.now, newId: () => 'a-1'});
		const onDisk = async () => (JSON.parse(await readFile(file, 'utf8')) as {attempts: Array<{transcript: unknown[]; hintsRevealed: number}>}).attempts[0]!;
		expect((await onDisk()).transcript).toEqual([]);

		clock.advance(60_000);
		await recorder.turn(signIn, 1_710_234_090_000);
		expect((await onDisk()).transcript).toEqual([{intent: signIn, simulatedAt: 1_710_234_090_000, wallAt: '2026-03-16T09:01:00.000Z'}]);
		clock.advance(30_000);
		await recorder.hints(1);
		expect((await onDisk()).hintsRevealed).toBe(1);

		// The trainee quits (or presses Ctrl+C, or the process is killed): nothing more is saved.
		const reopened = await openProgressStore({kind: 'file', path: file});
		const open = findResumable(await reopened.read(), 'ana ruiz', 'codes-wrong-number');
		expect(open).toMatchObject({id: 'a-1', inProgress: true, hintsRevealed: 1, elapsedMs: 90_000, seed: '4711', cohort: 'Helpdesk March'});
		expect(open?.transcript.map((entry) => entry.intent)).toEqual([signIn]);

		// Next day: the time in between is not playing time.
		clock.advance(24 * 3_600_000);
		const resumed = resumeAttempt(reopened, open!, {now: clock.now});
		clock.advance(45_000);
		await resumed.turn(setPhone, 1_710_234_180_000);
		clock.advance(20_000);
		await resumed.turn(signIn, 1_710_234_270_000);
		const finished = await resumed.finish({outcome: 'passed', score: {total: 90, max: 100, breakdown: [{item: 'goals met', points: 100}, {item: 'hints', points: -10}]}, redFlags: []});
		expect(finished).toMatchObject({inProgress: false, outcome: 'passed', elapsedMs: 90_000 + 65_000, finishedAt: '2026-03-17T09:02:35.000Z'});
		expect(finished.transcript).toHaveLength(3);
		expect(findResumable(await reopened.read(), 'Ana Ruiz', 'codes-wrong-number')).toBeUndefined();
		await expect(resumed.turn(signIn, 0)).rejects.toThrow('attempt a-1 is already passed');
		expect(() => resumeAttempt(reopened, finished)).toThrow('cannot be resumed');
	});

	test('undo and reset change the saved transcript so a replay gives the current session; idle gaps are capped', async () => {
		const clock = manualClock('2026-03-16T09:00:00.000Z');
		const store = await openProgressStore({kind: 'memory'});
		const recorder = await beginAttempt(store, start, {now: clock.now, idleCapMs: 60_000});
		await recorder.turn(signIn, 1);
		await recorder.turn(setPhone, 2);
		await recorder.undo();
		expect(recorder.current().transcript.map((entry) => entry.simulatedAt)).toEqual([1]);
		clock.advance(3_600_000); // an hour away from the keyboard counts as a minute
		await recorder.reset();
		expect(recorder.current()).toMatchObject({transcript: [], elapsedMs: 60_000});
		const abandoned = await recorder.abandon();
		expect(abandoned).toMatchObject({inProgress: false, outcome: 'abandoned'});
		expect((await store.read()).attempts).toEqual([abandoned]);
	});

	test('the picker sees done, best score and resumable per scenario for the current trainee', async () => {
		const store = await openProgressStore({kind: 'memory'});
		const ids = ['a-1', 'a-2', 'a-3'];
		const next = () => ids.shift()!;
		const pass = await beginAttempt(store, start, {newId: next});
		await pass.finish({outcome: 'passed', score: {total: 70, max: 100, breakdown: []}, redFlags: []});
		const fail = await beginAttempt(store, start, {newId: next});
		await fail.finish({outcome: 'failed', score: {total: 85, max: 100, breakdown: []}, redFlags: [{id: 'mfa-lowered', penalty: 40}]});
		await beginAttempt(store, {...start, scenarioId: 'codes-clock-drift'}, {newId: next});
		const statuses = scenarioStatusFor(await store.read(), 'ANA RUIZ');
		expect(Object.fromEntries(statuses)).toEqual({
			'codes-wrong-number': {attempts: 2, done: true, best: {total: 85, max: 100}, resumable: false},
			'codes-clock-drift': {attempts: 1, done: false, resumable: true},
		});
		expect(scenarioStatusFor(await store.read(), 'Ben Okafor').size).toBe(0);
	});

	test('the scenario content hash is a sha256 of the file text', () => {
		expect(scenarioContentHash('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});
});
