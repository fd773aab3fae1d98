import {describe, expect, it} from 'vitest';
import {borderStyleFor, displayModeFrom, glyphsFor} from '../../../source/ui/app/display.js';
import {paletteReducer, emptyPalette} from '../../../source/ui/app/use-palette-state.js';
import {fittingHints} from '../../../source/ui/app/footer.js';
import {formatClock, wrapLines} from '../../../source/ui/app/text.js';
import {windowStart} from '../../../source/ui/hooks/use-list-cursor.js';
import {sizeOf} from '../../../source/ui/hooks/use-terminal-size.js';
import {instant} from '../../helpers/build-state.js';

describe('plain output', () => {
	it('drops colours for NO_COLOR and colours and box drawing for TERM=dumb', () => {
		expect(displayModeFrom({})).toEqual({color: true, unicode: true});
		expect(displayModeFrom({NO_COLOR: '1'})).toEqual({color: false, unicode: true});
		expect(displayModeFrom({NO_COLOR: ''})).toEqual({color: true, unicode: true});
		expect(displayModeFrom({TERM: 'dumb'})).toEqual({color: false, unicode: false});
		expect(borderStyleFor(displayModeFrom({TERM: 'dumb'}))).toBe('classic');
		expect(glyphsFor(displayModeFrom({TERM: 'dumb'})).rule).toBe('-');
	});
});

describe('palette state', () => {
	it('types, erases and wraps the selection', () => {
		const typed = paletteReducer(emptyPalette, {type: 'type-text', text: 'wa'});
		expect(typed).toEqual({query: 'wa', selected: 0});
		expect(paletteReducer(typed, {type: 'erase-char'}).query).toBe('w');
		expect(paletteReducer(typed, {type: 'move-selection', delta: -1, count: 3}).selected).toBe(2);
	});
});

describe('layout helpers', () => {
	it('keeps footer hints that fit the width', () => {
		const hints = [
			{keys: 'Tab', label: 'pane'},
			{keys: '?', label: 'help'},
		];
		expect(fittingHints(hints, 14)).toEqual([{keys: 'Tab', label: 'pane'}]);
	});

	it('wraps words and keeps a window around the selection', () => {
		expect(wrapLines('one two three', 7)).toEqual(['one two', 'three']);
		expect(windowStart(10, 9, 4)).toBe(6);
		expect(windowStart(10, 2, 4, 5)).toBe(2);
	});

	it('falls back to 80x24 when the stream does not know its size', () => {
		expect(sizeOf({columns: 100})).toEqual({columns: 100, rows: 24});
		expect(sizeOf({columns: 0, rows: 0})).toEqual({columns: 80, rows: 24});
	});

	it('formats the simulated clock', () => {
		expect(formatClock(instant('2024-03-12T09:05:00Z'))).toBe('Tue 12 Mar 2024 09:05 UTC');
	});
});
