import type {SimState} from '../../domain/state/sim-state.js';
import {roleLabels} from '../../domain/tenant/roles.js';
import {perUserMfaLabels} from '../../domain/tenant/user.js';
import type {GoalPredicate, SettingExpectation} from '../schema/goal-schema.js';
import {methodKindNames, methodNameOf, nameOf} from './display-names.js';
import {evaluateLeaf, isLeaf, type LeafPredicate} from './evaluate-leaf.js';
import {signInSentence} from './sign-in-check.js';
import {countText} from './state-checks.js';

type Body<Key extends string> = Extract<GoalPredicate, Record<Key, unknown>> extends Record<Key, infer Inner> ? Inner : never;

/** The states a statement is made about: the end state, and the one the attempt started from ("no longer"). */
export type StatementContext = {readonly state: SimState; readonly initial?: SimState | undefined};

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether a predicate held in the state the attempt started from; undefined when that is unknown (signIn is never pre-run). */
function startValue(predicate: GoalPredicate, initial: SimState): boolean | undefined {
	if (isLeaf(predicate)) {
		return 'signIn' in predicate ? undefined : evaluateLeaf(predicate, {state: initial, verifications: new Map()}).passed;
	}

	if ('not' in predicate) {
		const inner = startValue(predicate.not, initial);
		return inner === undefined ? undefined : !inner;
	}

	const values = ('any' in predicate ? predicate.any : predicate.all).map((each) => startValue(each, initial));
	const decisive = 'any' in predicate;
	return values.includes(decisive) ? decisive : values.includes(undefined) ? undefined : !decisive;
}

/** Whether a predicate already held when the attempt started: then its negation reads "no longer". */
function heldAtStart(predicate: GoalPredicate, context: StatementContext): boolean {
	return context.initial !== undefined && startValue(predicate, context.initial) === true;
}

function perUserMfa(body: Body<'perUserMfa'>, context: StatementContext, negated: boolean, wasTrue: boolean): string {
	const subject = `${nameOf(context.state, body.user)}'s per-user MFA is`;
	return negated ? `${subject} ${wasTrue ? 'no longer' : 'not'} ${perUserMfaLabels[body.is]}` : `${subject} ${perUserMfaLabels[body.is]}`;
}

/** `any` of per-user MFA states of one user: "Dan Wilson's per-user MFA is no longer Enabled or Enforced". */
function perUserMfaChoice(parts: readonly Body<'perUserMfa'>[], context: StatementContext, negated: boolean, wasTrue: boolean): string {
	const states = parts.map((each) => perUserMfaLabels[each.is]);
	const subject = `${nameOf(context.state, parts[0]!.user)}'s per-user MFA is`;
	if (!negated) {
		return `${subject} ${states.join(' or ')}`;
	}

	return wasTrue ? `${subject} no longer ${states.join(' or ')}` : `${subject} neither ${states.join(' nor ')}`;
}

type SettingKey = Exclude<keyof SettingExpectation, 'label' | 'rememberMfaDays' | 'verificationOptions'>;

/** Each boolean setting as a sentence when on and when off. */
const settingSentences: Readonly<Record<SettingKey, readonly [on: string, off: string]>> = {
	appPasswordsAllowed: ['app passwords are allowed tenant-wide', 'app passwords are not allowed tenant-wide'],
	skipForFederatedIntranet: ['MFA is skipped for federated users on the intranet', 'MFA is not skipped for federated users on the intranet'],
	securityDefaults: ['security defaults are on', 'security defaults are off'],
	exchangeModernAuth: ['Exchange Online modern authentication is on', 'Exchange Online modern authentication is off'],
	smtpBasicAuth: ['SMTP AUTH is on for the whole organisation', 'SMTP AUTH is off for the whole organisation'],
	rememberMfaEnabled: ['users can remember MFA on trusted devices', 'remembering MFA on trusted devices is off'],
};

