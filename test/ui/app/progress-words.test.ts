/**
 * One vocabulary for how far an attempt got: "changes" count against par (the header, the debrief, the
 * ticket intro's par), "actions" are every turn taken. The resume offer and the resumed notice use the same
 * words, so the notice's change count is the one the header shows right after.
 */
import {describe, expect, it} from 'vitest';
import {attemptFacts} from '../../../source/ui/picker/ticket-intro.js';
import {actionsText, attemptProgressText, changesText, resumedText} from '../../../source/ui/app/progress-words.js';

describe('progress words', () => {
	it('counts changes and actions in the singular and the plural', () => {
		expect([changesText(0), changesText(1), changesText(3)]).toEqual(['0 changes', '1 change', '3 changes']);
		expect([actionsText(1), actionsText(12)]).toEqual(['1 action', '12 actions']);
	});

	it('says on the resume offer how many actions were taken, investigation included', () => {
		expect(attemptProgressText(12, 1)).toBe('12 actions taken (investigation included), 1 hint revealed');
		expect(attemptProgressText(0, 0)).toBe('0 actions taken, 0 hints revealed');
	});

	it('says once resumed how many of the actions replayed are changes, as the header counts them', () => {
		expect(resumedText(12, 3, 1)).toBe('Resumed: 12 actions replayed (3 changes), 1 hint revealed.');
		expect(resumedText(2, 1, 0)).toBe('Resumed: 2 actions replayed (1 change).');
		expect(resumedText(5, 0, 2)).toBe('Resumed: 5 actions replayed (no changes), 2 hints revealed.');
		expect(resumedText(0, 0, 0)).toBe('Resumed: nothing to replay.');
	});

	it('states par in changes on the ticket intro', () => {
		const facts = attemptFacts({par: 1, hints: [], timeLimit: 15} as unknown as Parameters<typeof attemptFacts>[0], '·');
		expect(facts).toBe('Time limit 15 simulated minutes · par 1 change · no hints');
	});
});
