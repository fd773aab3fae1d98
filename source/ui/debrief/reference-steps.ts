import type {SimState} from '../../domain/state/sim-state.js';
import {predicateStatement} from '../../scenario/grading/predicate-statement.js';
import type {Step} from '../../scenario/schema/step-schema.js';
import {stepToIntent} from '../../scenario/step-intent.js';
import type {SessionIntent} from '../../services/session-service.js';
import {describeIntent} from '../../services/describe-intent.js';

/**
 * A reference-solution step in the words the workspace uses for the same action (the palette, the status line, the
 * timeline): `Set Priya Patel's authentication phone to +1 4255550123`, `Ask Fatima Khan: Remove the blocking app`.
 * A `check:` step reads as the state it checks. `state` names users, clients and methods (the attempt's start). Pure.
 */
export function referenceStepText(step: Step, state: SimState): string {
	const intent = stepToIntent(step, state);
	if (intent.kind === 'check') {
		return `Check: ${predicateStatement(intent.goal, {state})}`;
	}

	// A scripted intent has the session intent's shape without the facts services compute, which describing never reads.
	return describeIntent(intent as SessionIntent, state);
}
