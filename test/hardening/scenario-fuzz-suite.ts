/**
 * Scenario-file fuzzing, registered by scenario-fuzz-*.test.ts and tenant-fuzz.test.ts (one part per file,
 * so the parts run in parallel). Mutations (scenario-mutations.ts) of every built-in scenario go through
 * `parseScenarioText` with the built-in fixtures, and mutations of the tenant fixtures through
 * `parseTenantFixtureText`. Each must come back as a value, either ok or issues with file, line, column,
 * path and message: never a throw, never a hang (each parse is timed), nothing printed to stderr, and no
 * change to a built-in prototype. A scenario that still loads must also run: its first reference
 * solution is played through the engine without a throw.
 *
 * Size: MFADESK_FUZZ_RUNS scenario mutations in all (default 10,000, shared out over the scenario parts)
 * plus MFADESK_TENANT_FUZZ_RUNS tenant-fixture mutations (default 150); MFADESK_FUZZ_SEED replays a run
 * (part n uses seed + n). The counts are printed.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {hangBoundMs, parseChecked, runLoaded, seedFiles, type FileKind} from './loader-checks.js';
import {applyCase, mutationCaseArb, type MutationCase} from './scenario-mutations.js';

const scenarioRuns = Number(process.env['MFADESK_FUZZ_RUNS'] ?? 10_000);
const tenantRuns = Number(process.env['MFADESK_TENANT_FUZZ_RUNS'] ?? 150);
const baseSeed = Number(process.env['MFADESK_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 30));

type Counts = {tried: number; ok: number; refused: number; ran: number; slowest: number; totalMs: number; readonly firstIssues: Map<string, number>};

/** Registers one fuzz part: `kind` files, part `part` (1-based) of `parts`. */
export function describeFuzz(kind: FileKind, part: number, parts: number): void {
	const total = kind === 'scenario' ? scenarioRuns : tenantRuns;
	const runs = Math.floor(total / parts) + (part <= total % parts ? 1 : 0);
	const seed = baseSeed + (kind === 'scenario' ? part : 100 + part);
	// The large tenant costs ten times the small one to load: it is one seed in five.
	const files = seedFiles().filter((each) => each.kind === kind);
	const seeds = kind === 'tenant' ? files.flatMap((each) => (each.text.length > 30_000 ? [each] : [each, each, each, each])) : files;
	const label = kind === 'scenario' ? 'scenario-fuzz' : 'tenant-fuzz';
	describe(`${kind} loader under fuzzed files (property, part ${part} of ${parts})`, () => {
		it(`${runs} mutations of the ${files.length} built-in ${kind} files give only ok or located issues`, {timeout: 600_000}, async () => {
			const counts: Counts = {tried: 0, ok: 0, refused: 0, ran: 0, slowest: 0, totalMs: 0, firstIssues: new Map()};
			const started = performance.now();
			try {
				await fc.assert(
					fc.asyncProperty(mutationCaseArb(seeds.length), async (mutation: MutationCase) => {
						// Given a mutated built-in file, when it is loaded, then it is a value, located, in time and harmless
						const source = seeds[mutation.seed]!;
						const {text, fileName} = applyCase(source.text, source.name, mutation);
						counts.tried++;
						const outcome = parseChecked(text, fileName, kind);
						if (outcome.kind === 'broken') {
							throw new Error(`${fileName}: ${outcome.why}`);
						}

						counts.slowest = Math.max(counts.slowest, outcome.ms);
						counts.totalMs += outcome.ms;
						if (outcome.kind === 'issues') {
							counts.refused++;
							const first = outcome.issues[0]!.message.replaceAll(/"[^"]*"|\d+/g, '…').slice(0, 60);
							counts.firstIssues.set(first, (counts.firstIssues.get(first) ?? 0) + 1);
							return;
						}

						counts.ok++;
						if (outcome.result !== undefined) {
							// And a scenario that loads runs its first reference solution without a throw
							const broken = await runLoaded(outcome.result, counts.tried);
							if (broken !== undefined) {
								throw new Error(`${fileName}: ${broken}`);
							}

							counts.ran++;
						}
					}),
					{numRuns: runs, seed},
				);
			} finally {
				const common = [...counts.firstIssues].sort(([, a], [, b]) => b - a).slice(0, 12).map(([message, count]) => `${count}x ${message}`);
				console.info(
					[
						`${label} part ${part}/${parts}: ${counts.tried} mutations tried in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed}; MFADESK_FUZZ_SEED=${baseSeed})`,
						`  results: ${counts.ok} ok${kind === 'scenario' ? ` (${counts.ran} then ran their first solution without a throw)` : ''}, ${counts.refused} refused with located issues; 0 throws, 0 prototype changes, nothing printed to stderr`,
						`  parse time: slowest ${counts.slowest.toFixed(1)} ms, mean ${(counts.totalMs / Math.max(1, counts.tried)).toFixed(2)} ms (hang bound ${hangBoundMs} ms)`,
						`  most common first issues: ${common.join('; ')}`,
					].join('\n'),
				);
			}

			expect(counts.tried).toBeGreaterThanOrEqual(runs);
		});
	});
}
