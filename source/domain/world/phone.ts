import type {Instant} from '../common/time.js';

/** One account in the person's Microsoft Authenticator (or third-party TOTP app). */
export type AuthenticatorAccount = {
	/** The tenant-side registration this account was set up for (AuthenticatorRegistration or SoftwareOathToken id). */
	readonly registrationId: string;
	readonly label: string;
	/** The seed the app holds; after a reinstall or restore it may no longer match the tenant. */
	readonly secret: string;
	/** false after a restore/reinstall: "Authentication request is not for an activated account" (fact sheet 3.4). */
	readonly activated: boolean;
};

export type AuthenticatorApp = {
	readonly installed: boolean;
	readonly notificationsAllowed: boolean;
	readonly batteryOptimised: boolean;
	readonly accounts: readonly AuthenticatorAccount[];
};

/** Something that appeared on the phone: a text, a call, a push prompt. The trainee can look at these. */
export type PhoneEvent =
	| {readonly type: 'text-received'; readonly at: Instant; readonly from: string; readonly body: string}
	| {readonly type: 'call-received'; readonly at: Instant; readonly from: string; readonly outcome: 'answered' | 'missed' | 'voicemail' | 'blocked'}
	| {readonly type: 'push-received'; readonly at: Instant; readonly account: string; readonly numberMatch?: number; readonly response: 'approved' | 'denied' | 'ignored' | 'not-shown'};

/** The phone in the person's hand: what is real, whatever the tenant believes (DESIGN section 2). */
export type Phone = {
	/** The SIM's real number in `+CC number` format. */
	readonly number: string;
	/**
	 * Make and model, e.g. "iPhone 16 Plus": the device name Microsoft Authenticator reports when it registers, which
	 * Authentication methods then lists. Absent when the world doesn't know it.
	 */
	readonly model?: string;
	readonly isSmartphone: boolean;
	readonly poweredOn: boolean;
	readonly hasSignal: boolean;
	/** Wi-Fi or mobile data for push notifications. */
	readonly hasData: boolean;
	/** Calling code of the country the phone is roaming in, if abroad. */
	readonly roamingCallingCode?: string;
	/** Roaming without a carrier agreement: texts and calls don't arrive (fact sheet 3.2, inferred). */
	readonly roamingBlocksTelephony: boolean;
	readonly doNotDisturb: boolean;
	/** A third-party security app that filters Microsoft's short codes and caller IDs (fact sheet 3.2). */
	readonly smsBlocker: boolean;
	/** The caller ID Microsoft calls from is blocked on the device (fact sheet 3.3). */
	readonly blocksMicrosoftCaller: boolean;
	/** Calls go straight to voicemail (call screening, forwarding). */
	readonly callsGoToVoicemail: boolean;
	/** Seconds the phone clock is ahead (positive) or behind (negative); 0 with automatic time. */
	readonly clockOffsetSeconds: number;
	readonly automaticTime: boolean;
	readonly authenticator: AuthenticatorApp;
	/** Texts, calls and prompts received, newest last. */
	readonly log: readonly PhoneEvent[];
};

/**
 * The landline on the person's desk at the office. It takes calls only: a landline can't receive a text
 * (fact sheet 1.2 and 3.1: the office phone is "Call my office phone", never a text option). Who answers it
 * is a modelling convention shared with the person-side estimates: the person does, while they are on the
 * `office` network; otherwise the call goes to the desk voicemail (invented: a desk phone always has voicemail).
 */
export type DeskPhone = {
	/** The line's number in `+CC number` format; desks in one office often share it. */
	readonly number: string;
	/** This desk's extension on that line, if it has one (fact sheet 1.2: extensions only on office phones). */
	readonly extension?: string;
	/** Calls that reached this desk, newest last. */
	readonly log: readonly PhoneEvent[];
};

/** A hardware OATH token (key fob) in the person's hand. Its real interval may differ from the CSV upload. */
export type TokenDevice = {
	readonly serialNumber: string;
	readonly secret: string;
	readonly periodSeconds: 30 | 60;
};
