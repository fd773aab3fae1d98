/**
 * Model-based property suite, registered by model-property-*.test.ts (one part per file, so the parts run
 * in parallel): random sequences of admin commands, "ask the user to ..." actions,
 * sign-ins with every client kind (some with a code typed in real-time play) and clock moves, over
 * generated tenants (per-user states, methods, phones and desk phones, clients, settings, security
 * defaults, eras either side of 1 Oct 2022, actor roles), played through the session service with
 * fake ports. Invariants (a) to (e) are checked after every step; see play-sequence.ts.
 *
 * Size: MFADESK_PROPERTY_RUNS sequences in all (default 1000, shared out over the parts) of
 * MFADESK_PROPERTY_STEPS steps (default 50); MFADESK_PROPERTY_SEED replays a run (part n uses seed + n).
 * The counts are printed so the CI log shows them; a sign-in path tagged `[typed code]` had a code typed
 * in real-time play, `[desk phone]` a verification call that rang the person's desk phone.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {SessionIntent} from '../../source/services/session-service.js';
import {intentsArb, worldDraftArb, type WorldDraft} from '../helpers/action-arbitraries.js';
import {emptyStats, playSequence} from './play-sequence.js';

const totalRuns = Number(process.env['MFADESK_PROPERTY_RUNS'] ?? 1000);
const steps = Number(process.env['MFADESK_PROPERTY_STEPS'] ?? 50);
const baseSeed = Number(process.env['MFADESK_PROPERTY_SEED'] ?? Math.floor(Math.random() * 2 ** 30));

function top(map: ReadonlyMap<string, number>, limit = 40): string {
	return [...map]
		.sort(([, a], [, b]) => b - a)
		.slice(0, limit)
		.map(([key, count]) => `${key}: ${count}`)
		.join('; ');
}

/** Registers part `part` (1-based) of `parts`: its share of the sequences, with its own seed. */
export function describeModelProperty(part: number, parts: number): void {
	const runs = Math.floor(totalRuns / parts) + (part <= totalRuns % parts ? 1 : 0);
	const seed = baseSeed + part;
	describe(`model invariants under random play (property, part ${part} of ${parts})`, () => {
		it(`${runs} sequences of ${steps} steps keep invariants (a)-(e)`, {timeout: 600_000}, async () => {
			const stats = emptyStats();
			let sequences = 0;
			const started = performance.now();
			try {
				await fc.assert(
					fc.asyncProperty(worldDraftArb, intentsArb(steps), fc.nat(), async (draft: WorldDraft, intents: readonly SessionIntent[], deps: number) => {
						// Given a generated tenant and world, when the trainee plays the sequence, then every invariant holds at every step
						sequences++;
						await playSequence(draft, intents, `hardening-${deps}`, stats);
					}),
					{numRuns: runs, seed},
				);
			} finally {
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				console.info(
					[
						`model-property part ${part}/${parts}: ${sequences} sequences x ${steps} steps = ${stats.steps} steps played in ${seconds} s (seed ${seed}; MFADESK_PROPERTY_RUNS=${totalRuns}, MFADESK_PROPERTY_STEPS=${steps}, MFADESK_PROPERTY_SEED=${baseSeed})`,
						`  sign-ins ${stats.signIns} (successes ${stats.successes}), refusals ${stats.rejections} as Rejection values with ${stats.codes.size} distinct codes, 0 throws`,
						`  invariants held at every step: (a) no success without the required factor, (b) no secret on the tenant side / in logs, events, refusals or the progress record, (c) replay (inputs and transcript) deterministic, (d) undo exact, (e) refusals are values`,
						`  sign-in paths: ${top(stats.paths, 100)}`,
						`  refusal codes: ${top(stats.codes)}`,
						`  intents: ${top(stats.intents, 60)}`,
					].join('\n'),
				);
			}

			expect(stats.steps).toBe(runs * steps);
		});
	});
}
