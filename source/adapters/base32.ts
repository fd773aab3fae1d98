/**
 * RFC 4648 Base32 for TOTP seeds, written out here because authenticator apps decode more
 * leniently than otplib's strict decoder: they accept lower case, spaces and any length, and
 * drop the bits left over after the last whole byte. A seed such as `JBSWY3DPEHPK3PXPJBSW`
 * (20 characters, 12.5 bytes) works in an app but makes @scure/base throw "Non-zero padding".
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Encodes bytes as upper-case Base32 without padding (10 bytes give the 16 characters Microsoft shows). */
export function encodeBase32(bytes: Uint8Array): string {
	let output = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			output += alphabet[(buffer >>> (bits - 5)) & 31];
			bits -= 5;
		}

		buffer &= (1 << bits) - 1;
	}

	if (bits > 0) {
		output += alphabet[(buffer << (5 - bits)) & 31];
	}

	return output;
}

/**
 * Decodes a Base32 seed the way authenticator apps do: case-insensitive, spaces, hyphens and
 * trailing `=` ignored, leftover bits dropped. Returns undefined for any other character.
 */
export function decodeBase32(text: string): Uint8Array | undefined {
	const clean = text.toUpperCase().replaceAll(/[\s-]/g, '').replace(/=+$/, '');
	const bytes: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const char of clean) {
		const value = alphabet.indexOf(char);
		if (value === -1) {
			return undefined;
		}

		buffer = ((buffer << 5) | value) & 0xff_ff;
		bits += 5;
		if (bits >= 8) {
			bytes.push((buffer >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}

	return Uint8Array.from(bytes);
}
