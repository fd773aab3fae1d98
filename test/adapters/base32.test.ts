import {describe, expect, it} from 'vitest';
import {decodeBase32, encodeBase32} from '../../source/adapters/base32.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('Base32 for TOTP seeds', () => {
	it.each([
		['', ''],
		['f', 'MY'],
		['fo', 'MZXQ'],
		['foo', 'MZXW6'],
		['foob', 'MZXW6YQ'],
		['fooba', 'MZXW6YTB'],
		['foobar', 'MZXW6YTBOI'],
		['12345678901234567890', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
	])('encodes %j as %s (RFC 4648 vectors, no padding) and back', (plain, encoded) => {
		expect(encodeBase32(text(plain))).toBe(encoded);
		expect(decodeBase32(encoded)).toEqual(text(plain));
	});

	it('decodes like an authenticator app: lower case, spaces, hyphens and padding are fine', () => {
		expect(decodeBase32('mzxw 6ytb-oi======')).toEqual(text('foobar'));
	});

	it('drops leftover bits instead of failing on them', () => {
		expect(decodeBase32('JBSWY3DPEHPK3PXPJBSW')).toHaveLength(12);
	});

	it('refuses characters outside the alphabet, such as 0, 1, 8 and 9', () => {
		expect(decodeBase32('JBSWY3DPEHPK3PX0')).toBeUndefined();
		expect(decodeBase32('JBSWY3DPEHPK3PX1')).toBeUndefined();
	});
});
