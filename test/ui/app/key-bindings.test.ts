import {describe, expect, it} from 'vitest';
import {inkKey} from '../../helpers/ink-harness.js';
import {bindingOf, concurrentScopes, footerHints, intentOf, keyBindings, keysText} from '../../../source/ui/key-bindings.js';
import {strokeText, type KeyStroke} from '../../../source/ui/key-stroke.js';

const noKey = inkKey();

/** A stroke's identity: printable strokes by character (case matters), named keys by name and modifiers. */
const identity = (stroke: KeyStroke) => `${stroke.ctrl ? 'ctrl+' : ''}${stroke.shift ? 'shift+' : ''}${stroke.key ?? `char:${stroke.input ?? ''}`}`;

describe('the key-binding table', () => {
	it('binds no key to two intents in the same scope', () => {
		const seen = new Map<string, string>();
		const clashes: string[] = [];
		for (const binding of keyBindings) {
			for (const stroke of binding.keys) {
				const id = `${binding.scope} ${identity(stroke)}`;
				const other = seen.get(id);
				if (other !== undefined && other !== binding.intent) {
					clashes.push(`${id}: ${other} and ${binding.intent}`);
				}

				seen.set(id, binding.intent);
			}
		}

		expect(clashes).toEqual([]);
	});

	it('binds no key twice across scopes that listen at the same moment', () => {
		const clashes = concurrentScopes.flatMap((scopes) => {
			const owners = new Map<string, string>();
			return keyBindings
				.filter((binding) => scopes.includes(binding.scope))
				.flatMap((binding) =>
					binding.keys.flatMap((stroke) => {
						const other = owners.get(identity(stroke));
						owners.set(identity(stroke), binding.intent);
						return other !== undefined && other !== binding.intent ? [`[${scopes.join(', ')}] ${identity(stroke)}: ${other} and ${binding.intent}`] : [];
					}),
				);
		});
		expect(clashes).toEqual([]);
	});

	it('has exactly one row per intent', () => {
		const intents = keyBindings.map((binding) => binding.intent);
		expect(new Set(intents).size).toBe(intents.length);
	});

	it('maps Ink key presses to intents in the live scopes', () => {
		expect(intentOf(['global'], 'k', {...noKey, ctrl: true})).toBe('palette.open');
		expect(intentOf(['global'], ':', noKey)).toBe('palette.open');
		expect(intentOf(['global'], '', {...noKey, tab: true, shift: true})).toBe('focus.toggle');
		expect(intentOf(['navigation'], 'W', {...noKey, shift: true})).toBe('clock.wait-1h');
		expect(intentOf(['navigation'], 'w', noKey)).toBe('clock.wait-5m');
		expect(intentOf(['always'], 'c', {...noKey, ctrl: true})).toBe('app.interrupt');
		expect(intentOf(['global'], 'w', noKey)).toBeUndefined();
	});

	it('writes keys for people, with ASCII fallbacks', () => {
		expect(keysText(bindingOf('palette.open'))).toBe(': / Ctrl+K');
		expect(strokeText({key: 'up'})).toBe('↑');
		expect(strokeText({key: 'up'}, false)).toBe('Up');
		expect(keysText(bindingOf('list.down'))).toBe('↓ / j');
		expect(keysText(bindingOf('list.down'), false, true)).toBe('Up/Down');
		expect(keysText(bindingOf('navigate.jump'))).toBe('1-8');
		expect(keysText(bindingOf('focus.toggle'))).toBe('Tab / Shift+Tab');
	});

	it('draws the footer from the table', () => {
		expect(footerHints(['global'])).toEqual([
			{keys: 'Tab', label: 'pane'},
			{keys: ':', label: 'commands'},
			{keys: '?', label: 'help'},
			{keys: '1-8', label: 'screen'},
		]);
	});
});
