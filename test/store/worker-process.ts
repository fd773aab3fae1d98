import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {repositoryRoot} from './compile-store.js';

const workerScript = path.join(repositoryRoot, 'test', 'store', 'crash-worker.mjs');

/** A running crash-worker.mjs: the lines it printed so far, its first line, and its exit. */
export type WorkerProcess = {
	readonly child: ChildProcess;
	readonly lines: () => readonly string[];
	/** Resolves with the first complete line (`ready ...`), or undefined if it exits first. */
	readonly firstLine: Promise<string | undefined>;
	readonly exited: Promise<{readonly code: number | null; readonly signal: NodeJS.Signals | null}>;
	readonly stderr: () => string;
};

/** Starts the worker: `attempts` is a number or `forever`. */
export function startWorker(compiled: string, file: string, label: string, trainee: string, attempts: number | 'forever'): WorkerProcess {
	const child = spawn(process.execPath, [workerScript, compiled, file, label, trainee, String(attempts)], {stdio: ['ignore', 'pipe', 'pipe']});
	let text = '';
	let errors = '';
	let resolveFirst: (line: string | undefined) => void = () => undefined;
	const firstLine = new Promise<string | undefined>((resolve) => {
		resolveFirst = resolve;
	});
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		text += chunk;
		const end = text.indexOf('\n');
		if (end !== -1) {
			resolveFirst(text.slice(0, end));
		}
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		errors += chunk;
	});
	const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => {
		child.on('close', (code, signal) => {
			resolveFirst(undefined);
			resolve({code, signal});
		});
	});
	// Only complete lines: a line is printed with one write(2), after its save resolved.
	const lines = (): string[] => text.split('\n').slice(0, -1);
	return {child, lines, firstLine, exited, stderr: () => errors};
}

/** What the `saved <id> <turns> open|done` lines confirm: per attempt, the last confirmed save. */
export function confirmedSaves(lines: readonly string[]): Map<string, {readonly turns: number; readonly done: boolean}> {
	const saves = new Map<string, {turns: number; done: boolean}>();
	for (const line of lines) {
		const [word, id, turns, state] = line.split(' ');
		if (word === 'saved' && id !== undefined) {
			saves.set(id, {turns: Number(turns), done: state === 'done'});
		}
	}

	return saves;
}
