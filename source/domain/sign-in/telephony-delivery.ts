import {callingCode, isValidPhoneNumber} from '../tenant/methods.js';
import type {Tenant} from '../tenant/tenant.js';
import type {Instant} from '../common/time.js';
import type {Person} from '../world/world.js';
import type {Phone, PhoneEvent} from '../world/phone.js';
import {denied, optInCallingCodes, type Delivery} from './delivery.js';
import {mfaResultDetails as details} from './mfa-result-detail.js';

/** Microsoft's US SMS short code and default caller number (fact sheet 3.2, 3.3). */
const smsSender = '97671';
const callerId = '+1 (855) 330-8653';

function digits(number: string): string {
	return number.replaceAll(/\D/g, '');
}

/** Why a text or call would not reach the phone in the person's hand, or undefined if it would. */
function unreachable(tenant: Tenant, phone: Phone | undefined, number: string): string | undefined {
	const code = callingCode(number);
	if (code !== undefined && optInCallingCodes.includes(code) && !tenant.telephonyOptedInCallingCodes.includes(code)) {
		return `Calling code +${code} needs an admin opt-in before Microsoft sends texts or calls there.`;
	}

	if (!phone || digits(phone.number) !== digits(number)) {
		return `The registered number ${number} is not the phone the user has in hand${phone ? ` (${phone.number})` : ''}.`;
	}

	if (!phone.poweredOn) {
		return 'The phone is switched off.';
	}

	if (!phone.hasSignal) {
		return 'The phone has no mobile signal.';
	}

	if (phone.roamingCallingCode !== undefined && phone.roamingBlocksTelephony) {
		return `The phone is roaming (+${phone.roamingCallingCode}) and the carrier does not deliver there.`;
	}

	return undefined;
}

/** Sends a one-way SMS code and has the person type it if they see it (fact sheet 3.2). */
export function deliverText(tenant: Tenant, person: Person, number: string, code: string, now: Instant): Delivery {
	if (!isValidPhoneNumber(number)) {
		return denied(details.invalidPhoneFormat, `The authentication phone "${number}" is not in the +CountryCode Number format.`, 'No text came through.');
	}

	const phone = person.phone;
	const reason = unreachable(tenant, phone, number);
	if (reason !== undefined || !phone) {
		return denied(details.neverEnteredCode, `Text sent to ${number}. ${reason ?? ''}`.trim(), 'No text came through.');
	}

	const text: PhoneEvent = {type: 'text-received', at: now, from: smsSender, body: `${code} Use this code for Microsoft verification`};
	if (phone.smsBlocker) {
		return denied(details.neverEnteredCode, 'A third-party security app on the phone filtered the text from the Microsoft short code.', 'No text came through.');
	}

	if (phone.doNotDisturb) {
		return denied(details.neverEnteredCode, 'The text arrived, but Do Not Disturb hid the notification, so the user never typed the code.', "I didn't see any text. Nothing popped up.", [text]);
	}

	return {ok: true, detail: details.completed, trace: `Text with the code delivered to ${number}; the user typed it.`, phoneEvents: [text]};
}

/** Places a verification call; the person must answer and press # (fact sheet 3.3). */
export function deliverCall(tenant: Tenant, person: Person, number: string, isOfficePhone: boolean, now: Instant): Delivery {
	if (!isValidPhoneNumber(number)) {
		return denied(details.invalidPhoneFormat, `The phone "${number}" is not in the +CountryCode Number format.`, 'The phone never rang.');
	}

	if (isOfficePhone) {
		// The desk phone is answered only when the person is in the office (a modelling convention: network id `office`).
		if (person.networkId !== 'office') {
			const call: PhoneEvent = {type: 'call-received', at: now, from: callerId, outcome: 'voicemail'};
			return denied(details.voicemail, 'The call rang the office desk phone while the user was not in the office; it went to voicemail.', "I'm not at my desk, so I guess it rang there?", [call]);
		}

		return person.behaviour.pressesHash
			? {ok: true, detail: details.completed, trace: 'The office phone rang; the user answered and pressed #.', phoneEvents: []}
			: denied(details.hungUp, 'The user answered the office phone but did not press #.', 'I answered and listened, then it hung up on me.');
	}

	const phone = person.phone;
	const reason = unreachable(tenant, phone, number);
	if (reason !== undefined || !phone) {
		return denied(details.voicemail, `Call placed to ${number}. ${reason ?? ''}`.trim(), 'My phone never rang.');
	}

	const call = (outcome: 'answered' | 'missed' | 'voicemail' | 'blocked'): PhoneEvent => ({type: 'call-received', at: now, from: callerId, outcome});
	if (phone.blocksMicrosoftCaller || phone.smsBlocker) {
		return denied(details.hungUp, 'A call blocker on the phone rejected the call from Microsoft\'s caller ID.', 'My phone never rang.', [call('blocked')]);
	}

	if (phone.callsGoToVoicemail || phone.doNotDisturb) {
		return denied(details.voicemail, 'The call went straight to voicemail (call screening, forwarding or Do Not Disturb).', 'I only got a voicemail from some 855 number.', [call('voicemail')]);
	}

	if (!person.behaviour.pressesHash) {
		return denied(details.hungUp, 'The user answered but did not press # before the call ended.', 'I answered and said hello, then it hung up.', [call('answered')]);
	}

	return {ok: true, detail: details.completed, trace: `Call to ${number} answered; the user pressed #.`, phoneEvents: [call('answered')]};
}
