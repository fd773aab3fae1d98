/**
 * An independent RFC 6238 / RFC 4226 TOTP for tests: node:crypto HMAC-SHA1, dynamic truncation,
 * and its own RFC 4648 Base32 decoder. It shares no code with the project's otplib adapter or
 * base32.ts, so agreeing with it is evidence, not a tautology.
 */
import {createHmac} from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 Base32 (no padding needed; leftover bits dropped, as authenticator apps do). */
export function base32ToBytes(text: string): Buffer {
	const bits = [...text.replaceAll(/[\s=]/g, '').toUpperCase()]
		.map((char) => {
			const value = alphabet.indexOf(char);
			if (value < 0) {
				throw new Error(`not Base32: ${char}`);
			}

			return value.toString(2).padStart(5, '0');
		})
		.join('');
	const bytes: number[] = [];
	for (let index = 0; index + 8 <= bits.length; index += 8) {
		bytes.push(Number.parseInt(bits.slice(index, index + 8), 2));
	}

	return Buffer.from(bytes);
}

/** RFC 4226 HOTP: HMAC-SHA1 over the 8-byte big-endian counter, dynamic truncation, `digits` digits. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
	const message = Buffer.alloc(8);
	message.writeBigUInt64BE(BigInt(counter));
	const mac = createHmac('sha1', key).update(message).digest();
	const offset = mac[mac.length - 1]! & 0x0f;
	const binary = mac.readUInt32BE(offset) & 0x7f_ff_ff_ff;
	return String(binary % 10 ** digits).padStart(digits, '0');
}

/** RFC 6238 TOTP with T0 = 0: the code for a Base32 seed at Unix seconds `at`. */
export function independentTotp(secret: string, at: number, period = 30, digits = 6): string {
	return hotp(base32ToBytes(secret), Math.floor(at / period), digits);
}
