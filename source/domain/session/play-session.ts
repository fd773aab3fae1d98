import type {DomainEvent} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {Rejection} from '../common/rejection.js';
import {applyInput, type ResolvedInput} from './resolved-input.js';

/** One thing the trainee did: what they chose (intent), what it resolved to, and what happened. */
export type Turn<Intent> = {
	readonly intent: Intent;
	readonly input: ResolvedInput;
	readonly events: readonly DomainEvent[];
	readonly rejection?: Rejection;
	/** The state after this turn; kept so undo is O(1) and the debrief can show the timeline. */
	readonly state: SimState;
};

/** A play session: the initial state and the turns taken. The current state is a fold of the turns. */
export type PlaySession<Intent> = {
	readonly initial: SimState;
	readonly turns: readonly Turn<Intent>[];
	/** How many hints have been revealed (hints are revealed in order). */
	readonly hintsRevealed: number;
};

/** Starts a session at the scenario's initial state. */
export function startSession<Intent>(initial: SimState): PlaySession<Intent> {
	return {initial, turns: [], hintsRevealed: 0};
}

/** The state after the last turn. */
export function currentState<Intent>(session: PlaySession<Intent>): SimState {
	return session.turns.at(-1)?.state ?? session.initial;
}

/** Takes one turn; a refused input still costs its time and is kept in the timeline. */
export function takeTurn<Intent>(session: PlaySession<Intent>, intent: Intent, input: ResolvedInput): PlaySession<Intent> {
	const result = applyInput(currentState(session), input);
	const turn: Turn<Intent> = {intent, input, events: result.events, state: result.state, ...(result.rejection ? {rejection: result.rejection} : {})};
	return {...session, turns: [...session.turns, turn]};
}

/** Undoes the last turn exactly (hints stay revealed: their cost is not refunded). */
export function undoTurn<Intent>(session: PlaySession<Intent>): PlaySession<Intent> {
	return {...session, turns: session.turns.slice(0, -1)};
}

/** Back to the initial state (hints stay revealed). */
export function resetSession<Intent>(session: PlaySession<Intent>): PlaySession<Intent> {
	return {...session, turns: []};
}

/** Reveals the next hint. */
export function revealHint<Intent>(session: PlaySession<Intent>, hintCount: number): PlaySession<Intent> {
	return {...session, hintsRevealed: Math.min(hintCount, session.hintsRevealed + 1)};
}
