import {isIpInCidr} from '../../domain/common/ipv4.js';
import type {SimState} from '../../domain/state/sim-state.js';
import {roleLabels} from '../../domain/tenant/roles.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {perUserMfaLabels, type User} from '../../domain/tenant/user.js';
import type {GoalPredicate, MethodKind} from '../schema/goal-schema.js';
import {clientNameOf, methodKindNames, methodNameOf, nameOf} from './display-names.js';
import type {GradeCheck} from './grade-check.js';

type Body<Key extends string> = Extract<GoalPredicate, Record<Key, unknown>> extends Record<Key, infer Inner> ? Inner : never;
type Count = {readonly count?: number | undefined; readonly min?: number | undefined; readonly max?: number | undefined};

function check(label: string | undefined, fallback: string, expected: string, actual: string, passed: boolean, explanation: string): GradeCheck {
	return {label: label ?? fallback, expected, actual, passed, explanation};
}

function missingUser(label: string | undefined, fallback: string, expected: string, userId: string): GradeCheck {
	return check(label, fallback, expected, 'no such user', false, `There is no user "${userId}" in the tenant.`);
}

/** `exactly 0`, `at least 1`, `at most 2`, `1 to 3`. */
export function countText(count: Count): string {
	if (count.count !== undefined) {
		return `exactly ${count.count}`;
	}

	if (count.min !== undefined && count.max !== undefined) {
		return `${count.min} to ${count.max}`;
	}

	return count.min === undefined ? `at most ${count.max ?? 0}` : `at least ${count.min}`;
}

/** Whether a number satisfies count / min / max (every bound given must hold). */
export function countMatches(value: number, count: Count): boolean {
	return (count.count === undefined || value === count.count) && (count.min === undefined || value >= count.min) && (count.max === undefined || value <= count.max);
}

function userCheck(state: SimState, body: {readonly user: string; readonly label?: string | undefined}, fallback: string, expected: string, evaluate: (user: User) => GradeCheck): GradeCheck {
	const user = findUser(state.tenant, body.user);
	return user ? evaluate(user) : missingUser(body.label, fallback, expected, body.user);
}

/** `perUserMfa`: the user's per-user MFA state. */
export function perUserMfaCheck(state: SimState, body: Body<'perUserMfa'>): GradeCheck {
	const expected = perUserMfaLabels[body.is];
	const fallback = `${nameOf(state, body.user)}'s per-user MFA is ${expected}`;
	return userCheck(state, body, fallback, expected, (user) => {
		const actual = perUserMfaLabels[user.perUserMfa];
		const passed = user.perUserMfa === body.is;
		return check(body.label, fallback, expected, actual, passed, passed ? `Per-user MFA for ${user.displayName} is ${actual}.` : `Per-user MFA for ${user.displayName} is ${actual}; the goal wants ${expected}.`);
	});
}

/** `appPasswords`: how many app passwords the user holds. */
export function appPasswordsCheck(state: SimState, body: Body<'appPasswords'>): GradeCheck {
	const expected = `${countText(body)} app password(s)`;
	const fallback = `${nameOf(state, body.user)} holds ${expected}`;
	return userCheck(state, body, fallback, expected, (user) => {
		const count = user.appPasswords.length;
		const names = user.appPasswords.map((each) => `"${each.name}"`).join(', ');
		const actual = count === 0 ? '0 app passwords' : `${count} app password(s): ${names}`;
		const passed = countMatches(count, body);
		return check(body.label, fallback, expected, actual, passed, passed ? `${user.displayName} holds ${count} app password(s), as wanted.` : `${user.displayName} holds ${count} app password(s); the goal wants ${countText(body)}.`);
	});
}

