import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {benchDirectory, packageRoot} from './bench-child.js';
import {formatRatio, interleave, median} from './bench-stats.js';
import {verdictAtMost, type BenchRow} from './bench-table.js';
import {timeToFrame} from './process-timing.js';

/** The scenario `play` opens, and the text of its first interactive frame (the ticket, "Press Enter to start"). */
export const playScenario = 'codes-wrong-number';
const playMarker = 'Press Enter to start';
const helloMarker = 'Hello from Ink';

/**
 * Time to the first interactive frame of `mfadesk play <id>` against a bare Ink hello-world, both started in a
 * pseudo-terminal (`script`, 120x40) and timed from spawn to the first output holding their marker text;
 * interleaved, medians of `rounds` runs. Progress goes to a temporary file (`--db`).
 */
export async function firstFrameRows(rounds: number): Promise<BenchRow[]> {
	const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-bench-'));
	try {
		const db = path.join(directory, 'progress.json');
		const cli = path.join(packageRoot, 'distribution', 'cli.js');
		const [hello, play] = await interleave(rounds, [
			async () => timeToFrame([path.join(benchDirectory, 'hello-ink.js')], helloMarker),
			async () => timeToFrame([cli, 'play', playScenario, '--db', db], playMarker),
		]);
		const shown = play!.filter((each) => !Number.isNaN(each));
		const ratio = shown.length === 0 ? Number.NaN : median(shown) / median(hello!);
		return [
			{
				measure: `\`mfadesk play ${playScenario}\`: first interactive frame`,
				baseline: 'Ink hello-world: first frame',
				ratio: formatRatio(ratio),
				target: '≤ 1.50x',
				verdict: verdictAtMost(ratio, 1.5),
			},
		];
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
