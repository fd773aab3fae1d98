import {performance} from 'node:perf_hooks';
import {runSection} from './bench-child.js';
import {formatCount, formatRatio, formatShare} from './bench-stats.js';
import {renderTable, verdictAtMost, verdictEquals, type BenchRow} from './bench-table.js';
import {firstFrameRows} from './first-frame-rows.js';
import type {KeystrokeResult} from './keystroke-section.js';
import type {SignInResult} from './sign-in-section.js';
import {startupRows} from './startup-rows.js';
import type {TenantLoadResult} from './tenant-load-section.js';
import type {TestPackResult} from './test-pack-section.js';

/** The 16 ms frame budget of a 60 Hz terminal (DESIGN section 7). */
const frameBudget = 16;

function progress(text: string): void {
	process.stderr.write(`bench: ${text}\n`);
}

async function keystrokeRows(): Promise<BenchRow[]> {
	// As the CLI runs: React's production build (cli.tsx sets NODE_ENV), colours on as in a terminal.
	const result = await runSection<KeystrokeResult>('keystroke-section.js', ['100'], {NODE_ENV: 'production', FORCE_COLOR: '3'});
	const budget = `${frameBudget} ms frame budget`;
	const {react, layout, output, total} = result.parts;
	return [
		{measure: 'keystroke → frame p50, 10,000-user Active users in the 120x40 workspace', baseline: budget, ratio: formatRatio(result.p50 / frameBudget), target: '—', verdict: 'info'},
		{
			measure: `  where a p50 keystroke goes: React ${formatShare(react / total)}, yoga layout ${formatShare(layout / total)}, Ink output ${formatShare(output / total)}`,
			baseline: 'p50 keystroke',
			ratio: `${react.toFixed(1)} + ${layout.toFixed(1)} + ${output.toFixed(1)} ms`,
			target: '—',
			verdict: 'info',
		},
		{measure: 'keystroke → frame p95, same', baseline: budget, ratio: formatRatio(result.p95 / frameBudget), target: '≤ 1.00x', verdict: verdictAtMost(result.p95 / frameBudget, 1)},
		{measure: 'keystroke → frame p95, same, held key (a key every 25 ms)', baseline: budget, ratio: formatRatio(result.heldP95 / frameBudget), target: '≤ 1.00x', verdict: verdictAtMost(result.heldP95 / frameBudget, 1)},
		{
			measure: `keystroke → frame p95, 10,000-user list${result.missed > 0 ? ` (${result.missed} keys drew no frame)` : ''}`,
			baseline: 'same, 100-user list',
			ratio: formatRatio(result.p95 / result.smallP95),
			target: '≤ 1.50x, virtualised (ours)',
			verdict: verdictAtMost(result.p95 / result.smallP95, 1.5),
		},
	];
}

async function signInRows(): Promise<BenchRow[]> {
	const result = await runSection<SignInResult>('sign-in-section.js', ['31']);
	return [
		{
			measure: `app-password sign-in, 40 app passwords (${result.appPasswordOutcome})`,
			baseline: 'same, 1 app password',
			ratio: formatRatio(result.appPasswordRatio),
			target: '≤ 1.20x',
			verdict: verdictAtMost(result.appPasswordRatio, 1.2),
		},
		{
			measure: 'argon2 verifications per app-password sign-in (40 or 1)',
			baseline: '—',
			ratio: formatCount(result.verificationsPerSignIn),
			target: '= 1',
			verdict: verdictEquals(result.verificationsPerSignIn, 1),
		},
		{
			measure: 'pure sign-in evaluation (push MFA), 100,000 users',
			baseline: 'same, 100 users',
			ratio: formatRatio(result.evaluationRatio),
			target: '≤ 1.50x',
			verdict: verdictAtMost(result.evaluationRatio, 1.5),
		},
	];
}

async function tenantLoadRows(): Promise<BenchRow[]> {
	const small = await runSection<TenantLoadResult>('tenant-load-section.js', ['10000', '4']);
	const large = await runSection<TenantLoadResult>('tenant-load-section.js', ['100000', '2']);
	const scaling = large.loadMilliseconds / small.loadMilliseconds;
	return [
		...[small, large].map((each) => ({
			measure: `load ${formatCount(each.users)} users: argon2 hashes + verifications`,
			baseline: '—',
			ratio: formatCount(each.argon2Operations),
			target: '0',
			verdict: verdictEquals(each.argon2Operations, 0),
		})),
		...[small, large].map((each) => ({
			measure: `load ${formatCount(each.users)} users: retained heap bytes per user`,
			baseline: '—',
			ratio: formatCount(each.heapBytesPerUser),
			target: '≤ 4,096 (ours)',
			verdict: verdictAtMost(each.heapBytesPerUser, 4096),
		})),
		{
			measure: 'load 100,000 users (time)',
			baseline: 'load 10,000 users',
			ratio: formatRatio(scaling),
			target: '≤ 12.00x, linear (ours)',
			verdict: verdictAtMost(scaling, 12),
		},
	];
}

async function testPackRows(): Promise<BenchRow[]> {
	const result = await runSection<TestPackResult>('test-pack-section.js');
	return [
		{
			measure: `\`mfadesk test\`, built-in pack, total (${result.cases} cases${result.passed ? '' : ', FAILURES'})`,
			baseline: 'one argon2id hash, OWASP cost',
			ratio: formatRatio(result.totalInHashes),
			target: '—',
			verdict: 'info',
		},
		{
			measure: `\`mfadesk test\`: share in argon2 (${formatCount(result.hashes)} hashes, ${formatCount(result.verifications)} verifications)`,
			baseline: 'its wall time',
			ratio: formatShare(result.argon2Share),
			target: '—',
			verdict: 'info',
		},
	];
}

const started = performance.now();
const rows: BenchRow[] = [];
const sections: ReadonlyArray<readonly [string, () => Promise<BenchRow[]>]> = [
	['first interactive frame (play vs Ink hello-world, 7 rounds)', async () => firstFrameRows(7)],
	['--version and list --json (15 rounds)', async () => startupRows(15)],
	['keystrokes in a 10,000-user list', keystrokeRows],
	['app-password sign-in and pure evaluation', signInRows],
	['loading 10,000 and 100,000-user tenants', tenantLoadRows],
	['mfadesk test over the built-in pack', testPackRows],
];
for (const [name, section] of sections) {
	progress(name);
	try {
		rows.push(...(await section()));
	} catch (error: unknown) {
		rows.push({measure: name, baseline: '—', ratio: 'n/a', target: '—', verdict: `NOT MEASURED: ${error instanceof Error ? error.message.split('\n')[0]! : String(error)}`});
	}
}

const withTargets = rows.filter((row) => row.verdict !== 'info');
const used = (performance.now() - started) / 180_000;
process.stdout.write(`${renderTable(rows)}\n\n${withTargets.filter((row) => row.verdict === 'meets').length} of ${withTargets.length} rows with a target meet it; the bench used ${formatShare(used)} of its 3-minute budget (build not included).\n`);
