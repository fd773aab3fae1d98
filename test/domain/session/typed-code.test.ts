/**
 * A code typed from the trainee's own app is kept as what the tenant made of it (verdicts and the
 * masked code), never as the code: those facts evaluate the same on replay, and a record that
 * holds a whole code, or is damaged, is not taken for one.
 */
import {describe, expect, it} from 'vitest';
import {isTypedCode, maskTypedCode, typedCodeFacts, typedCodeOf} from '../../../source/domain/session/typed-code.js';

describe('a typed code as a resolved fact', () => {
	it('masks all but the first two characters, the way sign-in traces do, and masking again changes nothing', () => {
		expect(maskTypedCode('123456')).toBe('12****');
		expect(maskTypedCode('12')).toBe('**');
		expect(maskTypedCode('')).toBe('**');
		for (const code of ['123456', '1', '', '12a4567']) {
			expect(maskTypedCode(maskTypedCode(code))).toBe(maskTypedCode(code));
		}
	});

	it('keeps each credential verdict and the masked code, and drops the code itself', () => {
		const typed = typedCodeOf('481516', {'sw-1': {code: '481516', accepted: true, timeStep: 57_934_080}, 'app-1': {code: '481516', accepted: false}});

		expect(typed).toEqual({shown: '48****', verdicts: {'sw-1': {accepted: true, timeStep: 57_934_080}, 'app-1': {accepted: false}}});
		expect(JSON.stringify(typed)).not.toContain('481516');
	});

	it('gives back the facts the sign-in is evaluated with: the masked code, accepted at its step or refused', () => {
		const typed = typedCodeOf('481516', {'sw-1': {code: '481516', accepted: true, timeStep: 7}, 'hw-1': {code: '481516', accepted: false}});

		expect(typedCodeFacts(typed)).toEqual({'sw-1': {code: '48****', accepted: true, timeStep: 7}, 'hw-1': {code: '48****', accepted: false}});
		// What the facts resolve to again is what was kept: live play and replay evaluate the same facts.
		expect(typedCodeOf(typed.shown, typedCodeFacts(typed))).toEqual(typed);
	});

	it('never keeps a time step for a refused code', () => {
		expect(typedCodeOf('000000', {'sw-1': {code: '000000', accepted: false, timeStep: 3}}).verdicts).toEqual({'sw-1': {accepted: false}});
	});

	it('reads back what it writes (as JSON), and refuses a whole code or a damaged record', () => {
		const typed = typedCodeOf('481516', {'sw-1': {code: '481516', accepted: true, timeStep: 7}});

		expect(isTypedCode(JSON.parse(JSON.stringify(typed)))).toBe(true);
		expect(isTypedCode({shown: '**', verdicts: {}})).toBe(true);
		expect(isTypedCode({...typed, shown: '481516'})).toBe(false);
		expect(isTypedCode({...typed, shown: 'ab'})).toBe(false);
		expect(isTypedCode({shown: '48****'})).toBe(false);
		expect(isTypedCode({shown: '48****', verdicts: {'sw-1': {accepted: 'yes'}}})).toBe(false);
		expect(isTypedCode({shown: '48****', verdicts: {'sw-1': {accepted: true, timeStep: 1.5}}})).toBe(false);
		expect(isTypedCode({shown: '48****', verdicts: []})).toBe(false);
		expect(isTypedCode('48****')).toBe(false);
		expect(isTypedCode(null)).toBe(false);
	});
});
