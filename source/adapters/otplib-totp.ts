import {createGuardrails, generateSync, verifySync} from 'otplib';
import type {RandomSource, TotpPort} from '../domain/ports.js';
import {tenantTotpWindowSteps} from '../domain/common/totp-window.js';
import {decodeBase32, encodeBase32} from './base32.js';

// The window is the domain's (one 30 s step either side, fact sheet 3.5 and open question 2): the
// adapter verifies typed codes with it and the domain checks a registration's first code with it.
export {tenantTotpWindowSteps} from '../domain/common/totp-window.js';

/** Microsoft's OATH seeds are 10 bytes (16 Base32 characters); otplib's guardrail default is 16. */
export const minimumSecretBytes = 10;

/** The only TOTP shape Entra uses for work accounts and OATH tokens (fact sheet 3.5). */
const codeDigits = 6;
const codePattern = /^\d{6}$/;

export type OtplibTotpOptions = {
	/** Source of new seeds; a seeded one makes the run reproducible. Never Math.random. */
	readonly random: RandomSource;
};

/**
 * TotpPort on otplib v13 (RFC 6238, SHA-1, 6 digits, 30 or 60 s steps) at explicit Unix-second
 * times. otplib throws on malformed tokens (TokenLengthError, TokenFormatError) and on seeds
 * shorter than its guardrail; here a malformed code is simply not valid, and 10-byte seeds work.
 * Seeds are decoded leniently like authenticator apps do (see base32.ts) and handed to otplib as
 * bytes. `generate` throws on a seed that is not Base32 or is shorter than 10 bytes: that is a
 * broken scenario file, which the scenario loader must refuse before a sign-in ever runs.
 */
export function createOtplibTotp({random}: OtplibTotpOptions): TotpPort {
	const guardrails = createGuardrails({MIN_SECRET_BYTES: minimumSecretBytes});

	return {
		generate(secret, atSeconds, periodSeconds) {
			// A clock before 1970 (a scenario dated 0001-01-01, a phone set wildly back) shows step 0's code instead of throwing.
			return generateSync({secret: seedBytes(secret), epoch: Math.max(0, Math.floor(atSeconds)), period: periodSeconds, digits: codeDigits, algorithm: 'sha1', guardrails});
		},

		verify(secret, code, atSeconds, periodSeconds) {
			const bytes = decodeBase32(secret);
			if (!codePattern.test(code) || bytes === undefined) {
				return {valid: false};
			}

			try {
				const result = verifySync({
					secret: bytes,
					token: code,
					epoch: Math.max(0, Math.floor(atSeconds)),
					period: periodSeconds,
					digits: codeDigits,
					algorithm: 'sha1',
					// In seconds: one period each side covers exactly the steps before and after.
					epochTolerance: tenantTotpWindowSteps * periodSeconds,
					guardrails,
				});
				return result.valid && 'timeStep' in result ? {valid: true, timeStep: result.timeStep} : {valid: false};
			} catch {
				// Guardrail errors (seed too short or too long) mean no code can match.
				return {valid: false};
			}
		},

		newSecret(bytes) {
			const seed = new Uint8Array(bytes);
			for (let index = 0; index < bytes; index++) {
				seed[index] = random.int(256);
			}

			return encodeBase32(seed);
		},
	};
}

function seedBytes(secret: string): Uint8Array {
	const bytes = decodeBase32(secret);
	if (bytes === undefined) {
		throw new Error('TOTP seed is not Base32 (A-Z, 2-7)');
	}

	return bytes;
}
