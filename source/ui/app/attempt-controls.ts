import {MINUTE} from '../../domain/common/time.js';
import type {GoalResult} from '../../scenario/grading/evaluate-goal.js';
import type {Session} from '../../services/session-service.js';
import type {AttemptEnd} from './attempt-result.js';
import type {Tone} from './display.js';

/** A hint as the scenario gives it: revealed in order, each costing points. */
export type AttemptHint = {readonly text: string; readonly cost: number};

/**
 * What the workspace adds while a scenario is played: costed hints, "check my fix", submit and
 * give up, and the simulated-time limit. The workspace only dispatches to these.
 */
export type AttemptControls = {
	readonly hints: readonly AttemptHint[];
	/** Simulated minutes, when the scenario (or the trainer) set a limit. */
	readonly timeLimit?: number | undefined;
	/** Runs the goal checks on the session as it is, without ending the attempt. */
	readonly onCheck: (session: Session) => Promise<GoalResult>;
	/** Ends the attempt with the session as it is (the root grades it and opens the debrief). */
	readonly onEnd: (end: AttemptEnd, session: Session) => void;
	/** A sentence for the status line (a resume, a save that failed); shown again whenever it changes. */
	readonly notice?: string | undefined;
};

/** The time-limit indicator: `7/15 min` in the header, its tone, and whether the limit is past. */
export type TimeLimitStatus = {readonly text: string; readonly tone: Tone; readonly over: boolean};

/**
 * How much of the simulated-time limit is used: muted until 80 %, then a warning, and past the
 * limit a failure tone with `over` (the score's time points shrink from there). Pure.
 */
export function timeLimitStatus(session: Session, limit: number): TimeLimitStatus {
	const now = session.turns.at(-1)?.state.now ?? session.initial.now;
	const minutes = Math.floor((now - session.initial.now) / MINUTE);
	const over = minutes > limit;
	return {text: `${minutes}/${limit} min${over ? ' over' : ''}`, tone: over ? 'fail' : minutes >= limit * 0.8 ? 'warn' : 'muted', over};
}