function registered(user: User, kind: MethodKind, id: string | undefined): {readonly present: boolean; readonly actual: string} {
	const {methods} = user;
	if (kind === 'authentication-phone' || kind === 'alternate-phone' || kind === 'office-phone') {
		const phone = kind === 'authentication-phone' ? methods.authenticationPhone : kind === 'alternate-phone' ? methods.alternatePhone : methods.officePhone;
		return {present: phone !== undefined, actual: phone ? `registered (${phone.number})` : 'not registered'};
	}

	// What the Authentication methods page shows for each, never the internal id.
	const list =
		kind === 'authenticator-app'
			? methods.authenticatorApps.map((each) => ({id: each.id, text: `Microsoft Authenticator on ${each.deviceName}`}))
			: kind === 'software-token'
				? methods.softwareTokens.map((each) => ({id: each.id, text: `${each.name} (software token)`}))
				: methods.hardwareTokens.map((each) => ({id: each.id, text: `hardware token ${each.serialNumber} (${each.status})`}));
	const present = id === undefined ? list.length > 0 : list.some((each) => each.id === id);
	return {present, actual: list.length === 0 ? 'none registered' : `registered: ${list.map((each) => each.text).join(', ')}`};
}

/**
 * `methodRegistered`: a kind of method (or one app or token, by id) is, or is not, registered. A method named by
 * id is shown as the admin center shows it, found in the end state or, once deleted, in `initial`.
 */
export function methodRegisteredCheck(state: SimState, body: Body<'methodRegistered'>, initial: SimState = state): GradeCheck {
	const wanted = body.is ?? true;
	const kind = methodKindNames[body.method];
	const what = body.id === undefined ? kind : methodNameOf([state, initial], body.user, body.id, `${kind} "${body.id}"`);
	const expected = wanted ? `${what} registered` : body.id === undefined ? `no ${what}` : `${what} no longer registered`;
	const fallback = `${nameOf(state, body.user)}: ${expected}`;
	return userCheck(state, body, fallback, expected, (user) => {
		const found = registered(user, body.method, body.id);
		const passed = found.present === wanted;
		const now = found.present ? 'registered' : 'not registered';
		return check(body.label, fallback, expected, found.actual, passed, passed ? `${user.displayName}: ${what} is ${now}, as wanted.` : `${user.displayName}: ${what} is ${now}; the goal wants it ${wanted ? 'registered' : 'gone'}.`);
	});
}

/** `phoneNumber`: the number in one phone slot (default: the authentication phone), or none. */
export function phoneNumberCheck(state: SimState, body: Body<'phoneNumber'>): GradeCheck {
	const slot = body.slot ?? 'authentication';
	const expected = body.is ?? 'none';
	const fallback = `${nameOf(state, body.user)}'s ${slot} phone is ${expected}`;
	return userCheck(state, body, fallback, expected, (user) => {
		const phone = slot === 'authentication' ? user.methods.authenticationPhone : slot === 'alternate' ? user.methods.alternatePhone : user.methods.officePhone;
		const actual = phone?.number ?? 'none';
		const passed = (phone?.number ?? null) === body.is;
		return check(body.label, fallback, expected, actual, passed, passed ? `The ${slot} phone of ${user.displayName} is ${actual}.` : `The ${slot} phone of ${user.displayName} is ${actual}; the goal wants ${expected}.`);
	});
}

/** `rememberedDevices`: grants that have not expired at the end (an expired grant no longer skips MFA). */
export function rememberedDevicesCheck(state: SimState, body: Body<'rememberedDevices'>): GradeCheck {
	const expected = `${countText(body)} remembered device(s)`;
	const fallback = `${nameOf(state, body.user)} has ${expected}`;
	return userCheck(state, body, fallback, expected, (user) => {
		const active = user.rememberedDevices.filter((grant) => grant.expiresAt > state.now);
		const names = active.map((grant) => clientNameOf(state, user.id, grant.clientId));
		const actual = `${active.length} remembered device(s)${active.length > 0 ? `: ${names.join(', ')}` : ''}`;
		const passed = countMatches(active.length, body);
		return check(body.label, fallback, expected, actual, passed, passed ? `${user.displayName} has ${active.length} unexpired remembered device grant(s), as wanted.` : `${user.displayName} has ${active.length} unexpired remembered device grant(s); the goal wants ${countText(body)}.`);
	});
}

