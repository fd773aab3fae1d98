import type {SimState} from '../../domain/state/sim-state.js';
import type {SessionIntent} from '../../services/session-service.js';
// The workspace's words for an action live with the UI that first needed them; they are pure (no Ink, no React).
import {describeIntent} from '../../services/describe-intent.js';
import type {Step} from '../schema/step-schema.js';
import {stepToIntent} from '../step-intent.js';
import type {PlayedIntent} from './action-matcher.js';
import {predicateStatement} from './predicate-statement.js';

/**
 * Steps as a trainer says them, in the words the workspace uses for the same action (palette, timeline, debrief):
 * `Set Priya Patel's authentication phone to +1 4255550123`, `Ask Priya Patel: Sign in on Browser`. The script form
 * (`admin set-phone-method user=priya ...`, describe-step.ts) stays in reports for authors.
 */

/** A played intent in words; `state` names its users, clients and methods (the state before the turn reads best). */
export function playedStepWords(intent: PlayedIntent, state: SimState): string {
	// A scripted intent has the session intent's shape without the facts services compute, which describing never reads.
	return describeIntent(intent as SessionIntent, state);
}

/** A script step in words: an action as the workspace says it, a `check:` as the state it checks. */
export function scriptStepWords(step: Step, state: SimState): string {
	const intent = stepToIntent(step, state);
	return intent.kind === 'check' ? `Check: ${predicateStatement(intent.goal, {state})}` : playedStepWords(intent, state);
}
