import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {loadProgress} from '../../source/domain/progress/migrations.js';
import type {ProgressData} from '../../source/domain/progress/records.js';
import {compileForChildProcess} from './compile-store.js';
import {confirmedSaves, startWorker} from './worker-process.js';

/*
 * Child processes run the real store code (transpiled once, see compile-store.ts) and print a line
 * after every save that resolved. Two lanes (one file each) run side by side to use both cores.
 */
const lanes = 2;
const killsPerLane = 52;

let temporary = '';
let compiled = '';

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-crash-'));
	compiled = path.join(temporary, 'compiled');
	await compileForChildProcess(compiled, ['store/progress-store.ts', 'store/attempt-recorder.ts', 'domain/progress/attempt-life.ts']);
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

async function exists(file: string): Promise<boolean> {
	return stat(file).then(
		(stats) => stats.size > 0,
		() => false,
	);
}

/** The file must parse and validate; undefined when it was never written. */
async function readValid(file: string): Promise<ProgressData | undefined> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		return undefined;
	}

	const loaded = loadProgress(JSON.parse(text));
	if (loaded.kind !== 'ok') {
		throw new Error(`${file} is not a valid progress file after a kill: ${JSON.stringify(loaded)}`);
	}

	return loaded.data;
}

type LaneResult = {kills: number; saves: number; attempts: number; finished: number; lost: number; resumed: number; killedHoldingLock: number; killedBeforeRename: number};

async function runLane(lane: number): Promise<LaneResult> {
	const file = path.join(temporary, `lane-${lane}`, 'progress.json');
	const confirmed = new Map<string, {turns: number; done: boolean}>();
	const result: LaneResult = {kills: 0, saves: 0, attempts: 0, finished: 0, lost: 0, resumed: 0, killedHoldingLock: 0, killedBeforeRename: 0};
	for (let cycle = 0; cycle < killsPerLane; cycle++) {
		const worker = startWorker(compiled, file, `lane${lane}-cycle${cycle}`, 'Crash Test', 'forever');
		if (cycle % 8 === 7) {
			// Now and then, kill during start-up (opening and reading the store).
			await sleep(Math.random() * 150);
		} else {
			const first = await worker.firstLine;
			if (first?.startsWith('ready resuming')) {
				result.resumed++;
			}

			await sleep(Math.random() * 60);
		}

		worker.child.kill('SIGKILL');
		const {signal} = await worker.exited;
		expect(signal, worker.stderr()).toBe('SIGKILL');
		result.kills++;
		const lines = worker.lines();
		result.saves += lines.filter((line) => line.startsWith('saved')).length;
		for (const [id, save] of confirmedSaves(lines)) {
			confirmed.set(id, save);
		}

		result.killedHoldingLock += (await exists(`${file}.lock`)) ? 1 : 0;
		result.killedBeforeRename += (await exists(path.join(path.dirname(file), '.progress.json.tmp'))) ? 1 : 0;
		const data = await readValid(file);
		for (const [id, save] of confirmed) {
			const stored = data?.attempts.find((each) => each.id === id);
			const intact = stored !== undefined && stored.transcript.length >= save.turns && (!save.done || !stored.inProgress);
			result.lost += intact ? 0 : 1;
		}
	}

	// After all that, a normal run still gets the lock, resumes the open attempt and finishes.
	const last = startWorker(compiled, file, `lane${lane}-final`, 'Crash Test', 1);
	const {code} = await last.exited;
	expect(code, last.stderr()).toBe(0);
	const data = await readValid(file);
	result.attempts = data?.attempts.length ?? 0;
	result.finished = data?.attempts.filter((each) => !each.inProgress).length ?? 0;
	expect(data?.attempts.filter((each) => each.inProgress)).toEqual([]);
	return result;
}

describe('the progress file survives killed processes', () => {
	test(`SIGKILL at random moments (${lanes * killsPerLane} kills): the file always validates and keeps every completed save`, async () => {
		const started = Date.now();
		const results = await Promise.all(Array.from({length: lanes}, async (_, lane) => runLane(lane)));
		const total = (key: keyof LaneResult): number => results.reduce((sum, each) => sum + each[key], 0);
		console.info(
			`crash test: ${total('kills')} kills, ${total('saves')} confirmed saves, ${total('attempts')} attempts on disk (${total('finished')} finished), ` +
				`${total('resumed')} resumed after a kill, ${total('killedHoldingLock')} kills while holding the lock, ` +
				`${total('killedBeforeRename')} with a temp file left, ${total('lost')} lost, ${Date.now() - started} ms`,
		);
		expect(total('kills')).toBeGreaterThanOrEqual(100);
		expect(total('lost')).toBe(0);
		expect(total('saves')).toBeGreaterThan(total('kills'));
		expect(total('resumed')).toBeGreaterThan(0);
	}, 120_000);

	test('three processes writing at once lose no attempt', async () => {
		const file = path.join(temporary, 'shared', 'progress.json');
		const perProcess = 40;
		const started = Date.now();
		const workers = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei'].map((trainee, index) => startWorker(compiled, file, `writer${index}`, trainee, perProcess));
		const exits = await Promise.all(workers.map(async (worker) => worker.exited));
		expect(exits.map((each) => each.code)).toEqual([0, 0, 0]);
		const data = await readValid(file);
		const attempts = data?.attempts ?? [];
		expect(attempts).toHaveLength(3 * perProcess);
		expect(attempts.every((each) => each.outcome === 'passed' && each.transcript.length === 3)).toBe(true);
		for (const [index, worker] of workers.entries()) {
			const ids = [...confirmedSaves(worker.lines()).keys()];
			expect(ids).toHaveLength(perProcess);
			expect(ids.every((id) => attempts.some((each) => each.id === id))).toBe(true);
			expect(attempts.filter((each) => each.id.startsWith(`writer${index}-`))).toHaveLength(perProcess);
		}

		// The writers really ran at the same time: each one's attempts span a time the others' attempts also span.
		const spans = [0, 1, 2].map((index) => {
			const own = attempts.filter((each) => each.id.startsWith(`writer${index}-`));
			return {from: own.map((each) => each.startedAt).sort()[0]!, to: own.map((each) => each.finishedAt!).sort().at(-1)!};
		});
		for (const [index, span] of spans.entries()) {
			for (const other of spans.slice(index + 1)) {
				expect(span.from < other.to && other.from < span.to).toBe(true);
			}
		}

		const order = attempts.toSorted((left, right) => left.startedAt.localeCompare(right.startedAt)).map((each) => each.id.split('-')[0]);
		const switches = order.filter((writer, index) => index > 0 && writer !== order[index - 1]).length;
		console.info(`concurrency test: 3 processes x ${perProcess} attempts (${3 * perProcess * 5} saves), ${switches} writer switches, 0 lost, ${Date.now() - started} ms`);
	}, 60_000);
});