/** `accountEnabled`: sign-in allowed (true) or blocked (false). */
export function accountEnabledCheck(state: SimState, body: Body<'accountEnabled'>): GradeCheck {
	const text = (enabled: boolean) => (enabled ? 'sign-in allowed' : 'sign-in blocked');
	const fallback = `${nameOf(state, body.user)}: ${text(body.is)}`;
	return userCheck(state, body, fallback, text(body.is), (user) => {
		const passed = user.accountEnabled === body.is;
		return check(body.label, fallback, text(body.is), text(user.accountEnabled), passed, passed ? `${user.displayName}'s account: ${text(user.accountEnabled)}.` : `${user.displayName}'s account: ${text(user.accountEnabled)}; the goal wants ${text(body.is)}.`);
	});
}

/** `mustRegisterAgain`: whether the user must register security info at the next sign-in. */
export function mustRegisterAgainCheck(state: SimState, body: Body<'mustRegisterAgain'>): GradeCheck {
	const text = (value: boolean) => (value ? 'must register again' : 'no re-registration pending');
	const fallback = `${nameOf(state, body.user)}: ${text(body.is)}`;
	return userCheck(state, body, fallback, text(body.is), (user) => {
		const passed = user.mustRegisterAgain === body.is;
		return check(body.label, fallback, text(body.is), text(user.mustRegisterAgain), passed, passed ? `${user.displayName}: ${text(user.mustRegisterAgain)}.` : `${user.displayName}: ${text(user.mustRegisterAgain)}; the goal wants ${text(body.is)}.`);
	});
}

/** `trustedIps`: which addresses the trusted ranges cover, and how many ranges there are. */
export function trustedIpsCheck(state: SimState, body: Body<'trustedIps'>): GradeCheck {
	const ranges = state.tenant.settings.trustedIpRanges;
	const wants: string[] = [];
	const misses: string[] = [];
	if (body.mustInclude !== undefined) {
		wants.push(`covers ${body.mustInclude}`);
		if (!ranges.some((range) => isIpInCidr(body.mustInclude!, range))) {
			misses.push(`no range covers ${body.mustInclude}`);
		}
	}

	if (body.mustNotInclude !== undefined) {
		wants.push(`does not cover ${body.mustNotInclude}`);
		const covering = ranges.filter((range) => isIpInCidr(body.mustNotInclude!, range));
		if (covering.length > 0) {
			misses.push(`${covering.join(', ')} covers ${body.mustNotInclude}`);
		}
	}

	if (body.maxRanges !== undefined) {
		wants.push(`at most ${body.maxRanges} range(s)`);
		if (ranges.length > body.maxRanges) {
			misses.push(`${ranges.length} ranges are listed`);
		}
	}

	const expected = wants.join('; ') || 'any trusted ranges';
	const actual = ranges.length === 0 ? 'no trusted IP ranges' : ranges.join(', ');
	const passed = misses.length === 0;
	return check(body.label, `Trusted IPs: ${expected}`, expected, actual, passed, passed ? `The trusted IP ranges (${actual}) are as wanted.` : `Trusted IPs: ${misses.join('; ')}.`);
}

/** `escalated`: the ticket was handed on (to this target, when given). */
export function escalatedCheck(state: SimState, body: Body<'escalated'>): GradeCheck {
	const targetName = (to: string) => (to === 'tier-2' ? 'tier 2' : (roleLabels as Readonly<Record<string, string>>)[to] ?? to);
	const escalations = state.escalations ?? [];
	const expected = body.to === undefined ? 'escalated' : `escalated to ${targetName(body.to)}`;
	const actual = escalations.length === 0 ? 'not escalated' : `escalated to ${escalations.map((each) => targetName(each.to)).join(', ')}`;
	const passed = escalations.some((each) => body.to === undefined || each.to === body.to);
	const explanation = passed ? `The ticket was ${expected}.` : escalations.length === 0 ? `The ticket was never escalated; the goal wants it ${expected}.` : `The ticket was ${actual}; the goal wants it ${expected}.`;
	return check(body.label, `The ticket is ${expected}`, expected, actual, passed, explanation);
}
