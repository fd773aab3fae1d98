/**
 * The pools the generated tenants and intents draw from: who is in the tenant, which clients and
 * networks exist, the ids an intent may name (including ones nobody has), and the small value
 * generators the world and intent arbitraries share.
 */
import fc from 'fast-check';
import type {ClientKind} from '../../source/domain/world/client.js';

/** Members of the generated tenant; each has a person in the world. */
export const memberIds = ['ava', 'ben', 'cal'] as const;
/** A B2B guest whose MFA follows their home tenant. */
export const guestId = 'gus';
/** The trainee's admin account (no person in the world). */
export const actorId = 'admin';
/** An id nobody has: intents naming it must be refused. */
export const ghostId = 'ghost';

/** Client ids by kind; every person holds a subset, intents may name any (or one nobody has). */
export const clientSlots = [
	{id: 'browser', kind: 'browser'},
	{id: 'browser-2', kind: 'browser'},
	{id: 'teams', kind: 'modern-app'},
	{id: 'outlook', kind: 'outlook'},
	{id: 'iphone-mail', kind: 'ios-mail'},
	{id: 'imap', kind: 'mail-client'},
	{id: 'pop', kind: 'mail-client'},
	{id: 'scanner', kind: 'smtp-device'},
	{id: 'powershell', kind: 'exchange-powershell'},
] as const satisfies ReadonlyArray<{readonly id: string; readonly kind: ClientKind}>;

export const unknownClientId = 'fax-machine';
export const networkIds = ['office', 'home', 'hotel'] as const;

/** Public ranges around the three networks (office 203.0.113.10, home 198.51.100.7, hotel 192.0.2.50). */
export const publicRanges = ['203.0.113.0/24', '198.51.100.7/32', '192.0.2.0/28', '192.0.2.64/26', '8.8.8.0/24'] as const;
/** What an admin may type into the trusted IPs box: good ranges, private ones, junk. */
export const typedRanges = [...publicRanges, '10.0.0.0/8', '192.168.1.0/24', '203.0.113.10', 'not-a-cidr', '198.51.100.0/33', '', '  '] as const;

/** The number of each person's mobile (the SIM in the phone they carry). */
export const phoneNumberOf: Readonly<Record<string, string>> = {ava: '+1 4255550101', ben: '+44 7700900102', cal: '+234 8031234567', gus: '+33 612345678'};
/** The office's shared desk line: every desk phone is on it, told apart by extension (or none, a direct line). */
export const deskLine = '+1 4255550111';
/** Desk extensions; an office phone method may name one of them, another desk's, or none. */
export const deskExtensions = ['2130', '2131'] as const;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const lowercase = 'abcdefghijklmnopqrstuvwxyz';
/** Letters and digits, for generated passwords. */
export const alphanumeric = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A string of exactly `length` characters from `alphabet`. */
export function charsArb(alphabet: string, length: number): fc.Arbitrary<string> {
	return fc.array(fc.constantFrom(...alphabet), {minLength: length, maxLength: length}).map((chars) => chars.join(''));
}

/** A 10-byte Base32 TOTP seed, as Entra issues them. */
export const totpSecretArb = charsArb(base32Alphabet, 16);
/** A 16-letter app password, the format the simulator draws. */
export const appPasswordSecretArb = charsArb(lowercase, 16);

/** Usually `value`, sometimes its opposite. */
export function mostly(value: boolean, odds = 4): fc.Arbitrary<boolean> {
	return fc.oneof({arbitrary: fc.constant(value), weight: odds}, {arbitrary: fc.constant(!value), weight: 1});
}

/** Undefined most of the time, otherwise a drawn value. */
export function rarely<T>(arbitrary: fc.Arbitrary<T>, odds = 5): fc.Arbitrary<T | undefined> {
	return fc.oneof({arbitrary: fc.constant(undefined), weight: odds}, {arbitrary, weight: 1});
}

/**
 * Ids that name properties every object inherits: intents replayed from a tampered progress file may carry
 * them, and lookups must treat them as unknown ids, not reach Object.prototype.
 */
export const inheritedNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Anyone an intent may name: mostly members, sometimes the guest, the admin account, nobody, or an inherited name. */
export const userIdArb: fc.Arbitrary<string> = fc.oneof(
	{arbitrary: fc.constantFrom(...memberIds), weight: 24},
	{arbitrary: fc.constant(guestId), weight: 4},
	{arbitrary: fc.constantFrom(actorId, ghostId), weight: 2},
	{arbitrary: fc.constantFrom(...inheritedNames), weight: 1},
);
/** Mostly `#n` (the n-th client the person has), sometimes any client id, or one nobody has. */
export const clientIdArb: fc.Arbitrary<string> = fc.oneof(
	{arbitrary: fc.nat(8).map((index) => `#${index}`), weight: 32},
	{arbitrary: fc.constantFrom(...clientSlots.map((slot) => slot.id)), weight: 6},
	{arbitrary: fc.constant(unknownClientId), weight: 1},
	{arbitrary: fc.constantFrom(...inheritedNames), weight: 1},
);
/** `#n`: the n-th id of a state-dependent list, resolved by `concretise`. */
export const pickArb: fc.Arbitrary<string> = fc.oneof({arbitrary: fc.nat(7).map((index) => `#${index}`), weight: 16}, {arbitrary: fc.constant('no-such-id'), weight: 1}, {arbitrary: fc.constantFrom(...inheritedNames), weight: 1});
