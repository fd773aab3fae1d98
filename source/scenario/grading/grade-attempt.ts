import {MINUTE} from '../../domain/common/time.js';
import type {Turn} from '../../domain/session/play-session.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {GoalPredicate} from '../schema/goal-schema.js';
import type {Scenario} from '../schema/scenario-schema.js';
import type {PlayedIntent} from './action-matcher.js';
import {evaluateGoal, type GoalResult} from './evaluate-goal.js';
import {signInGoalsOf, type SignInGoal, type Verifications} from './grade-check.js';
import {evaluateRedFlags, type RedFlagResult} from './red-flags.js';
import {scoreAttempt, type Score} from './scoring.js';

/** The graded end of an attempt. `passed` = the goal is met and no red flag was raised. */
export type Grade = {
	readonly goal: GoalResult;
	readonly redFlags: readonly RedFlagResult[];
	readonly score: Score;
	readonly passed: boolean;
	/** Actions that changed something, compared with par (`countActions`). */
	readonly actions: number;
	readonly elapsedMinutes: number;
};

/** One attempt at a scenario: its variant (variables substituted), the initial state and the turns played. */
export type Attempt = {
	readonly scenario: Scenario;
	readonly initial: SimState;
	readonly turns: readonly Turn<PlayedIntent>[];
	readonly hintsRevealed: number;
};

/** The state an attempt ended in. */
export function endStateOf(attempt: Pick<Attempt, 'initial' | 'turns'>): SimState {
	return attempt.turns.at(-1)?.state ?? attempt.initial;
}

/** The verification sign-ins grading needs: the goal's and the end-state red flags' `signIn` predicates. */
export function verificationsNeeded(scenario: Scenario): SignInGoal[] {
	const predicates: GoalPredicate[] = [scenario.goal];
	for (const flag of scenario.redFlags ?? []) {
		if (!('action' in flag.when)) {
			predicates.push(flag.when);
		}
	}

	return signInGoalsOf(predicates);
}

/**
 * User actions that only try something: a sign-in (to reproduce the fault or verify a fix) and going to another
 * network to sign in from there. They change nothing a fix is made of, so investigating costs no points.
 */
const tryingActions: ReadonlySet<string> = new Set(['sign-in', 'move-to-network']);

/** Whether a turn counts against par: an accepted action that changed something (README "Scoring"). */
export function changesSomething(turn: Turn<PlayedIntent>): boolean {
	// A refused action changed nothing; the refusal is its own lesson and the timeline shows it.
	if (turn.rejection !== undefined) {
		return false;
	}

	const {intent} = turn;
	return intent.kind === 'admin' || intent.kind === 'escalate' || (intent.kind === 'user' && !tryingActions.has(intent.intent.type));
}

/**
 * Turns that count against par: accepted admin commands, remedies asked of the user and escalations. Sign-in
 * attempts, moving to another network to try from there, waits, checks and refused actions are free.
 */
export function countActions(turns: readonly Turn<PlayedIntent>[]): number {
	return turns.filter(changesSomething).length;
}

/**
 * Grades an attempt on its end state (any valid path passes): the goal, every red flag, and the score.
 * Pure: `verifications` holds the verification sign-ins (`verificationsNeeded`) run on copies of the end state.
 */
export function gradeAttempt(attempt: Attempt, verifications: Verifications): Grade {
	const state = endStateOf(attempt);
	const context = {state, verifications, initial: attempt.initial};
	const goal = evaluateGoal(attempt.scenario.goal, context);
	const redFlags = evaluateRedFlags(attempt.scenario.redFlags ?? [], {...context, initial: attempt.initial, turns: attempt.turns});
	const actions = countActions(attempt.turns);
	const elapsedMinutes = (state.now - attempt.initial.now) / MINUTE;
	const hints = attempt.scenario.hints ?? [];
	const score = scoreAttempt({
		goalMet: goal.passed,
		redFlags,
		actions,
		par: attempt.scenario.par,
		hintCosts: hints.slice(0, attempt.hintsRevealed).map((hint) => hint.cost),
		elapsedMinutes,
		timeLimit: attempt.scenario.timeLimit,
	});
	return {goal, redFlags, score, passed: goal.passed && redFlags.every((flag) => !flag.raised), actions, elapsedMinutes};
}