const optionNames = {call: 'call to phone', text: 'text message to phone', appNotification: 'notification through mobile app', appCode: 'code from mobile app or hardware token'} as const;

/** Each named setting as a clause; negating a single setting flips it, several read "not all of". */
function setting(body: SettingExpectation, negated: boolean): string {
	const clauses: string[] = [];
	for (const key of Object.keys(settingSentences) as SettingKey[]) {
		const wanted = body[key];
		if (wanted !== undefined) {
			const [on, off] = settingSentences[key];
			clauses.push(wanted === negated ? off : on);
		}
	}

	if (body.rememberMfaDays !== undefined) {
		clauses.push(`${negated ? 'remember MFA does not last' : 'remember MFA lasts'} ${countText(body.rememberMfaDays)} days`);
	}

	for (const [key, wanted] of Object.entries(body.verificationOptions ?? {}) as Array<[keyof typeof optionNames, boolean | undefined]>) {
		if (wanted !== undefined) {
			clauses.push(`the verification option "${optionNames[key]}" is ${wanted !== negated ? 'on' : 'off'}`);
		}
	}

	if (negated && clauses.length > 1) {
		// Flipping each clause would say "none of them holds"; the negation of several settings is "not all".
		return `not all of: ${setting(body, false)}`;
	}

	return clauses.join(' and ') || 'the tenant settings are as they are';
}

function trustedIps(body: Body<'trustedIps'>, negated: boolean): string {
	const clauses: string[] = [];
	if (body.mustInclude !== undefined) {
		clauses.push(negated ? `no trusted IP range covers ${body.mustInclude}` : `a trusted IP range covers ${body.mustInclude}`);
	}

	if (body.mustNotInclude !== undefined) {
		clauses.push(negated ? `a trusted IP range covers ${body.mustNotInclude}` : `no trusted IP range covers ${body.mustNotInclude}`);
	}

	if (body.maxRanges !== undefined) {
		const none = body.maxRanges === 0;
		clauses.push(negated ? (none ? 'a trusted IP range is listed' : `more than ${body.maxRanges} trusted IP ranges are listed`) : none ? 'no trusted IP range is listed' : `at most ${body.maxRanges} trusted IP ranges are listed`);
	}

	if (negated && clauses.length > 1) {
		return `not all of: ${trustedIps(body, false)}`;
	}

	return clauses.join(' and ') || 'the trusted IP ranges are as they are';
}

function countStatement(subject: string, thing: string, count: {readonly count?: number | undefined; readonly min?: number | undefined; readonly max?: number | undefined}, negated: boolean): string {
	// The usual cases read plainly: "holds no app password" / "still holds an app password".
	const none = count.count === 0 || (count.max === 0 && count.min === undefined);
	const some = count.min === 1 && count.max === undefined && count.count === undefined;
	if (none || some) {
		return none === negated ? `${subject} at least one ${thing}` : `${subject} no ${thing}`;
	}

	return `${subject} ${negated ? 'not ' : ''}${countText(count)} ${thing}(s)`;
}

function methodRegistered(body: Body<'methodRegistered'>, context: StatementContext, negated: boolean): string {
	const name = nameOf(context.state, body.user);
	const registered = (body.is ?? true) !== negated;
	if (body.id === undefined) {
		return registered ? `${name} has a ${methodKindNames[body.method]} registered` : `${name} has no ${methodKindNames[body.method]} registered`;
	}

	const what = methodNameOf([context.state, ...(context.initial === undefined ? [] : [context.initial])], body.user, body.id, `${name}'s ${methodKindNames[body.method]}`);
	return `${what} is ${registered ? '' : 'no longer '}registered for ${name}`;
}

