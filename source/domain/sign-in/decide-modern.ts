import {findContainingRange} from '../common/ipv4.js';
import {formatInstant} from '../common/time.js';
import {defaultMethodLabels} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import {deliverCode, deliverPush} from './app-delivery.js';
import {hasAnyMethod, trustedIpsApply, validRememberedGrant} from './bypass.js';
import type {SignInContext} from './decide-sign-in.js';
import {isTelephonyThrottled, type Delivery} from './delivery.js';
import {mfaResultDetails as details} from './mfa-result-detail.js';
import type {MfaRequirement} from './requirement.js';
import {deliverCall, deliverText} from './telephony-delivery.js';
import {challengeOptions, methodLabel, pickOption, type ChallengeOption} from './usable-methods.js';
import {signInErrors, step, type Verdict} from './verdict.js';

const success = {status: 'Success', errorCode: 0, failureReason: ''} as const;

/** Modern clients (browser, modern apps): bypasses, registration interrupt, then the challenge (fact sheet 6.1 steps 4-8). */
export function decideModern(context: SignInContext, user: User, requirement: MfaRequirement): Verdict {
	const {state, trace, client, network, attempt} = context;
	const {tenant, now} = state;
	if (!requirement.required) {
		step(trace, {step: 'requirement', verdict: 'pass', detail: requirement.why, source: requirement.source});
		return {...success, requirement, userSays: 'I got straight in, no code or anything.', effects: {resetFailedPasswords: true, session: {mfa: false}}};
	}

	step(trace, {step: 'requirement', verdict: 'info', detail: requirement.why, source: requirement.source});
	const range = trustedIpsApply(tenant, requirement) ? findContainingRange(tenant.settings.trustedIpRanges, network.ip) : undefined;
	if (range !== undefined) {
		step(trace, {step: 'bypass', verdict: 'pass', detail: `The sign-in came from ${network.ip} (${network.location}), inside trusted range ${range}.`, source: '6.1 step 5, 8.3'});
		return {...success, requirement, mfaResultDetail: details.skippedLocation, userSays: "I wasn't asked for anything, I just got in.", effects: {resetFailedPasswords: true, session: {mfa: false}}};
	}

	const grant = validRememberedGrant(tenant, user, client, now, requirement);
	if (grant) {
		step(trace, {step: 'bypass', verdict: 'pass', detail: `This browser holds a remembered-MFA cookie granted ${formatInstant(grant.grantedAt)}, still valid.`, source: '6.1 step 5, 8.5'});
		return {...success, requirement, mfaResultDetail: details.skippedRememberedDevice, userSays: "It didn't ask me for a code, it just let me in.", effects: {resetFailedPasswords: true, session: {mfa: false}}};
	}

	// Entra sees the IP and whether this browser presented a valid cookie; the person's name for the device is world-side.
	const cookie = client.kind === 'browser' ? 'this browser presented no valid remembered-MFA cookie' : '"Don\'t ask again" cookies exist only in browsers';
	step(trace, {step: 'bypass', verdict: 'skip', detail: `No trusted IP range contains ${network.ip}, and ${cookie}.`, source: '5, 6.1 step 5'});
	const options = challengeOptions(tenant, user);
	const defaultUnusable = user.defaultMethod !== undefined && attempt.method === undefined && !pickOption(options, user.defaultMethod);
	if (options.length === 0 || user.mustRegisterAgain || defaultUnusable) {
		const why =
			options.length === 0
				? 'The user has no verification method the tenant allows, so Entra asks them to register ("More information required").'
				: user.mustRegisterAgain
					? 'An admin required the user to provide contact methods again, so registration runs at this sign-in.'
					: `The default method (${defaultMethodLabels[user.defaultMethod ?? 'text']}) is no longer allowed, so the user must register again to pick a new one.`;
		const source = options.length === 0 ? '6.1 step 6' : user.mustRegisterAgain ? '6.1 step 6, 7.3' : '6.1 step 6, 8.4';
		step(trace, {step: 'registration', verdict: 'info', detail: why, source});
		const code = client.kind === 'browser' ? signInErrors.enrollmentRequiredInterrupt : signInErrors.enrollmentRequired;
		const hasAny = hasAnyMethod(user);
		return {
			status: 'Interrupted',
			...code,
			requirement,
			mfaResultDetail: hasAny ? details.registrationPrompted : details.noMethods,
			userSays: "It says 'More information required' and wants me to set something up.",
		};
	}

	if (context.era.legacyFraudAlert && user.mfaBlockedUntil !== undefined && user.mfaBlockedUntil > now) {
		step(trace, {step: 'challenge', verdict: 'fail', detail: `The user is blocked for MFA until ${formatInstant(user.mfaBlockedUntil)} after a fraud report; every attempt is denied.`, source: '1.2, 7.3, 8.7, 9 ticket 11'});
		return {status: 'Failure', errorCode: 500_121, failureReason: 'Authentication failed during strong authentication request.', requirement, mfaResultDetail: details.userBlocked, userSays: "It won't let me in since I pressed 'not me' on that notification."};
	}

	const requested = pickOption(options, attempt.method);
	if (attempt.method !== undefined && !requested) {
		step(trace, {step: 'challenge', verdict: 'info', detail: `"Sign in another way" offered no ${defaultMethodLabels[attempt.method]} option: it is not registered or not allowed.`, source: '3.6, 6.1 step 7'});
	}

	const option = requested ?? pickOption(options, user.defaultMethod) ?? options[0]!;
	step(trace, {step: 'challenge', verdict: 'info', detail: `Challenge: ${methodLabel(option)}${requested ? ' (chosen under Sign in another way)' : ''}.`, source: '6.1 step 7'});
	const isTelephony = option.method === 'text' || option.method === 'call' || option.method === 'alternate-call' || option.method === 'office-call';
	if (isTelephony && isTelephonyThrottled(user.telephonyAttempts, now)) {
		step(trace, {step: 'delivery', verdict: 'fail', detail: 'Too many texts or calls in the last 10 minutes: telephony is throttled. Authenticator and codes are not limited.', source: '3.2, 6.2 AADSTS50088, 9 ticket 4'});
		return {status: 'Failure', ...signInErrors.telephonyLimit, requirement, authMethod: methodLabel(option), mfaResultDetail: details.serviceError, userSays: "It says I've hit the limit on text verification codes."};
	}

	const delivery = deliver(context, user, option);
	step(trace, {
		step: 'delivery',
		verdict: delivery.ok ? 'pass' : 'fail',
		detail: delivery.trace,
		source: deliverySource(option),
		...(delivery.worldCause === undefined ? {} : {worldCause: delivery.worldCause}),
	});
	if (!delivery.ok) {
		return {
			status: 'Failure',
			errorCode: delivery.errorCode,
			failureReason: delivery.failureReason,
			requirement,
			authMethod: methodLabel(option),
			mfaResultDetail: delivery.detail,
			userSays: delivery.userSays,
			phoneEvents: delivery.phoneEvents,
			...(delivery.eventsOn === undefined ? {} : {phoneEventsOn: delivery.eventsOn}),
			effects: {telephonyAttempt: isTelephony, ...(delivery.fraudReported ? {fraudReported: true} : {})},
		};
	}

	// "Don't ask again" is never offered to B2B guests (fact sheet 8.5).
	const remember = client.kind === 'browser' && user.userType === 'member' && tenant.settings.rememberMfa.enabled && context.person.behaviour.ticksDontAskAgain;
	if (remember) {
		step(trace, {step: 'result', verdict: 'info', detail: `The user ticked "Don't ask again for ${tenant.settings.rememberMfa.days} days"; this browser is now remembered.`, source: '6.1 step 8, 8.5'});
	}

	return {
		...success,
		requirement,
		authMethod: methodLabel(option),
		mfaResultDetail: delivery.detail,
		userSays: 'That worked, I\'m in!',
		phoneEvents: delivery.phoneEvents,
		...(delivery.eventsOn === undefined ? {} : {phoneEventsOn: delivery.eventsOn}),
		effects: {
			telephonyAttempt: isTelephony,
			resetFailedPasswords: true,
			session: {mfa: true},
			...(remember ? {rememberDevice: true} : {}),
			...(delivery.acceptedStep ? {acceptedStep: delivery.acceptedStep} : {}),
		},
	};
}

