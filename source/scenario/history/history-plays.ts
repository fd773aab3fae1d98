import type {RandomSource} from '../../domain/ports.js';
import {buildVariantState} from '../build-initial-state.js';
import type {PathMessage} from '../zod-messages.js';
import type {Scenario} from '../schema/scenario-schema.js';
import type {TenantFixture} from '../schema/tenant-fixture-schema.js';

/**
 * A fixed generator for the lint-time replay: whether the engine accepts a history event never depends on the
 * codes and secrets drawn, only on the state, so lint needs no seed.
 */
function fixedRandom(): RandomSource {
	let counter = 0;
	return {
		int: (max) => (counter++ % Math.max(1, max)),
		string: (alphabet, length) => Array.from({length}, () => alphabet[counter++ % alphabet.length]).join(''),
	};
}

/** Whether the scenario has anything to replay before the ticket. */
export function hasHistory(variant: Scenario): boolean {
	const patches = [...Object.values(variant.tenant.users ?? {}), ...(variant.tenant.addUsers ?? [])];
	return (variant.history ?? []).length > 0 || patches.some((user) => (user.recentTelephonyAttempts ?? []).length > 0);
}

/**
 * Plays one variant's history as play will, and reports each event the engine refused (an admin whose role may
 * not do it, an app password the tenant does not allow, ...): refused, it would silently change nothing.
 * Reported once per event, at the event.
 */
export function checkHistoryPlays(variant: Scenario, fixture: TenantFixture): PathMessage[] {
	const {refusals} = buildVariantState(variant, fixture, fixedRandom());
	const seen = new Set<string>();
	const problems: PathMessage[] = [];
	for (const {path, rejection} of refusals) {
		const key = path.join('\u0000');
		if (!seen.has(key)) {
			seen.add(key);
			problems.push({path, message: `the engine refuses this event (${rejection.code}): ${rejection.message}`});
		}
	}

	return problems;
}
