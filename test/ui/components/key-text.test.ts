/**
 * One translation of arrows into words for displays without Unicode: the key table's compact key text goes
 * through the same `keyText` as the screens' own hints.
 */
import {describe, expect, it} from 'vitest';
import {keyText} from '../../../source/ui/components/key-hint.js';
import {keyBindings, keysText, type KeyBinding} from '../../../source/ui/key-bindings.js';

const scroll: KeyBinding = {intent: 'help.down', scope: 'help', keys: [{key: 'down'}], hint: 'scroll', description: 'Scroll.', keyText: '↑ ↓ ←→'};

describe('key text without Unicode', () => {
	it('writes every arrow of a compact key text in words, not only the ↑↓ and ←→ pairs', () => {
		expect(keysText(scroll, false, true)).toBe('Up Down Left/Right');
		expect(keysText(scroll, true, true)).toBe('↑ ↓ ←→');
	});

	it('agrees with the screens hints for every binding of the table', () => {
		for (const binding of keyBindings.filter((each) => each.keyText !== undefined)) {
			expect(keysText(binding, false, true)).toBe(keyText(binding.keyText ?? '', false));
			expect(keysText(binding, false, true)).toMatch(/^[\u0020-\u007E]*$/);
		}
	});
});
