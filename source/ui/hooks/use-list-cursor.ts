import {useCallback, useState} from 'react';

/** A cursor over a list shown a window at a time. */
export type ListCursor = {
	/** Index of the selected item (0 when the list is empty). */
	readonly selected: number;
	/** Index of the first visible item. */
	readonly start: number;
	/** Moves the selection by `delta` items, clamped to the list. */
	readonly move: (delta: number) => void;
	readonly select: (index: number) => void;
};

/** The first visible index that keeps `selected` inside a window of `size` rows. Pure. */
export function windowStart(count: number, selected: number, size: number, previousStart = 0): number {
	const rows = Math.max(1, size);
	const maxStart = Math.max(0, count - rows);
	let start = Math.min(Math.max(0, previousStart), maxStart);
	if (selected < start) {
		start = selected;
	} else if (selected >= start + rows) {
		start = selected - rows + 1;
	}

	return Math.min(Math.max(0, start), maxStart);
}

/** What the cursor stores: the index chosen, the window, and the key of the item chosen (when items have keys). */
type CursorState = {readonly selected: number; readonly start: number; readonly key?: string | undefined};

/**
 * The index the cursor is on: the item it was put on, wherever the list has moved it (when items have
 * keys and it is still there), or else the same index, clamped to the list. Pure.
 */
export function followedIndex(stored: Pick<CursorState, 'selected' | 'key'>, count: number, keys?: readonly string[]): number {
	if (keys !== undefined && stored.key !== undefined && keys[stored.selected] !== stored.key) {
		const index = keys.indexOf(stored.key);
		if (index >= 0) {
			return index;
		}
	}

	return Math.min(Math.max(0, stored.selected), Math.max(0, count - 1));
}

/**
 * Selection and scrolling for a list of `count` items in a window of `size` rows (only visible rows render).
 * With `keys` (one per item) the selection stays on its item when the list changes around it. Derived while
 * rendering, not adjusted in an effect: a key typed before an effect ran would meet the old position.
 */
export function useListCursor(count: number, size: number, keys?: readonly string[]): ListCursor {
	const [state, setState] = useState<CursorState>(() => ({selected: 0, start: 0, key: keys?.[0]}));
	const selected = followedIndex(state, count, keys);
	const start = windowStart(count, selected, size, state.start);
	const select = useCallback(
		(index: number) => {
			setState((previous) => {
				const next = Math.min(Math.max(0, index), Math.max(0, count - 1));
				return {selected: next, start: windowStart(count, next, size, previous.start), key: keys?.[next]};
			});
		},
		[count, size, keys],
	);
	const move = useCallback(
		(delta: number) => {
			setState((previous) => {
				const next = Math.min(Math.max(0, followedIndex(previous, count, keys) + delta), Math.max(0, count - 1));
				return {selected: next, start: windowStart(count, next, size, previous.start), key: keys?.[next]};
			});
		},
		[count, size, keys],
	);
	return {selected, start, move, select};
}
