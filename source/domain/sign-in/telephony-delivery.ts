import {callingCode, isValidPhoneNumber} from '../tenant/methods.js';
import type {Tenant} from '../tenant/tenant.js';
import type {Instant} from '../common/time.js';
import type {Person} from '../world/world.js';
import type {Phone, PhoneEvent} from '../world/phone.js';
import {destinationOf, isAtDesk, type Destination} from '../world/phone-routing.js';
import {denied, optInCallingCodes, type Delivery} from './delivery.js';
import {mfaResultDetails as details} from './mfa-result-detail.js';

/** Microsoft's US SMS short code and default caller number (fact sheet 3.2, 3.3). */
export const smsSender = '97671';
export const callerId = '+1 (855) 330-8653';

/** The text Microsoft sends with a one-time code (fact sheet 3.2: the observed format). */
export function verificationText(code: string): string {
	return `${code} Use this code for Microsoft verification`;
}

/**
 * The phone slot a call goes to, as the Authentication methods blade names it (fact sheet 1.2). The sign-in log's
 * authentication detail names the method and the phone number it used (Graph authenticationDetail,
 * authenticationMethodDetail: "phone number (for SMS and voice)"; not in the fact sheet).
 */
export type PhoneSlot = 'authentication' | 'alternate' | 'office';

const slotLabels: Readonly<Record<PhoneSlot, string>> = {
	authentication: 'authentication phone',
	alternate: 'alternate authentication phone',
	office: 'office phone',
};

/** A registered number as the admin sees it: `+1 4255550199 x2130` for an office phone with an extension. */
function shown(number: string, extension?: string): string {
	return extension === undefined ? number : `${number} x${extension}`;
}

/** A calling code Microsoft won't text or call until the admin opts in (fact sheet 3.2, region opt-in): Microsoft's side knows this. */
function optInMissing(tenant: Tenant, number: string): string | undefined {
	const code = callingCode(number);
	return code !== undefined && optInCallingCodes.includes(code) && !tenant.telephonyOptedInCallingCodes.includes(code) ? code : undefined;
}

/** Why the phone can't take a text or call at all right now, seen from the handset (never shown to the admin). */
function offline(phone: Phone): string | undefined {
	if (!phone.poweredOn) {
		return 'switched off';
	}

	if (!phone.hasSignal) {
		return 'without mobile signal';
	}

	if (phone.roamingCallingCode !== undefined && phone.roamingBlocksTelephony) {
		return `roaming (+${phone.roamingCallingCode}) on a carrier that does not deliver there`;
	}

	return undefined;
}

/** The world cause when a number reaches none of the person's phones, or one they don't have with them. */
function notInHand(person: Person, destination: Destination, number: string): string {
	const mobile = person.phone === undefined ? 'they have no mobile with them' : `the mobile in their hand is ${person.phone.number}`;
	switch (destination.device) {
		case 'old-phone': {
			const state = offline(destination.phone);
			return `${number} is the old phone, which they no longer carry${state === undefined ? '' : ` (it is ${state})`}; ${mobile}.`;
		}

		case 'desk-phone': {
			return `${number} is the landline on their office desk.`;
		}

		default: {
			// Invented: a number that is none of the person's phones is someone else's line or not in service.
			return `${number} is none of their phones (${mobile}); it reaches someone else's line or a number not in service.`;
		}
	}
}

/** Sends a one-way SMS code to the authentication phone and has the person type it if they see it (fact sheet 3.2). */
export function deliverText(tenant: Tenant, person: Person, number: string, code: string, now: Instant): Delivery {
	const noText = 'No text came through.';
	if (!isValidPhoneNumber(number)) {
		return denied({detail: details.invalidPhoneFormat, trace: `The authentication phone "${number}" is not in the +CountryCode Number format, so no text was sent.`, userSays: noText});
	}

	const blockedCode = optInMissing(tenant, number);
	if (blockedCode !== undefined) {
		return denied({detail: details.neverEnteredCode, trace: `No text was sent to ${number}: calling code +${blockedCode} needs an admin opt-in before Microsoft sends texts or calls there.`, userSays: noText});
	}

	const sent = `Text message with a verification code sent to the authentication phone ${number}`;
	const notEntered = `${sent}. The code was never entered on the sign-in page.`;
	const text: PhoneEvent = {type: 'text-received', at: now, from: smsSender, body: verificationText(code)};
	const destination = destinationOf(person, number);
	if (destination.device === 'desk-phone') {
		// A landline can't receive a text: the office phone is for calls only (fact sheet 1.2, 3.1).
		return denied({detail: details.neverEnteredCode, trace: notEntered, worldCause: `${notInHand(person, destination, number)} A landline can't receive texts.`, userSays: noText});
	}

	if (destination.device !== 'phone') {
		const landed = destination.device === 'old-phone' && offline(destination.phone) === undefined && !destination.phone.smsBlocker;
		return denied({detail: details.neverEnteredCode, trace: notEntered, worldCause: notInHand(person, destination, number), userSays: noText, ...(landed ? {phoneEvents: [text], eventsOn: 'old-phone' as const} : {})});
	}

	const {phone} = destination;
	const down = offline(phone);
	if (down !== undefined) {
		return denied({detail: details.neverEnteredCode, trace: notEntered, worldCause: `The phone in their hand is ${down}.`, userSays: noText});
	}

	if (phone.smsBlocker) {
		return denied({detail: details.neverEnteredCode, trace: notEntered, worldCause: 'A third-party security app on the phone filtered the text from the Microsoft short code.', userSays: noText});
	}

	if (phone.doNotDisturb) {
		return denied({
			detail: details.neverEnteredCode,
			trace: notEntered,
			worldCause: 'The text arrived, but Do Not Disturb hid the notification, so they never typed the code.',
			userSays: "I didn't see any text. Nothing popped up.",
			phoneEvents: [text],
		});
	}

	return {ok: true, detail: details.completed, trace: `${sent}; the code was entered correctly.`, phoneEvents: [text]};
}

