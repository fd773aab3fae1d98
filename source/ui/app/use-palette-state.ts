import {useReducer} from 'react';

/** What the palette holds: the typed query and the selected row among the matches. */
export type PaletteState = {
	readonly query: string;
	readonly selected: number;
};

/** Changes to the palette, kebab-case. */
export type PaletteEvent =
	| {readonly type: 'type-text'; readonly text: string}
	| {readonly type: 'erase-char'}
	| {readonly type: 'move-selection'; readonly delta: number; readonly count: number};

/** The empty palette. */
export const emptyPalette: PaletteState = {query: '', selected: 0};

/** Pure reducer: typing or erasing resets the selection to the best match; moving wraps around. */
export function paletteReducer(state: PaletteState, event: PaletteEvent): PaletteState {
	switch (event.type) {
		case 'type-text': {
			return {query: state.query + event.text, selected: 0};
		}

		case 'erase-char': {
			return {query: state.query.slice(0, -1), selected: 0};
		}

		case 'move-selection': {
			return event.count === 0 ? state : {...state, selected: (((state.selected + event.delta) % event.count) + event.count) % event.count};
		}
	}
}

/** The palette's state and its dispatch. */
export function usePaletteState() {
	return useReducer(paletteReducer, emptyPalette);
}
