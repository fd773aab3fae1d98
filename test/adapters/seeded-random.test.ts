import {describe, expect, it} from 'vitest';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';

function draws(seed: string | number, count = 20): number[] {
	const random = createSeededRandom(seed);
	return Array.from({length: count}, () => random.int(1_000_000));
}

describe('seeded random', () => {
	it('replays the same sequence from the same seed, so a session is reproducible', () => {
		expect(draws('scenario-07:cohort-3')).toEqual(draws('scenario-07:cohort-3'));
		expect(draws(42)).toEqual(draws('42'));
	});

	it('gives a different sequence for a different seed, so trainees cannot copy answers', () => {
		expect(draws('trainee-a')).not.toEqual(draws('trainee-b'));
		expect(draws(1)).not.toEqual(draws(2));
	});

	it('keeps integers in [0, max) and reaches both ends', () => {
		const random = createSeededRandom('range');
		const values = Array.from({length: 2000}, () => random.int(10));

		expect(Math.min(...values)).toBe(0);
		expect(Math.max(...values)).toBe(9);
		expect(values.every((value) => Number.isInteger(value))).toBe(true);
	});

	it('spreads draws roughly evenly', () => {
		const random = createSeededRandom('spread');
		const counts = Array.from({length: 4}, () => 0);
		for (let draw = 0; draw < 4000; draw++) {
			counts[random.int(4)]!++;
		}

		for (const count of counts) {
			expect(count).toBeGreaterThan(900);
			expect(count).toBeLessThan(1100);
		}
	});

	it('builds strings from the given alphabet and length', () => {
		const random = createSeededRandom('strings');

		expect(random.string('0123456789', 6)).toMatch(/^\d{6}$/);
		expect(random.string('abcdefghijklmnopqrstuvwxyz', 16)).toMatch(/^[a-z]{16}$/);
		expect(random.string('x', 0)).toBe('');
	});

	it('refuses nonsense bounds instead of returning a biased number', () => {
		const random = createSeededRandom('bounds');

		expect(() => random.int(0)).toThrow(RangeError);
		expect(() => random.int(2.5)).toThrow(RangeError);
		expect(() => random.string('', 3)).toThrow(RangeError);
	});
});
