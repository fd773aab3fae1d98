import {useReducer} from 'react';
import {editText, type TextEdit} from '../components/text-field.js';

/** What the palette holds: the typed query and the selected row among the matches. */
export type PaletteState = {
	readonly query: string;
	readonly selected: number;
};

/** Changes to the palette, kebab-case. */
export type PaletteEvent =
	/** One read of keys: printable text, and DEL / Ctrl+U / Ctrl+W edits, in order (see `editText`). */
	| {readonly type: 'type-text'; readonly text: string}
	| {readonly type: 'erase-char'}
	/** An edit of the query, applied to its latest text. */
	| {readonly type: 'edit-query'; readonly edit: TextEdit}
	| {readonly type: 'move-selection'; readonly delta: number; readonly count: number};

/** The empty palette. */
export const emptyPalette: PaletteState = {query: '', selected: 0};

/** Pure reducer: typing or erasing resets the selection to the best match; moving wraps around. */
export function paletteReducer(state: PaletteState, event: PaletteEvent): PaletteState {
	switch (event.type) {
		case 'type-text': {
			return {query: editText(state.query, event.text), selected: 0};
		}

		case 'erase-char': {
			return {query: [...state.query].slice(0, -1).join(''), selected: 0};
		}

		case 'edit-query': {
			return {query: event.edit(state.query), selected: 0};
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
