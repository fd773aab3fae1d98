import {describe, expect, test} from 'vitest';
import {elapsedWords} from '../../../source/scenario/grading/elapsed-words.js';

describe('simulated time since the start, in words', () => {
	test('a ticket worked within two hours reads in minutes', () => {
		expect(elapsedWords(0)).toBe('0 min');
		expect(elapsedWords(4)).toBe('4 min');
		expect(elapsedWords(3.25)).toBe('3.3 min');
		expect(elapsedWords(119)).toBe('119 min');
	});

	test('longer waits read in hours, then days', () => {
		expect(elapsedWords(125)).toBe('2 h 5 min');
		expect(elapsedWords(180)).toBe('3 h');
		expect(elapsedWords(26 * 60)).toBe('26 h');
		expect(elapsedWords(31 * 24 * 60 + 2)).toBe('31 d');
		expect(elapsedWords(44_662)).toBe('31 d');
		expect(elapsedWords(3 * 24 * 60 + 5 * 60 + 7)).toBe('3 d 5 h');
	});
});
