import type {Turn} from '../../domain/session/play-session.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {RedFlag} from '../schema/scenario-schema.js';
import {describeMatcher, matchesAction, type PlayedIntent} from './action-matcher.js';
import {evaluatePredicate} from './evaluate-goal.js';
import type {GoalContext, GradeCheck} from './grade-check.js';

/**
 * A red flag as the debrief shows it. `passed` is true when the flag was NOT raised; `explanation` is the
 * author's debrief sentence; `matchedTurns` are the 0-based turns whose action raised it (action flags).
 */
export type RedFlagResult = GradeCheck & {
	readonly raised: boolean;
	readonly penalty: number;
	readonly matchedTurns: readonly number[];
};

/** The end state and the turns that led to it. */
export type RedFlagContext = GoalContext & {
	readonly initial: SimState;
	readonly turns: readonly Turn<PlayedIntent>[];
};

function actionFlag(flag: RedFlag, when: Extract<RedFlag['when'], {readonly action: string}>, context: RedFlagContext): RedFlagResult {
	// Only accepted actions count: a refused command changed nothing (it still costs time and efficiency).
	const matchedTurns = context.turns.flatMap((turn, index) => {
		const before = index === 0 ? context.initial : context.turns[index - 1]!.state;
		return turn.rejection === undefined && matchesAction(when, turn.intent, before) ? [index] : [];
	});
	const raised = matchedTurns.length > 0;
	const what = describeMatcher(when);
	return {
		label: `Action: ${what}`,
		expected: `no ${what}`,
		actual: raised ? `done ${matchedTurns.length} time(s)` : 'not done',
		passed: !raised,
		explanation: flag.debrief,
		raised,
		penalty: flag.penalty,
		matchedTurns,
	};
}

function stateFlag(flag: RedFlag, when: Exclude<RedFlag['when'], {readonly action: string}>, context: RedFlagContext): RedFlagResult {
	// `not: X` reads best as "X must hold": no double negation in the debrief.
	const negated = 'not' in when;
	const found = evaluatePredicate(negated ? when.not : when, context);
	const raised = negated ? !found.passed : found.passed;
	return {
		label: negated ? `End state: ${found.label}` : `End state: not (${found.label})`,
		expected: negated ? found.expected : `not (${found.expected})`,
		actual: found.actual,
		passed: !raised,
		explanation: flag.debrief,
		raised,
		penalty: flag.penalty,
		matchedTurns: [],
	};
}

/**
 * Evaluates red flags: an end-state flag is raised when its predicate holds on the end state; an action
 * flag when any accepted turn's intent matches its matcher. Pure; `signIn` predicates read verifications.
 */
export function evaluateRedFlags(flags: readonly RedFlag[], context: RedFlagContext): RedFlagResult[] {
	return flags.map((flag) => ('action' in flag.when ? actionFlag(flag, flag.when, context) : stateFlag(flag, flag.when, context)));
}
