import {SECOND, type Instant} from '../../domain/common/time.js';
import type {TotpPort} from '../../domain/ports.js';
import type {Behaviour} from '../../domain/world/world.js';
import type {AuthenticatorAccount, Phone, PhoneEvent, TokenDevice} from '../../domain/world/phone.js';

/** Microsoft Authenticator makes a new code every 30 seconds (fact sheet 3.5). */
export const authenticatorPeriod = 30;

/** The code a TOTP app or key fob shows at an instant, and how long it stays. Never the seed. */
export type LiveCode = {
	readonly code: string;
	readonly secondsLeft: number;
	readonly period: 30 | 60;
};

/**
 * The code shown at `at` (the device's own clock, in ms) for a seed. The seed only goes into the
 * TOTP port and is never returned or drawn.
 */
export function liveCode(totp: TotpPort, secret: string, at: Instant, period: 30 | 60): LiveCode | undefined {
	const seconds = Math.floor(at / SECOND);
	try {
		return {code: totp.generate(secret, seconds, period), secondsLeft: period - (((seconds % period) + period) % period), period};
	} catch {
		// A seed the port cannot read shows no code, as a broken app would.
		return undefined;
	}
}

/** The instant the phone's own clock shows (simulated now plus its offset). */
export function phoneClock(phone: Phone, now: Instant): Instant {
	return now + phone.clockOffsetSeconds * SECOND;
}

/** The code on the phone's Authenticator for one account, at the phone's own clock. */
export function accountCode(totp: TotpPort, phone: Phone, account: AuthenticatorAccount, now: Instant): LiveCode | undefined {
	return liveCode(totp, account.secret, phoneClock(phone, now), authenticatorPeriod);
}

/** The code a key fob shows (its own accurate clock and its real interval). */
export function tokenCode(totp: TotpPort, token: TokenDevice, now: Instant): LiveCode | undefined {
	return liveCode(totp, token.secret, now, token.periodSeconds);
}

/** `3 min 20 s` for an offset in seconds (sign dropped). */
export function durationText(seconds: number): string {
	const total = Math.abs(Math.round(seconds));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const rest = total % 60;
	const parts = [hours > 0 ? `${hours} h` : '', minutes > 0 ? `${minutes} min` : '', rest > 0 || total === 0 ? `${rest} s` : ''];
	return parts.filter(Boolean).join(' ');
}

/** One row of the phone's settings as the person would read them off the phone. */
export type SettingRow = {
	readonly label: string;
	readonly value: string;
	/** Something a helpdesk agent would frown at; drawn in the warning colour. */
	readonly unusual: boolean;
};

function timeRow(phone: Phone): SettingRow {
	if (phone.automaticTime && phone.clockOffsetSeconds === 0) {
		return {label: 'Date & time', value: 'Set automatically', unusual: false};
	}

	const drift = phone.clockOffsetSeconds === 0 ? 'on time' : `${durationText(phone.clockOffsetSeconds)} ${phone.clockOffsetSeconds > 0 ? 'fast' : 'slow'}`;
	return {label: 'Date & time', value: `Set manually (${drift})`, unusual: phone.clockOffsetSeconds !== 0};
}

function networkRow(phone: Phone): SettingRow {
	if (!phone.poweredOn) {
		return {label: 'Network', value: 'Phone switched off', unusual: true};
	}

	const parts = [phone.hasSignal ? 'Signal' : 'No signal', phone.hasData ? 'data on' : 'no data'];
	if (phone.roamingCallingCode !== undefined) {
		parts.push(`roaming (+${phone.roamingCallingCode})`);
	}

	return {label: 'Network', value: parts.join(', '), unusual: !phone.hasSignal || !phone.hasData || phone.roamingCallingCode !== undefined};
}

function callsRow(phone: Phone, behaviour: Behaviour): SettingRow {
	const parts = [phone.callsGoToVoicemail ? 'Calls go to voicemail' : 'Calls ring', behaviour.pressesHash ? 'presses # when asked' : 'does not press #'];
	return {label: 'Calls', value: parts.join(', '), unusual: phone.callsGoToVoicemail || !behaviour.pressesHash};
}

/**
 * The phone's settings as the person sees them: time automatic or off by some seconds,
 * notifications, battery optimisation, blocker app, Do Not Disturb and signal. Pure.
 */
export function settingRows(phone: Phone, behaviour: Behaviour): readonly SettingRow[] {
	const app = phone.authenticator;
	const blocked = [phone.smsBlocker ? 'filters texts' : '', phone.blocksMicrosoftCaller ? 'blocks a Microsoft caller ID' : ''].filter(Boolean);
	return [
		timeRow(phone),
		networkRow(phone),
		{label: 'Do Not Disturb', value: phone.doNotDisturb ? 'On' : 'Off', unusual: phone.doNotDisturb},
		{label: 'Blocker app', value: blocked.length === 0 ? 'None' : `Installed: ${blocked.join(', ')}`, unusual: blocked.length > 0},
		...(app.installed
			? [
					{label: 'Notifications', value: `${app.notificationsAllowed ? 'Allowed' : 'Off'} for Authenticator`, unusual: !app.notificationsAllowed},
					{label: 'Battery saving', value: `${app.batteryOptimised ? 'On' : 'Off'} for Authenticator`, unusual: app.batteryOptimised},
				]
			: [{label: 'Authenticator', value: 'Not installed', unusual: false}]),
		callsRow(phone, behaviour),
	];
}

/** The phone's log without push prompts (those show under Authenticator), oldest first. */
export function messagesAndCalls(phone: Phone): readonly PhoneEvent[] {
	return phone.log.filter((event) => event.type !== 'push-received');
}

/** The push prompts the phone received, oldest first. */
export function pushPrompts(phone: Phone): readonly Extract<PhoneEvent, {type: 'push-received'}>[] {
	return phone.log.flatMap((event) => (event.type === 'push-received' ? [event] : []));
}

const callWords: Readonly<Record<Extract<PhoneEvent, {type: 'call-received'}>['outcome'], string>> = {
	answered: 'Answered call from',
	missed: 'Missed call from',
	voicemail: 'Call went to voicemail from',
	blocked: 'Blocked call from',
};

const pushWords: Readonly<Record<Extract<PhoneEvent, {type: 'push-received'}>['response'], string>> = {
	approved: 'approved',
	denied: 'denied ("No, it\'s not me")',
	ignored: 'not answered',
	'not-shown': 'no notification shown',
};

/** A text or call as one line, e.g. `Text from 97671: 123456 Use this code for Microsoft verification`. */
export function eventText(event: PhoneEvent): string {
	switch (event.type) {
		case 'text-received': {
			return `Text from ${event.from}: ${event.body}`;
		}

		case 'call-received': {
			return `${callWords[event.outcome]} ${event.from}`;
		}

		case 'push-received': {
			const number = event.numberMatch === undefined ? '' : `, number ${event.numberMatch}`;
			return `Sign-in request for ${event.account}${number}: ${pushWords[event.response]}`;
		}
	}
}