/** Where a verification call goes: the slot it was placed to and the number (and extension) registered there. */
export type CallTarget = {readonly slot: PhoneSlot; readonly number: string; readonly extension?: string};

/** Places a verification call; the person must answer and press # (fact sheet 3.3). The number decides which phone rings. */
export function deliverCall(tenant: Tenant, person: Person, target: CallTarget, now: Instant): Delivery {
	const {slot, number, extension} = target;
	const neverRang = 'My phone never rang.';
	if (!isValidPhoneNumber(number)) {
		return denied({detail: details.invalidPhoneFormat, trace: `The ${slotLabels[slot]} "${number}" is not in the +CountryCode Number format, so no call was placed.`, userSays: 'The phone never rang.'});
	}

	const blockedCode = optInMissing(tenant, number);
	if (blockedCode !== undefined) {
		// No call is placed at all, so "unable to reach the user's phone" is the closest documented result (fact sheet 6.3).
		return denied({detail: details.unableToReachPhone, trace: `No call was placed to ${number}: calling code +${blockedCode} needs an admin opt-in before Microsoft sends texts or calls there.`, userSays: neverRang});
	}

	const placed = `Phone call placed to the ${slotLabels[slot]} ${shown(number, extension)}`;
	const call = (outcome: 'answered' | 'missed' | 'voicemail' | 'blocked'): PhoneEvent => ({type: 'call-received', at: now, from: callerId, outcome});
	const toVoicemail = `${placed}; it went to voicemail.`;
	const destination = destinationOf(person, number, extension);
	switch (destination.device) {
		case 'desk-phone': {
			return callDesk(person, placed, call);
		}

		case 'old-phone': {
			const rings = offline(destination.phone) === undefined && !destination.phone.smsBlocker && !destination.phone.blocksMicrosoftCaller;
			return denied({detail: details.voicemail, trace: toVoicemail, worldCause: notInHand(person, destination, number), userSays: neverRang, ...(rings ? {phoneEvents: [call('voicemail')], eventsOn: 'old-phone' as const} : {})});
		}

		case 'nobody': {
			return denied({detail: details.voicemail, trace: toVoicemail, worldCause: notInHand(person, destination, number), userSays: neverRang});
		}

		case 'phone': {
			return callMobile(destination.phone, person, placed, call);
		}
	}
}

type CallEvent = (outcome: 'answered' | 'missed' | 'voicemail' | 'blocked') => PhoneEvent;

function callDesk(person: Person, placed: string, call: CallEvent): Delivery {
	if (!isAtDesk(person)) {
		return denied({
			detail: details.voicemail,
			trace: `${placed}; it went to voicemail.`,
			worldCause: 'The call rang the office desk phone while they were away from the office; the desk voicemail took it.',
			userSays: "I'm not at my desk, so I guess it rang there?",
			phoneEvents: [call('voicemail')],
			eventsOn: 'desk-phone',
		});
	}

	if (!person.behaviour.pressesHash) {
		return denied({
			detail: details.hungUp,
			trace: `${placed}; it was answered, but # was never pressed before the call ended.`,
			worldCause: 'They answered the desk phone but did not press #.',
			userSays: 'I answered and listened, then it hung up on me.',
			phoneEvents: [call('answered')],
			eventsOn: 'desk-phone',
		});
	}

	return {ok: true, detail: details.completed, trace: `${placed}; it was answered and # was pressed.`, worldCause: 'They answered the desk phone and pressed #.', phoneEvents: [call('answered')], eventsOn: 'desk-phone'};
}

function callMobile(phone: Phone, person: Person, placed: string, call: CallEvent): Delivery {
	const down = offline(phone);
	if (down !== undefined) {
		return denied({detail: details.voicemail, trace: `${placed}; it went to voicemail.`, worldCause: `The phone in their hand is ${down}.`, userSays: 'My phone never rang.'});
	}

	if (phone.blocksMicrosoftCaller || phone.smsBlocker) {
		// The blocker rejects the call before it rings, so the call never connects: "unable to reach the user's phone"
		// is the closest documented result (fact sheet 6.3; 3.2, 3.3: blocked caller ID and third-party security apps).
		return denied({
			detail: details.unableToReachPhone,
			trace: `${placed}; the call did not connect.`,
			worldCause: 'A call blocker on the phone rejected the call from Microsoft\'s caller ID.',
			userSays: 'My phone never rang.',
			phoneEvents: [call('blocked')],
		});
	}

	if (phone.callsGoToVoicemail || phone.doNotDisturb) {
		return denied({
			detail: details.voicemail,
			trace: `${placed}; it went to voicemail.`,
			worldCause: 'The call went straight to voicemail (call screening, forwarding or Do Not Disturb).',
			userSays: 'I only got a voicemail from some 855 number.',
			phoneEvents: [call('voicemail')],
		});
	}

	if (!person.behaviour.pressesHash) {
		return denied({
			detail: details.hungUp,
			trace: `${placed}; it was answered, but # was never pressed before the call ended.`,
			worldCause: 'They answered but did not press # before the call ended.',
			userSays: 'I answered and said hello, then it hung up.',
			phoneEvents: [call('answered')],
		});
	}

	return {ok: true, detail: details.completed, trace: `${placed}; it was answered and # was pressed.`, phoneEvents: [call('answered')]};
}
