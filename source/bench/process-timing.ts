import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {stripVTControlCharacters} from 'node:util';
import {benchEnvironment, packageRoot} from './bench-child.js';

/** Milliseconds from spawning `node <args>` to its exit, with stdout read from a pipe as a script would. */
export async function timeToExit(args: readonly string[]): Promise<number> {
	const started = performance.now();
	const child = spawn(process.execPath, args, {cwd: packageRoot, env: benchEnvironment(), stdio: ['ignore', 'pipe', 'ignore']});
	child.stdout.resume();
	const code = await new Promise<number | null>((resolve) => {
		child.on('exit', resolve);
	});
	const elapsed = performance.now() - started;
	if (code !== 0) {
		throw new Error(`node ${args.join(' ')} exited ${code}`);
	}

	return elapsed;
}

function shellQuote(text: string): string {
	return `'${text.replaceAll("'", String.raw`'\''`)}'`;
}

/**
 * Milliseconds from spawning `node <args>` in a pseudo-terminal (util-linux `script`, 120x40) to the first
 * output containing `marker`, i.e. the first frame a person could act on. Then sends Ctrl+C and waits for the
 * process to end (killing it after 3 s). NaN when the marker never shows within `timeoutMs`.
 */
export async function timeToFrame(args: readonly string[], marker: string, timeoutMs = 15_000): Promise<number> {
	const command = `stty cols 120 rows 40; exec ${[process.execPath, ...args].map((each) => shellQuote(each)).join(' ')}`;
	const started = performance.now();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: packageRoot, env: benchEnvironment(), stdio: ['pipe', 'pipe', 'ignore']});
	child.stdin.on('error', () => undefined);
	let output = '';
	let frameAt = Number.NaN;
	const ended = new Promise<void>((resolve) => {
		child.on('exit', () => {
			resolve();
		});
	});
	const shown = new Promise<void>((resolve) => {
		child.stdout.on('data', (chunk: Buffer) => {
			if (!Number.isNaN(frameAt)) {
				return;
			}

			output += chunk.toString();
			if (stripVTControlCharacters(output).includes(marker)) {
				frameAt = performance.now() - started;
				resolve();
			}
		});
		child.on('exit', () => {
			resolve();
		});
	});
	const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
	await shown;
	child.stdin.write('\u0003');
	const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
	await ended;
	clearTimeout(timer);
	clearTimeout(killer);
	return frameAt;
}
