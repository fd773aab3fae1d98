import type {Instant} from '../common/time.js';
import type {PhoneEvent} from '../world/phone.js';

/** What happened when the challenge went out through the user's world. */
export type Delivery =
	| {
			readonly ok: true;
			readonly detail: string;
			readonly trace: string;
			readonly phoneEvents: readonly PhoneEvent[];
			/** A TOTP step to remember as used, so the same code is refused next time (fact sheet 3.5). */
			readonly acceptedStep?: {readonly credentialId: string; readonly step: number};
	  }
	| {
			readonly ok: false;
			readonly detail: string;
			readonly errorCode: number;
			readonly failureReason: string;
			readonly trace: string;
			readonly userSays: string;
			readonly phoneEvents: readonly PhoneEvent[];
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

/** Builds a failed delivery with the common 500121 code. */
export function denied(detail: string, trace: string, userSays: string, phoneEvents: readonly PhoneEvent[] = []): DeliveryFailure {
	return {ok: false, detail, trace, userSays, phoneEvents, ...strongAuthFailed};
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
