/**
 * Runs the model property over a planted bug until an invariant catches it: the proof that the
 * invariants bite. Each planted-*.test.ts file mocks one domain module to break one rule.
 */
import fc from 'fast-check';
import type {SessionIntent} from '../../source/services/session-service.js';
import {intentsArb, worldDraftArb, type WorldDraft} from '../helpers/action-arbitraries.js';
import {emptyStats, playSequence} from './play-sequence.js';

/** The message of the first broken invariant within `runs` sequences of 30 steps, or undefined if none broke. */
export async function firstBrokenInvariant(runs = 300): Promise<string | undefined> {
	const details = await fc.check(
		fc.asyncProperty(worldDraftArb, intentsArb(30), fc.nat(), async (draft: WorldDraft, intents: readonly SessionIntent[], deps: number) => {
			await playSequence(draft, intents, `planted-${deps}`, emptyStats());
		}),
		{numRuns: runs, seed: 20_240_312, endOnFailure: true},
	);
	if (!details.failed) {
		return undefined;
	}

	const error = details.errorInstance;
	return error instanceof Error ? error.message : String(error);
}