/** Fact sheet sections behind a delivery step: the method's failure modes plus the result details (6.3). */
function deliverySource(option: ChallengeOption): string {
	switch (option.method) {
		case 'text': {
			return '3.2, 6.3';
		}

		case 'app-notification': {
			return '3.4, 6.3';
		}

		case 'app-code': {
			return '3.5, 6.3';
		}

		default: {
			return '3.3, 6.3';
		}
	}
}

function deliver(context: SignInContext, user: User, option: ChallengeOption): Delivery {
	const {state, person, facts, network, era} = context;
	switch (option.method) {
		case 'text': {
			return deliverText(state.tenant, person, option.number, facts.oneTimeCode, state.now);
		}

		case 'call': {
			return deliverCall(state.tenant, person, {slot: 'authentication', number: option.number}, state.now);
		}

		case 'alternate-call': {
			return deliverCall(state.tenant, person, {slot: 'alternate', number: option.number}, state.now);
		}

		case 'office-call': {
			return deliverCall(state.tenant, person, {slot: 'office', number: option.number, ...(option.extension === undefined ? {} : {extension: option.extension})}, state.now);
		}

		case 'app-notification': {
			return deliverPush({person, user, registrationId: option.registrationId, network, era, numberMatch: facts.numberMatch, now: state.now});
		}

		case 'app-code': {
			return deliverCode({user, credentialId: option.credentialId, credentialKind: option.credentialKind, fact: facts.totp[option.credentialId]});
		}
	}
}
