import type {GoalPredicate} from '../schema/goal-schema.js';
import type {GoalContext, GradeCheck} from './grade-check.js';
import {settingCheck} from './setting-check.js';
import {signInCheck} from './sign-in-check.js';
import {
	accountEnabledCheck,
	appPasswordsCheck,
	escalatedCheck,
	methodRegisteredCheck,
	mustRegisterAgainCheck,
	perUserMfaCheck,
	phoneNumberCheck,
	rememberedDevicesCheck,
	trustedIpsCheck,
} from './state-checks.js';

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

function notCheck(inner: GradeCheck): GradeCheck {
	return {
		label: `not (${inner.label})`,
		expected: `not (${inner.expected})`,
		actual: inner.actual,
		passed: !inner.passed,
		explanation: inner.passed ? `This must not hold, but it does: ${inner.explanation}` : `As wanted, this does not hold: ${inner.explanation}`,
	};
}

/** Evaluates one predicate to a single debrief line (composites are summarised in one line). */
export function evaluatePredicate(predicate: GoalPredicate, context: GoalContext): GradeCheck {
	const {state} = context;
	if ('all' in predicate) {
		return allCheck(predicate.all.map((each) => evaluatePredicate(each, context)));
	}

	if ('any' in predicate) {
		return anyCheck(predicate.any.map((each) => evaluatePredicate(each, context)));
	}

	if ('not' in predicate) {
		return notCheck(evaluatePredicate(predicate.not, context));
	}

	if ('signIn' in predicate) {
		return signInCheck(state, predicate.signIn, context.verifications);
	}

	if ('perUserMfa' in predicate) {
		return perUserMfaCheck(state, predicate.perUserMfa);
	}

	if ('appPasswords' in predicate) {
		return appPasswordsCheck(state, predicate.appPasswords);
	}

	if ('methodRegistered' in predicate) {
		return methodRegisteredCheck(state, predicate.methodRegistered, context.initial);
	}

	if ('phoneNumber' in predicate) {
		return phoneNumberCheck(state, predicate.phoneNumber);
	}

	if ('rememberedDevices' in predicate) {
		return rememberedDevicesCheck(state, predicate.rememberedDevices);
	}

	if ('setting' in predicate) {
		return settingCheck(state, predicate.setting);
	}

	if ('accountEnabled' in predicate) {
		return accountEnabledCheck(state, predicate.accountEnabled);
	}

	if ('trustedIps' in predicate) {
		return trustedIpsCheck(state, predicate.trustedIps);
	}

	if ('mustRegisterAgain' in predicate) {
		return mustRegisterAgainCheck(state, predicate.mustRegisterAgain);
	}

	return escalatedCheck(state, predicate.escalated);
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
