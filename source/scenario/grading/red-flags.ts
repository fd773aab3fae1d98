import type {Turn} from '../../domain/session/play-session.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {RedFlag} from '../schema/scenario-schema.js';
import {matchesAction, type PlayedIntent} from './action-matcher.js';
import {actionTitle} from './action-title.js';
import {evaluatePredicate} from './evaluate-goal.js';
import type {GoalContext, GradeCheck} from './grade-check.js';
import {predicateStatement} from './predicate-statement.js';
import {redFlagId} from './red-flag-id.js';

/**
 * A red flag as the debrief shows it. `label` says what is wrong when it is raised, in plain words (the author's
 * `label`, or generated: "Priya Patel's per-user MFA is no longer Enforced", "Require re-register MFA for Priya
 * Patel"); `passed` is true when the flag was NOT raised; `explanation` is the author's debrief sentence;
 * `matchedTurns` are the 0-based turns whose action raised it (action flags).
 */
export type RedFlagResult = GradeCheck & {
	/** The flag's stable id: the author's `id`, or one derived from its position (red-flag-id.ts). */
	readonly id: string;
	readonly raised: boolean;
	readonly penalty: number;
	readonly matchedTurns: readonly number[];
};

/** The end state and the turns that led to it. */
export type RedFlagContext = GoalContext & {
	readonly initial: SimState;
	readonly turns: readonly Turn<PlayedIntent>[];
};

function actionFlag(flag: RedFlag, when: Extract<RedFlag['when'], {readonly action: string}>, context: RedFlagContext): Omit<RedFlagResult, 'id'> {
	// Only accepted actions count: a refused command changed nothing.
	const matchedTurns = context.turns.flatMap((turn, index) => {
		const before = index === 0 ? context.initial : context.turns[index - 1]!.state;
		return turn.rejection === undefined && matchesAction(when, turn.intent, before) ? [index] : [];
	});
	const raised = matchedTurns.length > 0;
	return {
		label: flag.label ?? actionTitle(when, context.initial),
		expected: 'not done',
		actual: raised ? (matchedTurns.length === 1 ? 'done once' : `done ${matchedTurns.length} times`) : 'not done',
		passed: !raised,
		explanation: flag.debrief,
		raised,
		penalty: flag.penalty,
		matchedTurns,
	};
}

function stateFlag(flag: RedFlag, when: Exclude<RedFlag['when'], {readonly action: string}>, context: RedFlagContext): Omit<RedFlagResult, 'id'> {
	const negated = 'not' in when;
	const found = evaluatePredicate(negated ? when.not : when, context);
	const raised = negated ? !found.passed : found.passed;
	return {
		// The label names the harm (what raises the flag), so a raised flag reads as what went wrong.
		label: flag.label ?? predicateStatement(when, context),
		// The state that keeps it down, without "no longer" (that compares with the start, which is not wanted here).
		expected: predicateStatement(when, {state: context.state}, true),
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
	return flags.map((flag, index) => ({id: redFlagId(flag, index), ...('action' in flag.when ? actionFlag(flag, flag.when, context) : stateFlag(flag, flag.when, context))}));
}
