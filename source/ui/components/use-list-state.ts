import {useCallback} from 'react';
import {useRememberedReducer, type MemoryKey} from '../hooks/use-view-memory.js';

/** Where the cursor is and which row is the first one drawn. */
export type ListState = {
	readonly cursor: number;
	readonly offset: number;
};

/** How many rows there are and how many fit on screen. */
export type ListBounds = {
	readonly count: number;
	readonly height: number;
};

/** Cursor movements, kebab-case like every widget action. */
export type ListAction =
	| {readonly type: 'move-up' | 'move-down' | 'page-up' | 'page-down' | 'home' | 'end'}
	| {readonly type: 'move-to'; readonly index: number};

/** The list as a fresh one starts: cursor on the first row. */
export const initialListState: ListState = {cursor: 0, offset: 0};

function clamp(value: number, min: number, max: number): number {
	return Math.max(min, Math.min(max, value));
}

/**
 * Scrolls as little as possible so the cursor row is visible, and never leaves empty rows below
 * the last one. Pure: the same inputs give the same window.
 */
export function scrollOffset(offset: number, cursor: number, bounds: ListBounds): number {
	const height = Math.max(1, bounds.height);
	let next = offset;
	if (cursor < next) {
		next = cursor;
	}

	if (cursor >= next + height) {
		next = cursor - height + 1;
	}

	return clamp(next, 0, Math.max(0, bounds.count - height));
}

/** Clamps a state to the bounds: the cursor on a real row, the window around it. */
export function fitList(state: ListState, bounds: ListBounds): ListState {
	const cursor = clamp(state.cursor, 0, Math.max(0, bounds.count - 1));
	const offset = scrollOffset(state.offset, cursor, bounds);
	return cursor === state.cursor && offset === state.offset ? state : {cursor, offset};
}

/** Pure reducer of a virtualised list: moves the cursor and keeps the window around it. */
export function listReducer(state: ListState, action: ListAction & {readonly bounds: ListBounds}): ListState {
	const {bounds} = action;
	const current = fitList(state, bounds);
	const page = Math.max(1, bounds.height);
	const last = Math.max(0, bounds.count - 1);
	switch (action.type) {
		case 'move-up': {
			return fitList({...current, cursor: current.cursor - 1}, bounds);
		}

		case 'move-down': {
			return fitList({...current, cursor: current.cursor + 1}, bounds);
		}

		case 'page-up': {
			return fitList({cursor: current.cursor - page, offset: current.offset - page}, bounds);
		}

		case 'page-down': {
			return fitList({cursor: Math.min(last, current.cursor + page), offset: current.offset + page}, bounds);
		}

		case 'home': {
			return fitList({cursor: 0, offset: 0}, bounds);
		}

		case 'end': {
			return fitList({cursor: last, offset: last}, bounds);
		}

		case 'move-to': {
			return fitList({...current, cursor: action.index}, bounds);
		}
	}
}

/** What `useListState` gives a widget: the fitted state and a dispatcher that knows the bounds. */
export type ListStateHandle = {
	readonly state: ListState;
	readonly dispatch: (action: ListAction) => void;
};

/**
 * The list reducer bound to the current row count and height. The stored state is fitted at
 * render time, so a filter that shrinks the list never shows a cursor past the end. With a `memory`
 * key (under a `ViewMemoryProvider`) the cursor is where it was when the list is shown again.
 */
export function useListState(bounds: ListBounds, memory?: MemoryKey<ListState>): ListStateHandle {
	const [raw, dispatchRaw] = useRememberedReducer(memory, listReducer, initialListState);
	const {count, height} = bounds;
	const dispatch = useCallback((action: ListAction) => {
		dispatchRaw({...action, bounds: {count, height}});
	}, [count, height]);
	return {state: fitList(raw, bounds), dispatch};
}

/** Maps the usual navigation keys to list actions; undefined when the key is not one of them. */
export function listActionForKey(key: {readonly upArrow: boolean; readonly downArrow: boolean; readonly pageUp: boolean; readonly pageDown: boolean; readonly home: boolean; readonly end: boolean}): ListAction | undefined {
	if (key.upArrow) {
		return {type: 'move-up'};
	}

	if (key.downArrow) {
		return {type: 'move-down'};
	}

	if (key.pageUp) {
		return {type: 'page-up'};
	}

	if (key.pageDown) {
		return {type: 'page-down'};
	}

	if (key.home) {
		return {type: 'home'};
	}

	if (key.end) {
		return {type: 'end'};
	}

	return undefined;
}
