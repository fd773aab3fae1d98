import type {Instant} from '../common/time.js';

/** A phone number in Entra's `+CountryCode Number` format, e.g. `+1 4255550123` (fact sheet 1.2). */
export type PhoneMethod = {
	readonly number: string;
};

export type OfficePhoneMethod = PhoneMethod & {
	readonly extension?: string;
};

/** A Microsoft Authenticator registration: one device, push and/or OATH code (fact sheet 1.2). */
export type AuthenticatorRegistration = {
	readonly id: string;
	readonly deviceName: string;
	readonly push: boolean;
	readonly code: boolean;
	/** Base32 TOTP seed. Held tenant-side because the service must verify codes; never logged or shown. */
	readonly secret: string;
	readonly registeredAt: Instant;
};

/** A third-party authenticator app (software OATH token); Entra generates the seed. */
export type SoftwareOathToken = {
	readonly id: string;
	readonly name: string;
	readonly secret: string;
	readonly registeredAt: Instant;
};

/** A hardware OATH token (key fob) uploaded by CSV; must be activated before use (fact sheet 3.5). */
export type HardwareOathToken = {
	readonly id: string;
	readonly serialNumber: string;
	readonly manufacturer: string;
	readonly model: string;
	readonly secret: string;
	/** The time interval the tenant was told in the CSV upload; the token itself may differ. */
	readonly periodSeconds: 30 | 60;
	readonly status: 'assigned' | 'activated';
};

/** Every second-factor method a user can hold (legacy per-user MFA policy view). */
export type AuthMethods = {
	readonly authenticationPhone?: PhoneMethod;
	readonly alternatePhone?: PhoneMethod;
	readonly officePhone?: OfficePhoneMethod;
	readonly authenticatorApps: readonly AuthenticatorRegistration[];
	readonly softwareTokens: readonly SoftwareOathToken[];
	readonly hardwareTokens: readonly HardwareOathToken[];
};

/** Together, authenticator apps and OATH tokens are limited to 5 per user (fact sheet 1.2). */
export const maxAppsAndTokens = 5;

/** The classic "What's your preferred option" choices (fact sheet 1.2). */
export const defaultMethods = ['app-notification', 'app-code', 'text', 'call', 'alternate-call', 'office-call'] as const;
export type DefaultMethod = (typeof defaultMethods)[number];

export const defaultMethodLabels: Readonly<Record<DefaultMethod, string>> = {
	'app-notification': 'Notify me through app',
	'app-code': 'Use verification code from app or token',
	text: 'Text code to my authentication phone',
	call: 'Call my authentication phone',
	'alternate-call': 'Call my alternate authentication phone',
	'office-call': 'Call my office phone',
};

/** Empty method set, the state of a user who never registered. */
export const noMethods: AuthMethods = {authenticatorApps: [], softwareTokens: [], hardwareTokens: []};

/** Entra's format for phone methods: `+` country code, one space, 4 to 14 digits. */
export function isValidPhoneNumber(number: string): boolean {
	return /^\+[1-9]\d{0,2} \d{4,14}$/.test(number);
}

/** Country calling code of a phone method, e.g. `1` for `+1 4255550123`. */
export function callingCode(number: string): string | undefined {
	return /^\+(\d{1,3}) /.exec(number)?.[1];
}

/** Count of authenticator apps plus software and hardware OATH tokens (the 5-device limit). */
export function appsAndTokensCount(methods: AuthMethods): number {
	return methods.authenticatorApps.length + methods.softwareTokens.length + methods.hardwareTokens.length;
}

/**
 * Is a default-method choice backed by a registered, usable method? App choices need an Authenticator
 * registration with push (or a code-capable app, software token or ACTIVATED hardware token for codes);
 * phone choices need the phone in the matching slot.
 */
export function hasMethodFor(methods: AuthMethods, method: DefaultMethod): boolean {
	switch (method) {
		case 'app-notification': {
			return methods.authenticatorApps.some((app) => app.push);
		}

		case 'app-code': {
			return methods.authenticatorApps.some((app) => app.code) || methods.softwareTokens.length > 0 || methods.hardwareTokens.some((token) => token.status === 'activated');
		}

		case 'text':
		case 'call': {
			return methods.authenticationPhone !== undefined;
		}

		case 'alternate-call': {
			return methods.alternatePhone !== undefined;
		}

		case 'office-call': {
			return methods.officePhone !== undefined;
		}
	}
}
