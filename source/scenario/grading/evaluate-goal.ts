import type {GoalPredicate} from '../schema/goal-schema.js';
import {evaluateLeaf} from './evaluate-leaf.js';
import type {GoalContext, GradeCheck} from './grade-check.js';
import {predicateStatement} from './predicate-statement.js';

/** The goal on one state: met when every check passes; `checks` are the debrief lines. */
export type GoalResult = {
	readonly passed: boolean;
	readonly checks: readonly GradeCheck[];
};

const distinct = (texts: readonly string[]): string[] => [...new Set(texts)];

function anyCheck(checks: readonly GradeCheck[]): GradeCheck {
	const met = checks.find((each) => each.passed);
	return {
		label: `Any of: ${checks.map((each) => each.label).join(' | ')}`,
		expected: `at least one of: ${checks.map((each) => each.expected).join(' | ')}`,
		actual: distinct(checks.map((each) => each.actual)).join(' | '),
		passed: met !== undefined,
		explanation: met ? `Met by "${met.label}": ${met.explanation}` : `None holds: ${checks.map((each) => each.explanation).join(' ')}`,
	};
}

function allCheck(checks: readonly GradeCheck[]): GradeCheck {
	const failed = checks.filter((each) => !each.passed);
	return {
		label: `All of: ${checks.map((each) => each.label).join(' & ')}`,
		expected: checks.map((each) => each.expected).join(' & '),
		actual: distinct(checks.map((each) => each.actual)).join(' & '),
		passed: failed.length === 0,
		explanation: failed.length === 0 ? 'Every part holds.' : failed.map((each) => each.explanation).join(' '),
	};
}

/**
 * `not`: the line says what is wanted in a sentence ("Ben Carter cannot sign in on Outlook 2016", "Amara Nwosu's
 * per-user MFA is no longer Disabled") rather than "not (…)". An author's label inside names the state that must
 * not hold, so the line's sentence is made from the predicate; the explanation quotes the label.
 */
function notCheck(predicate: GoalPredicate, inner: GradeCheck, context: GoalContext): GradeCheck {
	return {
		label: predicateStatement(predicate, context, true),
		expected: `anything but ${inner.expected}`,
		actual: inner.actual,
		passed: !inner.passed,
		explanation: inner.passed ? `"${inner.label}" must not hold, but it does: ${inner.explanation}` : `As wanted, "${inner.label}" does not hold: ${inner.explanation}`,
	};
}

/** Evaluates one predicate to a single debrief line (composites are summarised in one line). */
export function evaluatePredicate(predicate: GoalPredicate, context: GoalContext): GradeCheck {
	if ('all' in predicate) {
		return allCheck(predicate.all.map((each) => evaluatePredicate(each, context)));
	}

	if ('any' in predicate) {
		return anyCheck(predicate.any.map((each) => evaluatePredicate(each, context)));
	}

	if ('not' in predicate) {
		return notCheck(predicate.not, evaluatePredicate(predicate.not, context), context);
	}

	return evaluateLeaf(predicate, context);
}

/**
 * Evaluates a goal on an end state. A top-level `all` (and any `all` nested directly in it) is split into
 * one debrief line per part, so the trainee sees each expectation on its own; the goal is met when every
 * line passes. Pure: `signIn` parts read verification sign-ins already run on copies of the state.
 */
export function evaluateGoal(goal: GoalPredicate, context: GoalContext): GoalResult {
	const parts = (predicate: GoalPredicate): GoalPredicate[] => ('all' in predicate ? predicate.all.flatMap(parts) : [predicate]);
	const checks = parts(goal).map((predicate) => evaluatePredicate(predicate, context));
	return {passed: checks.every((each) => each.passed), checks};
}
