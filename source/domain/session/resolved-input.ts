import type {AdminCommand} from '../admin/admin-command.js';
import {applyAdminCommand} from '../admin/apply-admin-command.js';
import {reject, type Rejection} from '../common/rejection.js';
import {MINUTE} from '../common/time.js';
import {evaluateSignIn} from '../sign-in/evaluate-sign-in.js';
import type {SignInAttempt, SignInFacts} from '../sign-in/attempt.js';
import {advanceClock} from '../state/clock.js';
import type {Applied, DomainEvent} from '../state/events.js';
import type {EscalationTarget, SimState} from '../state/sim-state.js';
import {applyUserAction} from '../user/apply-user-action.js';
import type {UserAction} from '../user/user-action.js';

/**
 * One input to the simulation with every fact already computed (hashes, TOTP verdicts, seeded
 * values). Folding these over the initial state is pure, so undo, reset and replay are exact.
 * They may carry secrets (a temporary password, an app password) and so stay in memory:
 * transcripts persist the trainee's intents instead.
 */
export type ResolvedInput =
	| {readonly kind: 'admin'; readonly command: AdminCommand}
	| {readonly kind: 'user'; readonly action: Exclude<UserAction, {readonly type: 'sign-in'}>}
	| {readonly kind: 'sign-in'; readonly attempt: SignInAttempt; readonly facts: SignInFacts}
	| {readonly kind: 'wait'; readonly milliseconds: number}
	/** Hand the ticket to someone whose role may do what the trainee's may not (recorded, nothing else changes). */
	| {readonly kind: 'escalate'; readonly to: EscalationTarget; readonly reason: string};

/**
 * Simulated time each kind of input takes before it takes effect: clicking through the admin
 * center, phoning the user and waiting for them. Invented but plausible durations.
 */
export const inputDurations: Readonly<Record<ResolvedInput['kind'], number>> = {
	admin: 2 * MINUTE,
	user: 3 * MINUTE,
	'sign-in': MINUTE,
	wait: 0,
	escalate: 5 * MINUTE,
};

/** The result of one input: the new state and its events, plus the rejection if the domain refused it. */
export type InputResult = {
	readonly state: SimState;
	readonly events: readonly DomainEvent[];
	readonly rejection?: Rejection;
};

/** Applies one resolved input: the clock moves by the input's duration, then the domain acts at the new time. */
export function applyInput(state: SimState, input: ResolvedInput): InputResult {
	const duration = input.kind === 'wait' ? input.milliseconds : inputDurations[input.kind];
	const timed = advanceClock(state, duration);
	if (input.kind === 'wait') {
		return {state: timed.state, events: timed.events};
	}

	const result = dispatch(timed.state, input);
	if (!result.ok) {
		return {state: timed.state, events: timed.events, rejection: result};
	}

	return {state: result.state, events: [...timed.events, ...result.events]};
}

function dispatch(state: SimState, input: Exclude<ResolvedInput, {readonly kind: 'wait'}>) {
	switch (input.kind) {
		case 'admin': {
			return applyAdminCommand(state, input.command);
		}

		case 'user': {
			return applyUserAction(state, input.action);
		}

		case 'sign-in': {
			return evaluateSignIn(state, input.attempt, input.facts);
		}

		case 'escalate': {
			return escalate(state, input);
		}
	}
}

/** Records a handover (writing it up takes the input's duration); only an empty reason is refused. */
function escalate(state: SimState, input: Extract<ResolvedInput, {readonly kind: 'escalate'}>): Applied<SimState> | Rejection {
	const reason = input.reason.trim();
	if (reason === '') {
		return reject('input/invalid', 'An escalation needs a reason: say what you found and what the next line should do.');
	}

	const escalations = [...(state.escalations ?? []), {at: state.now, to: input.to, reason}];
	return {ok: true, state: {...state, escalations}, events: []};
}

/** Folds inputs over an initial state: the same inputs always give the same state. */
export function replayInputs(initial: SimState, inputs: readonly ResolvedInput[]): SimState {
	return inputs.reduce((state, input) => applyInput(state, input).state, initial);
}
