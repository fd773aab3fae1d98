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

/** A goal predicate that is not `all`, `any` or `not`: one check on the state. */
export type LeafPredicate = Exclude<GoalPredicate, {readonly all: unknown} | {readonly any: unknown} | {readonly not: unknown}>;

/** True when a predicate is a leaf (no `all`, `any` or `not`). */
export function isLeaf(predicate: GoalPredicate): predicate is LeafPredicate {
	return !('all' in predicate || 'any' in predicate || 'not' in predicate);
}

/**
 * Evaluates one leaf predicate to a debrief line. Kept apart from the composites (evaluate-goal.ts) so the
 * sentences about predicates (predicate-statement.ts), which the composites use, can evaluate leaves too.
 */
export function evaluateLeaf(predicate: LeafPredicate, context: GoalContext): GradeCheck {
	const {state} = context;
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
