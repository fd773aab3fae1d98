import type {RandomSource} from '../domain/ports.js';

/** A RandomSource that also says which seed it was built from (transcripts record it). */
export type SeededRandom = RandomSource & {
	readonly seed: string;
};

/**
 * A seeded RandomSource: the same seed gives the same codes, secrets and variants, so a run is
 * reproducible from (scenario, seed, actions) (DESIGN section 2).
 *
 * Algorithm: the seed (text, or a number written in decimal) is hashed with cyrb128 into four
 * 32-bit words, which seed sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from
 * PractRand; 128-bit state, passes PractRand and BigCrush). Both are public-domain and described
 * in bryc's "Pseudorandom number generators" notes. Not cryptographic: the simulator needs
 * reproducibility, not secrecy.
 */
export function createSeededRandom(seed: string | number): SeededRandom {
	const text = String(seed);
	const next = sfc32(cyrb128(text));
	// Discard the first outputs: sfc32 mixes poorly for a few rounds after seeding.
	for (let round = 0; round < 12; round++) {
		next();
	}

	const int = (max: number): number => {
		if (!Number.isSafeInteger(max) || max <= 0 || max > 2 ** 32) {
			throw new RangeError(`RandomSource.int: max must be an integer in [1, 2^32], got ${max}`);
		}

		// Rejection sampling keeps every value in [0, max) equally likely.
		const limit = 2 ** 32 - (2 ** 32 % max);
		let value = next();
		while (value >= limit) {
			value = next();
		}

		return value % max;
	};

	const string = (alphabet: string, length: number): string => {
		const symbols = [...alphabet];
		if (symbols.length === 0) {
			throw new RangeError('RandomSource.string: the alphabet is empty');
		}

		let result = '';
		for (let index = 0; index < length; index++) {
			result += symbols[int(symbols.length)];
		}

		return result;
	};

	return {seed: text, int, string};
}

/** sfc32: returns a function giving the next unsigned 32-bit integer. */
function sfc32([seedA, seedB, seedC, seedD]: readonly [number, number, number, number]): () => number {
	let a = seedA;
	let b = seedB;
	let c = seedC;
	let d = seedD;
	return () => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		let t = (a + b) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		d = (d + 1) | 0;
		t = (t + d) | 0;
		c = (c + t) | 0;
		return t >>> 0;
	};
}

/** cyrb128: a fast non-cryptographic 128-bit string hash, used only to spread the seed. */
function cyrb128(text: string): [number, number, number, number] {
	let h1 = 1_779_033_703;
	let h2 = 3_144_134_277;
	let h3 = 1_013_904_242;
	let h4 = 2_773_480_762;
	for (let index = 0; index < text.length; index++) {
		const k = text.charCodeAt(index);
		h1 = h2 ^ Math.imul(h1 ^ k, 597_399_067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2_869_860_233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951_274_213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2_716_044_179);
	}

	h1 = Math.imul(h3 ^ (h1 >>> 18), 597_399_067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2_869_860_233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951_274_213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2_716_044_179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
