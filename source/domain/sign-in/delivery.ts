import type {Instant} from '../common/time.js';
import type {PhoneEvent} from '../world/phone.js';
import type {PhoneDevice} from '../world/phone-routing.js';

/**
 * What happened when the challenge went out through the user's world. `trace` is what Microsoft's side can
 * know (what was sent, to which registered number or device, the answer it got, timing): it is what the
 * admin's Sign-in diagnostic shows. `worldCause` is what really happened on the handset, which Entra never
 * sees (fact sheet 6.3 gives it only result details such as "user never entered the verification code"); it
 * is kept for the trainer's debrief and the tests, and is found by the trainee only on the user's side.
 */
export type Delivery =
	| {
			readonly ok: true;
			readonly detail: string;
			readonly trace: string;
			readonly worldCause?: string;
			readonly phoneEvents: readonly PhoneEvent[];
			/** The device whose log the events belong on; the phone in hand when absent. */
			readonly eventsOn?: PhoneDevice;
			/** A TOTP step to remember as used, so the same code is refused next time (fact sheet 3.5). */
			readonly acceptedStep?: {readonly credentialId: string; readonly step: number};
	  }
	| {
			readonly ok: false;
			readonly detail: string;
			readonly errorCode: number;
			readonly failureReason: string;
			readonly trace: string;
			readonly worldCause?: string;
			readonly userSays: string;
			readonly phoneEvents: readonly PhoneEvent[];
			readonly eventsOn?: PhoneDevice;
			/** The person tapped "No, it's not me" (fact sheet 3.4, 8.7). */
			readonly fraudReported?: boolean;
	  };

/** A challenge that did not succeed. */
export type DeliveryFailure = Extract<Delivery, {readonly ok: false}>;

/** AADSTS500121: "Authentication failed during strong authentication request" (fact sheet 6.2). */
export const strongAuthFailed = {
	errorCode: 500_121,
	failureReason: 'Authentication failed during strong authentication request.',
} as const;

/** A failed challenge as the evaluation describes it: the admin-visible sentence, the handset-side cause, the person's words. */
export type DenialInput = {
	readonly detail: string;
	/** What Microsoft's side can know; shown in the Sign-in diagnostic. */
	readonly trace: string;
	/** What really happened on the person's side; never shown to the admin. */
	readonly worldCause?: string;
	readonly userSays: string;
	readonly phoneEvents?: readonly PhoneEvent[];
	readonly eventsOn?: PhoneDevice;
};

/** Builds a failed delivery with the common 500121 code. */
export function denied(input: DenialInput): DeliveryFailure {
	const {phoneEvents = [], worldCause, eventsOn, ...rest} = input;
	return {ok: false, ...rest, phoneEvents, ...(worldCause === undefined ? {} : {worldCause}), ...(eventsOn === undefined ? {} : {eventsOn}), ...strongAuthFailed};
}

/**
 * Telephony throttling: the 6th text or call within 10 minutes is refused. Invented threshold: fact
 * sheet 3.2 says "repeated tries in a short time" and advises up to 5 tries within 5 minutes, and a
 * simulated sign-in takes a minute, so the window is wider than those 5 minutes.
 */
export const telephonyLimit = {attempts: 5, windowMs: 10 * 60 * 1000} as const;

/** Is the user over the telephony limit at `now`? */
export function isTelephonyThrottled(attempts: readonly Instant[], now: Instant): boolean {
	return attempts.filter((at) => now - at < telephonyLimit.windowMs).length >= telephonyLimit.attempts;
}

/** Calling codes that need an admin opt-in before texts and calls are sent (an invented sample; fact sheet 3.2, open question 11). */
export const optInCallingCodes: readonly string[] = ['53', '63', '234', '880'];
