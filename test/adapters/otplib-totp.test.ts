import {describe, expect, it} from 'vitest';
import {createOtplibTotp, tenantTotpWindowSteps} from '../../source/adapters/otplib-totp.js';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';

// RFC 6238 appendix B seed: the ASCII bytes of "12345678901234567890".
const rfcSeed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
// A Microsoft-style seed: 10 bytes, 16 Base32 characters.
const microsoftSeed = 'JBSWY3DPEHPK3PXP';
const at = 1_710_234_000; // 2024-03-12T09:00:00Z, on a 30 s boundary

function totp(seed = 'otp-tests') {
	return createOtplibTotp({random: createSeededRandom(seed)});
}

describe('otplib TOTP adapter', () => {
	// RFC 6238 SHA-1 vectors, cut to the 6 digits Entra uses (the last six of the 8-digit values).
	it.each([
		[59, '287082'],
		[1_111_111_109, '081804'],
		[1_111_111_111, '050471'],
		[1_234_567_890, '005924'],
		[2_000_000_000, '279037'],
	])('matches RFC 6238 at T=%i: %s', (seconds, code) => {
		expect(totp().generate(rfcSeed, seconds, 30)).toBe(code);
		expect(totp().verify(rfcSeed, code, seconds, 30)).toEqual({valid: true, timeStep: Math.floor(seconds / 30)});
	});

	it('works with the 10-byte seeds Microsoft issues, which otplib refuses by default', () => {
		const code = totp().generate(microsoftSeed, at, 30);

		expect(code).toMatch(/^\d{6}$/);
		expect(totp().verify(microsoftSeed, code, at, 30)).toEqual({valid: true, timeStep: at / 30});
	});

	it('accepts a code one step late or early: the window is one step either side', () => {
		const code = totp().generate(microsoftSeed, at, 30);

		expect(tenantTotpWindowSteps).toBe(1);
		expect(totp().verify(microsoftSeed, code, at + 30, 30)).toEqual({valid: true, timeStep: at / 30});
		expect(totp().verify(microsoftSeed, code, at - 30, 30)).toEqual({valid: true, timeStep: at / 30});
	});

	it('rejects a code two steps late, as when the phone clock is a minute slow', () => {
		const code = totp().generate(microsoftSeed, at, 30);

		expect(totp().verify(microsoftSeed, code, at + 60, 30)).toEqual({valid: false});
		expect(totp().verify(microsoftSeed, code, at - 60, 30)).toEqual({valid: false});
	});

	it.each(['', '12a456', '1234567', '12345', '123 456', ' 123456'])('treats the malformed code %j as wrong, without throwing', (code) => {
		expect(totp().verify(microsoftSeed, code, at, 30)).toEqual({valid: false});
	});

	it('treats a seed that is not Base32 as matching nothing, and refuses to generate from it', () => {
		expect(totp().verify('NOT-BASE32-0189', '123456', at, 30)).toEqual({valid: false});
		expect(() => totp().generate('NOT-BASE32-0189', at, 30)).toThrow(/Base32/);
	});

	it('reads seeds the way authenticator apps do: lower case, spaces, leftover bits', () => {
		const code = totp().generate(microsoftSeed, at, 30);

		expect(totp().generate('jbsw y3dp ehpk 3pxp', at, 30)).toBe(code);
		// 20 characters = 12.5 bytes: strict decoders throw "Non-zero padding", apps drop the half byte.
		expect(totp().verify('JBSWY3DPEHPK3PXPJBSW', totp().generate('JBSWY3DPEHPK3PXPJBSW', at, 30), at, 30)).toEqual({valid: true, timeStep: at / 30});
	});

	it('steps every 60 seconds for a 60-second key fob', () => {
		const code = totp().generate(microsoftSeed, at, 60);

		expect(totp().generate(microsoftSeed, at + 59, 60)).toBe(code);
		expect(totp().generate(microsoftSeed, at + 60, 60)).not.toBe(code);
		expect(totp().verify(microsoftSeed, code, at + 90, 60)).toEqual({valid: true, timeStep: at / 60});
		expect(totp().verify(microsoftSeed, code, at + 120, 60)).toEqual({valid: false});
	});

	it('rejects a 60-second fob code when the tenant was told 30 seconds', () => {
		const code = totp().generate(microsoftSeed, at, 60);

		expect(totp().verify(microsoftSeed, code, at, 30)).toEqual({valid: false});
	});

	it('draws new 10-byte seeds from the seeded generator: 16 Base32 characters, reproducible', () => {
		const first = totp('seed-a').newSecret(10);

		expect(first).toMatch(/^[A-Z2-7]{16}$/);
		expect(totp('seed-a').newSecret(10)).toBe(first);
		expect(totp('seed-b').newSecret(10)).not.toBe(first);
		expect(totp().newSecret(20)).toMatch(/^[A-Z2-7]{32}$/);
	});
});

describe('clocks before 1970 (found by the scenario fuzzer: a scenario dated 0001-01-01)', () => {
	it('shows and checks a code instead of throwing', () => {
		const port = totp();
		const secret = 'JBSWY3DPEHPK3PXP';
		const code = port.generate(secret, -62_135_596_800, 30);
		expect(code).toMatch(/^\d{6}$/);
		expect(port.verify(secret, code, -62_135_596_800, 30)).toEqual({valid: true, timeStep: 0});
	});
});
