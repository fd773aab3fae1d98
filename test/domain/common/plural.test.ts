import {describe, expect, it} from 'vitest';
import {plural} from '../../../source/domain/common/plural.js';

describe('a count and its noun', () => {
	it('is singular for one, plural otherwise, with -ies after a consonant and y', () => {
		expect(plural(1, 'trainee')).toBe('1 trainee');
		expect(plural(0, 'attempt')).toBe('0 attempts');
		expect(plural(2, 'wrong remedy')).toBe('2 wrong remedies');
		expect(plural(3, 'day')).toBe('3 days');
		expect(plural(2, 'match', 'matches')).toBe('2 matches');
	});

	it('groups thousands, as the users list counts a large tenant', () => {
		expect(plural(10_000, 'user')).toBe('10,000 users');
	});
});