function leaf(predicate: LeafPredicate, context: StatementContext, negated: boolean): string {
	const wasTrue = negated && heldAtStart(predicate, context);
	const {state} = context;
	if ('perUserMfa' in predicate) {
		return perUserMfa(predicate.perUserMfa, context, negated, wasTrue);
	}

	if ('setting' in predicate) {
		return setting(predicate.setting, negated);
	}

	if ('trustedIps' in predicate) {
		return trustedIps(predicate.trustedIps, negated);
	}

	if ('escalated' in predicate) {
		const to = predicate.escalated.to === undefined ? '' : ` to ${predicate.escalated.to === 'tier-2' ? 'tier 2' : roleLabels[predicate.escalated.to]}`;
		return `the ticket was ${negated ? 'not ' : ''}escalated${to}`;
	}

	if ('accountEnabled' in predicate) {
		const {user, is} = predicate.accountEnabled;
		return is !== negated ? `${nameOf(state, user)} may sign in (sign-in allowed)` : `sign-in is blocked for ${nameOf(state, user)}`;
	}

	if ('mustRegisterAgain' in predicate) {
		const {user, is} = predicate.mustRegisterAgain;
		return is !== negated ? `${nameOf(state, user)} must register security info again` : `${nameOf(state, user)} has no re-registration pending`;
	}

	if ('appPasswords' in predicate) {
		return countStatement(`${nameOf(state, predicate.appPasswords.user)} holds`, 'app password', predicate.appPasswords, negated);
	}

	if ('rememberedDevices' in predicate) {
		return countStatement(`${nameOf(state, predicate.rememberedDevices.user)} has`, 'remembered device', predicate.rememberedDevices, negated);
	}

	if ('methodRegistered' in predicate) {
		return methodRegistered(predicate.methodRegistered, context, negated);
	}

	if ('phoneNumber' in predicate) {
		const {user, slot = 'authentication', is} = predicate.phoneNumber;
		const subject = `${nameOf(state, user)}'s ${slot} phone`;
		const value = is ?? 'empty';
		return negated ? `${subject} is ${wasTrue ? 'no longer' : 'not'} ${value}` : `${subject} is ${value}`;
	}

	return signInSentence(state, predicate.signIn, negated);
}

function sameUserMfaChoice(parts: readonly GoalPredicate[]): Body<'perUserMfa'>[] | undefined {
	const bodies = parts.flatMap((each) => ('perUserMfa' in each && each.perUserMfa.label === undefined ? [each.perUserMfa] : []));
	return bodies.length === parts.length && bodies.length > 1 && bodies.every((each) => each.user === bodies[0]!.user) ? bodies : undefined;
}

function statement(predicate: GoalPredicate, context: StatementContext, negated: boolean): string {
	if ('not' in predicate) {
		return statement(predicate.not, context, !negated);
	}

	if ('any' in predicate || 'all' in predicate) {
		const parts = 'any' in predicate ? predicate.any : predicate.all;
		const choice = 'any' in predicate ? sameUserMfaChoice(parts) : undefined;
		if (choice) {
			return perUserMfaChoice(choice, context, negated, negated && heldAtStart(predicate, context));
		}

		const clauses = parts.map((each) => statement(each, context, false));
		if ('any' in predicate) {
			return negated ? `none of: ${clauses.join('; ')}` : clauses.join(', or ');
		}

		return negated ? `not all of: ${clauses.join('; ')}` : clauses.join(', and ');
	}

	// An author's label names the wanted state in a goal; it reads right only where the predicate is not negated.
	const label = (Object.values(predicate)[0] as {readonly label?: string} | undefined)?.label;
	return label !== undefined && !negated ? label : leaf(predicate, context, negated);
}

/**
 * A predicate as a plain sentence about the tenant ("App passwords are allowed tenant-wide", "Priya Patel's per-user
 * MFA is no longer Enforced"), or about its opposite when `negated`: what an end-state red flag watches for. "No
 * longer" is said when the opposite held when the attempt started. Pure.
 */
export function predicateStatement(predicate: GoalPredicate, context: StatementContext, negated = false): string {
	return sentence(statement(predicate, context, negated));
}
