import type {RandomSource} from '../domain/ports.js';
import type {AdminRole} from '../domain/tenant/roles.js';

/**
 * Word lists and weighted choices for the synthetic tenant generator. The proportions are ours, chosen to
 * look like a mid-size company part-way through a per-user MFA roll-out; nothing here is a Microsoft figure.
 */

/** First names (mixed origins, as a multinational directory has them). */
export const firstNames = [
	'Ava', 'Liam', 'Priya', 'Noah', 'Sofia', 'Omar', 'Mei', 'Lucas', 'Amara', 'Ethan', 'Chloe', 'Mateo', 'Aisha', 'Oliver', 'Yuki', 'Elena',
	'Kwame', 'Hannah', 'Ravi', 'Isla', 'Jonas', 'Fatima', 'Leo', 'Grace', 'Diego', 'Nora', 'Tariq', 'Maya', 'Felix', 'Zara', 'Hugo', 'Lena',
	'Samuel', 'Ingrid', 'Kofi', 'Clara', 'Arjun', 'Emma', 'Tomás', 'Sana', 'Daniel', 'Freya', 'Ibrahim', 'Alice', 'Kenji', 'Rosa', 'Marcus', 'Leila',
] as const;

/** Last names. */
export const lastNames = [
	'Smith', 'Patel', 'Nguyen', 'Garcia', 'Kim', 'Müller', 'Okafor', 'Rossi', 'Johansson', 'Haddad', 'Tanaka', 'Brown', 'Silva', 'Kowalski', 'Dubois', 'Mensah',
	'Novak', 'Fischer', 'Castillo', 'Osei', 'Brennan', 'Farouk', 'Jensen', 'Abbott', 'Lee', 'Wilson', 'Costa', 'Ahmed', 'Schmidt', 'Murphy', 'Singh', 'Larsen',
	'Moreau', 'Yilmaz', 'Walsh', 'Ito', 'Reyes', 'Hughes', 'Lindqvist', 'Banda', 'Clarke', 'Petrov', 'Duarte', 'Khan', 'Bauer', "O'Neill", 'Sato', 'Evans',
] as const;

/** A weighted option: `weight` is relative to the other options of the same table. */
export type Weighted<T> = readonly [value: T, weight: number];

/** Picks one value with probability proportional to its weight. */
export function pickWeighted<T>(random: RandomSource, options: ReadonlyArray<Weighted<T>>): T {
	const total = options.reduce((sum, [, weight]) => sum + weight, 0);
	let roll = random.int(total);
	for (const [value, weight] of options) {
		if (roll < weight) {
			return value;
		}

		roll -= weight;
	}

	return options.at(-1)![0];
}

/** Picks one value uniformly. */
export function pick<T>(random: RandomSource, values: readonly T[]): T {
	return values[random.int(values.length)]!;
}

/** True with probability `perMille` / 1000. */
export function chance(random: RandomSource, perMille: number): boolean {
	return random.int(1000) < perMille;
}

/** Departments, weighted by headcount. */
export const departments: ReadonlyArray<Weighted<string>> = [
	['Sales', 22],
	['Operations', 18],
	['Engineering', 14],
	['Customer Support', 12],
	['Finance', 8],
	['Marketing', 8],
	['HR', 5],
	['Legal', 3],
	['IT', 6],
	['Warehouse', 4],
];

/** Per-user MFA state of members (admins are always Enforced): a roll-out part-way through. */
export const mfaStates: ReadonlyArray<Weighted<'disabled' | 'enabled' | 'enforced'>> = [
	['enforced', 55],
	['enabled', 10],
	['disabled', 35],
];

/** Per mille of users in each state who have registered verification methods. */
export const registeredPerMille = {enforced: 970, enabled: 150, disabled: 350} as const;

/** Directory roles of the admin minority (per mille of members), besides the first user's Global Administrator. */
export const roleShares: ReadonlyArray<Weighted<AdminRole | undefined>> = [
	[undefined, 9800],
	['helpdesk-administrator', 80],
	['authentication-administrator', 30],
	['user-administrator', 25],
	['security-reader', 20],
	['global-reader', 15],
	['privileged-authentication-administrator', 10],
	['security-administrator', 8],
	['password-administrator', 7],
	['global-administrator', 5],
];

/** Smartphones people register Microsoft Authenticator on. */
export const phoneModels = ['iPhone 13', 'iPhone 14', 'iPhone 15', 'iPhone SE', 'Galaxy S23', 'Galaxy S24', 'Pixel 7', 'Pixel 8', 'Galaxy A54', 'Moto G84'] as const;

/** Legacy clients some people still use; each entry says whether it can hold an app password. */
export const legacyClients: ReadonlyArray<Weighted<'outlook-2010' | 'outlook-2013' | 'outlook-2016-no-adal' | 'ios-mail-manual' | 'ios-mail-sign-in' | 'imap' | 'pop'>> = [
	['outlook-2010', 15],
	['outlook-2013', 20],
	['outlook-2016-no-adal', 10],
	['ios-mail-manual', 15],
	['ios-mail-sign-in', 25],
	['imap', 10],
	['pop', 5],
];

/** Names people give their app passwords. */
export const appPasswordNames = ['Outlook 2010 on desktop', 'iPhone Mail', 'Thunderbird', 'Old laptop', 'Home PC', 'Tablet mail', 'Printer', 'Mac Mail', 'Work phone', 'Backup tool'] as const;

/** Where people are when the tenant loads, besides the head office. */
export const networkShares: ReadonlyArray<Weighted<string | undefined>> = [
	[undefined, 74],
	['home', 16],
	['branch', 6],
	['mobile', 3],
	['airport', 1],
];
