import {spawn} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const marker = 'BENCH-RESULT ';

/** The directory of the compiled benchmark (distribution/bench). */
export const benchDirectory = path.dirname(fileURLToPath(import.meta.url));

/** The package root (the parent of distribution/). */
export const packageRoot = path.resolve(benchDirectory, '..', '..');

/**
 * The environment children run in: `CI` off so Ink draws every frame (with CI set it draws only the last one),
 * colour off so frames compare as text.
 */
export function benchEnvironment(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, CI: 'false', FORCE_COLOR: '0', TERM: 'xterm-256color'};
	for (const key of Object.keys(env)) {
		if (key.startsWith('CI_') || key === 'CONTINUOUS_INTEGRATION') {
			delete env[key];
		}
	}

	return env;
}

/** Prints a child's result for the parent to read (one line of JSON). */
export function reportResult(value: unknown): void {
	process.stdout.write(`${marker}${JSON.stringify(value)}\n`);
}

/** Runs one compiled benchmark section in a fresh Node process (with --expose-gc) and returns what it reported. */
export async function runSection<T>(file: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<T> {
	const child = spawn(process.execPath, ['--expose-gc', path.join(benchDirectory, file), ...args], {cwd: packageRoot, env: {...benchEnvironment(), ...env}, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const code = await new Promise<number | null>((resolve) => {
		child.on('close', resolve);
	});
	const line = stdout.split('\n').find((each) => each.startsWith(marker));
	if (line === undefined) {
		throw new Error(`${file} ${args.join(' ')} exited ${code} without a result:\n${stderr.slice(-2000)}`);
	}

	return JSON.parse(line.slice(marker.length)) as T;
}
