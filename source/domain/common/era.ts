import {parseInstant, type Instant} from './time.js';

function at(iso: string): Instant {
	const value = parseInstant(iso);
	if (value === undefined) {
		throw new Error(`Bad era date constant ${iso}`);
	}

	return value;
}

/** Dates from fact sheet section 10 that change what the model does. */
export const eraDates = {
	/** Exchange Online modern auth on by default for tenants created from this date. */
	modernAuthDefaultOn: at('2017-08-01T00:00:00Z'),
	/**
	 * Invented boundary: the sources say "2018-2019 -> 2024" for the move from Global Administrator only
	 * to Authentication Administrator least privilege; we place it at 1 Jan 2020.
	 */
	leastPrivilegeMfaRoles: at('2020-01-01T00:00:00Z'),
	/** Invented boundary for remember-MFA max 60 days (2018) -> 1 to 365 days (fact sheet 8.5). */
	rememberMfaUpTo365: at('2020-01-01T00:00:00Z'),
	/** Exchange Online Basic auth off for EAS, POP, IMAP, EWS, MAPI, RPC, OAB, Autodiscover, PowerShell. */
	exchangeBasicAuthRetired: at('2022-10-01T00:00:00Z'),
	/**
	 * Invented boundary: "Require re-register MFA" first kept methods (2020), now deletes them (2023/24).
	 * We place the switch at 1 Jan 2023.
	 */
	reRegisterDeletesMethods: at('2023-01-01T00:00:00Z'),
	/** Number matching enforced for Authenticator push. */
	numberMatching: at('2023-05-08T00:00:00Z'),
	/** Anomalous sign-ins get no Authenticator notification. */
	noPushForUnfamiliarSignIns: at('2023-08-01T00:00:00Z'),
	/** Legacy Block/unblock users and Fraud alert removed; Report suspicious activity replaces them. */
	legacyFraudAlertRemoved: at('2025-03-01T00:00:00Z'),
	/**
	 * Methods can no longer be managed in the legacy MFA (and SSPR) policy: "from 30 Sep 2025" (fact sheet 8.4, 10).
	 * The legacy page's four verification options become read-only; the Authentication methods policy decides.
	 */
	legacyMethodsManagementRemoved: at('2025-09-30T00:00:00Z'),
	/**
	 * SMTP AUTH Basic authentication "disabled by default for existing tenants end of Dec 2026 (admins can
	 * re-enable)" (fact sheet 10, plan of 27 Jan 2026). Invented day: the source says "end of December 2026".
	 */
	smtpBasicAuthOffByDefault: at('2026-12-31T00:00:00Z'),
} as const;

/** The dated facts in force at one instant of the simulated clock. */
export type Era = {
	readonly exchangeBasicAuthRetired: boolean;
	readonly leastPrivilegeMfaRoles: boolean;
	readonly rememberMfaMaxDays: number;
	readonly reRegisterDeletesMethods: boolean;
	readonly numberMatching: boolean;
	readonly noPushForUnfamiliarSignIns: boolean;
	readonly legacyFraudAlert: boolean;
};

/** Derives the era facts from the simulated date (fact sheet section 10). */
export function eraAt(now: Instant): Era {
	return {
		exchangeBasicAuthRetired: now >= eraDates.exchangeBasicAuthRetired,
		leastPrivilegeMfaRoles: now >= eraDates.leastPrivilegeMfaRoles,
		rememberMfaMaxDays: now >= eraDates.rememberMfaUpTo365 ? 365 : 60,
		reRegisterDeletesMethods: now >= eraDates.reRegisterDeletesMethods,
		numberMatching: now >= eraDates.numberMatching,
		noPushForUnfamiliarSignIns: now >= eraDates.noPushForUnfamiliarSignIns,
		legacyFraudAlert: now < eraDates.legacyFraudAlertRemoved,
	};
}

/**
 * May an admin still change the legacy service settings' verification options at `now`? Not from 30 Sep 2025
 * (fact sheet 8.4, 10). Kept out of `Era` like the SMTP default below: it gates one admin command only, and the
 * simulator keeps applying the options as they were last saved (the fact sheet says nothing of the migration
 * switching them off).
 */
export function legacyMethodsManageable(now: Instant): boolean {
	return now < eraDates.legacyMethodsManagementRemoved;
}

/**
 * Does a tenant that never touched the setting accept SMTP AUTH at `now`? Before the end of 2026, yes (fact sheet
 * 10). Either way an admin can switch it on again: the fact sheet knows no date after which re-enabling is
 * impossible (a final removal date is only to be announced in the second half of 2027). Kept out of `Era`: it
 * decides a fresh tenant's default only, never what a command or a sign-in may do.
 */
export function smtpBasicAuthOnByDefault(now: Instant): boolean {
	return now < eraDates.smtpBasicAuthOffByDefault;
}
