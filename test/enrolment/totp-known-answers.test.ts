import {describe, expect, it} from 'vitest';
import {createOtplibTotp} from '../../source/adapters/otplib-totp.js';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {base32ToBytes, independentTotp} from './rfc6238.js';

const totp = createOtplibTotp({random: createSeededRandom('known-answers')});

// RFC 6238 appendix B seed: the ASCII bytes "12345678901234567890".
const rfcSeed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

// Microsoft-style seeds: 10 bytes, 16 Base32 characters. Expected codes were computed a third way too
// (Python hmac/hashlib/base64), so the table does not rest on either implementation under test.
const microsoftSeeds: Readonly<Record<string, ReadonlyArray<readonly [number, string]>>> = {
	// "Hello!" followed by DE AD BE EF.
	JBSWY3DPEHPK3PXP: [
		[59, '996554'],
		[1_111_111_109, '071271'],
		[1_234_567_890, '742275'],
		[1_737_360_300, '173483'], // 2025-01-20T08:05:00Z, codes-clock-drift's startsAt
		[2_000_000_000, '890699'],
	],
	// ASCII "1234567890".
	GEZDGNBVGY3TQOJQ: [
		[59, '263420'],
		[1_111_111_109, '343526'],
		[1_234_567_890, '919219'],
		[1_737_360_300, '372454'],
		[2_000_000_000, '068722'],
	],
};

describe('the independent RFC 6238 implementation', () => {
	it.each([
		[59, '94287082'],
		[1_111_111_109, '07081804'],
		[1_111_111_111, '14050471'],
		[1_234_567_890, '89005924'],
		[2_000_000_000, '69279037'],
		[20_000_000_000, '65353130'],
	])('reproduces the RFC 6238 SHA-1 vector at T=%i: %s', (at, code) => {
		expect(independentTotp(rfcSeed, at, 30, 8)).toBe(code);
	});

	it('decodes the Microsoft-style seeds to 10 bytes', () => {
		for (const seed of Object.keys(microsoftSeeds)) {
			expect(base32ToBytes(seed)).toHaveLength(10);
		}
	});
});

describe('TOTP path known answers with Microsoft-style 10-byte seeds', () => {
	for (const [seed, vectors] of Object.entries(microsoftSeeds)) {
		it.each(vectors)(`${seed} at T=%i shows %s, in both implementations`, (at, code) => {
			expect(independentTotp(seed, at)).toBe(code);
			expect(totp.generate(seed, at, 30)).toBe(code);
			expect(totp.verify(seed, code, at, 30)).toEqual({valid: true, timeStep: Math.floor(at / 30)});
		});
	}

	it('accepts a code one step either side and rejects it two steps away', () => {
		const at = 1_737_360_300;
		const code = independentTotp('JBSWY3DPEHPK3PXP', at);

		expect(totp.verify('JBSWY3DPEHPK3PXP', code, at + 30, 30).valid).toBe(true);
		expect(totp.verify('JBSWY3DPEHPK3PXP', code, at - 30, 30).valid).toBe(true);
		expect(totp.verify('JBSWY3DPEHPK3PXP', code, at + 60, 30).valid).toBe(false);
		expect(totp.verify('JBSWY3DPEHPK3PXP', code, at - 60, 30).valid).toBe(false);
	});

	it('agrees with the independent implementation on seeds the project generates, over a day of steps', () => {
		const seeds = Array.from({length: 5}, () => totp.newSecret(10));
		for (const seed of seeds) {
			expect(seed).toMatch(/^[A-Z2-7]{16}$/);
			for (let at = 1_737_360_000; at < 1_737_360_000 + 86_400; at += 997) {
				expect(totp.generate(seed, at, 30)).toBe(independentTotp(seed, at));
			}
		}
	});
});
