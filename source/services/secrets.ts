import type {RandomSource, TotpPort} from '../domain/ports.js';

const lowercase = 'abcdefghijklmnopqrstuvwxyz';
const consonants = 'bcdfghjklmnprstvwxz';
const vowels = 'aeiou';
const digits = '0123456789';

/** Bytes in the TOTP seeds Entra issues (16 Base32 characters, fact sheet 3.5 / stack notes 2). */
export const oathSecretBytes = 10;

/**
 * A temporary password as the admin center's "Automatically create a password" shows it. Our
 * format: a pronounceable capitalised syllable pair plus four digits, e.g. `Kuba7314`, the shape
 * admins report from the classic admin center. Microsoft documents no format (not in the fact
 * sheet); it only matters that it is realistic, readable over the phone and seeded.
 */
export function temporaryPassword(random: RandomSource): string {
	const syllables = random.string(consonants, 1).toUpperCase() + random.string(vowels, 1) + random.string(consonants, 1) + random.string(vowels, 1);
	return syllables + random.string(digits, 4);
}

/**
 * The new password a person chooses at "Update your password". Invented format (people choose their own; it only
 * has to be seeded and realistic): two capitalised syllable pairs, a dash and three digits, e.g. `Kobi-Lamu-482`.
 */
export function chosenPassword(random: RandomSource): string {
	const word = () => random.string(consonants, 1).toUpperCase() + random.string(vowels, 1) + random.string(consonants, 1) + random.string(vowels, 1);
	return `${word()}-${word()}-${random.string(digits, 3)}`;
}

/**
 * A new app password: 16 lowercase letters (fact sheet 4.2: a 2020 user report says "16
 * characters lowercase"; Microsoft states no format, open question 1). Shown once, ungrouped.
 */
export function appPasswordSecret(random: RandomSource): string {
	return random.string(lowercase, 16);
}

/** A new 10-byte Base32 TOTP seed, drawn through the TOTP port (which uses the seeded generator). */
export function newOathSecret(totp: TotpPort): string {
	return totp.newSecret(oathSecretBytes);
}
