import type {SimState} from '../../domain/state/sim-state.js';
import {upgradeOutlook} from '../../domain/user/clients.js';
import type {Step} from '../schema/step-schema.js';
import {stepToIntent} from '../step-intent.js';

/**
 * The state to name each step of a script with, when the script is described without being played (the reference
 * solution in a report or the debrief). The start state names everything, except what an earlier step renamed: after
 * `upgrade-outlook` the client is the new Outlook ("Outlook 2010 on reception PC" becomes "Outlook for Microsoft 365
 * on reception PC"), so the sign-in after it must say so. Only renames are carried forward; nothing else of a step
 * is applied, since its facts (seeds, hashes) are not drawn here. Pure.
 */
export function namingStates(steps: readonly Step[], initial: SimState): readonly SimState[] {
	const states: SimState[] = [];
	let current = initial;
	for (const step of steps) {
		states.push(current);
		const intent = stepToIntent(step, current);
		if (intent.kind === 'user' && intent.intent.type === 'upgrade-outlook') {
			const upgraded = upgradeOutlook(current, intent.intent);
			current = upgraded.ok ? upgraded.state : current;
		}
	}

	return states;
}
