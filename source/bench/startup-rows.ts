import {spawn} from 'node:child_process';
import path from 'node:path';
import {benchDirectory, benchEnvironment, packageRoot} from './bench-child.js';
import {formatRatio, interleave, median} from './bench-stats.js';
import {verdictAtMost, verdictEquals, type BenchRow} from './bench-table.js';
import {timeToExit} from './process-timing.js';

/**
 * Packages a light command must not load (DESIGN section 7), and the parsers `list` no longer needs; each
 * stands for its scope too (`otplib` for `@otplib/core`...).
 */
export const heavyPackages = ['ink', 'react', 'yoga-layout', 'argon2', 'otplib', 'zod', 'yaml'] as const;

const cli = path.join(packageRoot, 'distribution', 'cli.js');

/** The packages `node <args>` loads, imported from node_modules or bundled into a loaded chunk (trace-hook.ts). */
async function packagesLoaded(args: readonly string[]): Promise<Set<string>> {
	const child = spawn(process.execPath, ['--import', path.join(benchDirectory, 'trace-loads.js'), ...args], {cwd: packageRoot, env: benchEnvironment(), stdio: ['ignore', 'ignore', 'pipe']});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	await new Promise((resolve) => {
		child.on('close', resolve);
	});
	return new Set([...stderr.matchAll(/^TRACE (\S+)$/gm)].map((match) => match[1]!));
}

/**
 * `--version` and `list --json` against Node starting an ES module that imports meow (the flag parser every
 * command needs: "node -e 0 plus module load"), interleaved, medians of `rounds` runs; and which heavy
 * packages each loads.
 */
export async function startupRows(rounds: number): Promise<BenchRow[]> {
	const [bare, meow, version, list] = await interleave(rounds, [
		async () => timeToExit(['-e', '0']),
		async () => timeToExit([path.join(benchDirectory, 'meow-baseline.js')]),
		async () => timeToExit([cli, '--version']),
		async () => timeToExit([cli, 'list', '--json']),
	]);
	const base = median(meow!);
	const row = (name: string, samples: readonly number[]): BenchRow => {
		const ratio = median(samples) / base;
		return {
			measure: `\`mfadesk ${name}\`: start to exit`,
			baseline: `node + \`import 'meow'\` (${formatRatio(base / median(bare!))} of \`node -e 0\`)`,
			ratio: `${formatRatio(ratio)} (${formatRatio(median(samples) / median(bare!))} of \`node -e 0\`)`,
			target: '≤ 1.50x',
			verdict: verdictAtMost(ratio, 1.5),
		};
	};

	const loaded = [...(await packagesLoaded([cli, '--version'])), ...(await packagesLoaded([cli, 'list', '--json']))];
	const heavy = heavyPackages.filter((name) => loaded.some((each) => each === name || each.startsWith(`@${name}/`)));
	return [
		row('--version', version!),
		row('list --json', list!),
		{
			measure: 'heavy packages loaded by `--version`, `list --json`',
			baseline: heavyPackages.join(', '),
			ratio: heavy.length === 0 ? '0' : `${heavy.length} (${heavy.join(', ')})`,
			target: '0',
			verdict: verdictEquals(heavy.length, 0),
		},
	];
}
