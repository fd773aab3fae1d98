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

/** Selection and scrolling for a list of `count` items in a window of `size` rows (only visible rows render). */
export function useListCursor(count: number, size: number): ListCursor {
	const [state, setState] = useState({selected: 0, start: 0});
	const clampSelected = (index: number) => Math.min(Math.max(0, index), Math.max(0, count - 1));
	const selected = clampSelected(state.selected);
	const start = windowStart(count, selected, size, state.start);
	const select = useCallback(
		(index: number) => {
			setState((previous) => {
				const next = Math.min(Math.max(0, index), Math.max(0, count - 1));
				return {selected: next, start: windowStart(count, next, size, previous.start)};
			});
		},
		[count, size],
	);
	const move = useCallback(
		(delta: number) => {
			setState((previous) => {
				const current = Math.min(Math.max(0, previous.selected), Math.max(0, count - 1));
				const next = Math.min(Math.max(0, current + delta), Math.max(0, count - 1));
				return {selected: next, start: windowStart(count, next, size, previous.start)};
			});
		},
		[count, size],
	);
	return {selected, start, move, select};
}
