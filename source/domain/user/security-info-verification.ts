import {eraAt} from '../common/era.js';
import {telephonyLimit} from '../sign-in/delivery.js';
import type {Instant} from '../common/time.js';
import {callerId, smsSender, verificationText} from '../sign-in/telephony-delivery.js';
import {guidFrom, type SimState} from '../state/sim-state.js';
import type {DefaultMethod} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import type {PhoneEvent} from '../world/phone.js';
import {destinationOf, withDeviceEvents, type PhoneDevice} from '../world/phone-routing.js';
import type {Person} from '../world/world.js';

/**
 * How the second factor of a Security info sign-in went, which the person-side check (security-info-access.ts)
 * has already found to work: the method as the sign-in log names it, what Microsoft's side saw, and what the
 * phone showed. A verification always succeeds here; a method that fails never lets the person in.
 */
export type Verification = {
	/** The method under Authentication details (fact sheet 6.3), e.g. "Text message". */
	readonly authMethod: string;
	/** What Microsoft's side saw, for the Sign-in diagnostic. */
	readonly detail: string;
	/** Fact sheet sections behind `detail`. */
	readonly source: string;
	readonly phoneEvents: readonly PhoneEvent[];
	/** The telephone the events belong on; the phone in hand unless the number rang the desk. */
	readonly device: PhoneDevice;
	/** A text or a call: counted against the telephony limit like a sign-in's (fact sheet 3.2). */
	readonly telephony: boolean;
};

/**
 * The one-time code and number-matching value the page used. A sign-in gets them from the seeded generator as
 * facts; a user action has none, so they are derived from the tenant and the sequence the way request ids are
 * (guidFrom): deterministic, so replays agree. Nobody types them back: the page already accepted them.
 */
function pageValues(state: SimState, purpose: 'verification' | 'confirmation' = 'verification'): {readonly code: string; readonly numberMatch: number} {
	const hex = guidFrom(`${state.tenant.id}:${purpose}`, state.sequence).replaceAll('-', '');
	const code = String(Number.parseInt(hex.slice(0, 8), 16) % 1_000_000).padStart(6, '0');
	return {code, numberMatch: 10 + (Number.parseInt(hex.slice(8, 12), 16) % 90)};
}

function telephony(person: Person, number: string, extension: string | undefined, event: PhoneEvent, authMethod: string, detail: string, source: string): Verification {
	const destination = destinationOf(person, number, extension);
	const device: PhoneDevice = destination.device === 'desk-phone' ? 'desk-phone' : destination.device === 'old-phone' ? 'old-phone' : 'phone';
	return {authMethod, detail, source, phoneEvents: [event], device, telephony: true};
}

function call(person: Person, slot: string, number: string, now: Instant, extension?: string): Verification {
	const shown = extension === undefined ? number : `${number} x${extension}`;
	const event: PhoneEvent = {type: 'call-received', at: now, from: callerId, outcome: 'answered'};
	return telephony(person, number, extension, event, 'Phone call', `Phone call placed to the ${slot} ${shown}; it was answered and # was pressed.`, '3.3, 6.3');
}

function push(state: SimState, user: User, person: Person, numberMatch: number): Verification {
	// The registration whose activated account is in the app on the phone in hand: the one the person could approve.
	const accounts = person.phone?.authenticator.accounts ?? [];
	const registration = user.methods.authenticatorApps.find((app) => app.push && accounts.some((account) => account.registrationId === app.id && account.activated));
	const account = accounts.find((each) => each.registrationId === registration?.id);
	const matching = eraAt(state.now).numberMatching ? {numberMatch} : {};
	const event: PhoneEvent = {type: 'push-received', at: state.now, account: account?.label ?? 'Microsoft', ...matching, response: 'approved'};
	const approved = matching.numberMatch === undefined ? 'approved' : `approved with the matching number ${matching.numberMatch}`;
	const detail = `Notification sent to Microsoft Authenticator on "${registration?.deviceName ?? 'the registered device'}"; the request was ${approved}.`;
	return {authMethod: 'Mobile app notification', detail, source: '3.4, 6.3', phoneEvents: [event], device: 'phone', telephony: false};
}

/** The second factor the person passed to get into Security info with `via`, as the state before the change saw it. */
export function verificationBy(state: SimState, user: User, person: Person, via: DefaultMethod): Verification {
	const {code, numberMatch} = pageValues(state);
	const {methods} = user;
	switch (via) {
		case 'text': {
			const number = methods.authenticationPhone?.number ?? '';
			const event: PhoneEvent = {type: 'text-received', at: state.now, from: smsSender, body: verificationText(code)};
			return telephony(person, number, undefined, event, 'Text message', `Text message with a verification code sent to the authentication phone ${number}; the code was entered correctly.`, '3.2, 6.3');
		}

		case 'call': {
			return call(person, 'authentication phone', methods.authenticationPhone?.number ?? '', state.now);
		}

		case 'alternate-call': {
			return call(person, 'alternate authentication phone', methods.alternatePhone?.number ?? '', state.now);
		}

		case 'office-call': {
			return call(person, 'office phone', methods.officePhone?.number ?? '', state.now, methods.officePhone?.extension);
		}

		case 'app-notification': {
			return push(state, user, person, numberMatch);
		}

		case 'app-code': {
			// The code is read off the app or token: nothing arrives on the phone.
			return {authMethod: 'OATH verification code', detail: 'The page asked for a verification code from an app or token; the code entered matched within the accepted window.', source: '3.5, 6.3', phoneEvents: [], device: 'phone', telephony: false};
		}
	}
}

/** The user with one more text or call in the telephony window (fact sheet 3.2), as a sign-in records it. */
export function withTelephonyAttempt(user: User, now: Instant): User {
	return {...user, telephonyAttempts: [...user.telephonyAttempts.filter((at) => now - at < telephonyLimit.windowMs), now]};
}

/**
 * Confirming the phone in hand as a method: Microsoft texts it a code or calls it (fact sheet 3.2, 3.3), which the
 * person's check already found to work. The text or call shows on the phone and counts against the telephony limit
 * like a sign-in's (inferred, usable-methods.ts `throttleProblem`).
 */
export function withPhoneConfirmation(state: SimState, user: User, person: Person, kind: 'text' | 'call'): {readonly user: User; readonly person: Person} {
	const event: PhoneEvent = kind === 'text'
		? {type: 'text-received', at: state.now, from: smsSender, body: verificationText(pageValues(state, 'confirmation').code)}
		: {type: 'call-received', at: state.now, from: callerId, outcome: 'answered'};
	return {user: withTelephonyAttempt(user, state.now), person: withDeviceEvents(person, 'phone', [event])};
}
