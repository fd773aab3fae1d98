import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {theme} from '../theme.js';

/** Props of VirtualList. */
export type VirtualListProps<T> = {
	readonly items: readonly T[];
	/** Index of the cursor row in `items`. */
	readonly cursor: number;
	/** Index of the first row drawn (from `useListState`). */
	readonly offset: number;
	/** Rows drawn at most. */
	readonly height: number;
	readonly getKey: (item: T, index: number) => string;
	readonly renderItem: (item: T, context: {readonly index: number; readonly isCursor: boolean}) => ReactNode;
	/** Shown when there are no items. */
	readonly emptyText?: string;
	/**
	 * Key rows by their slot in the window instead of `getKey`, so scrolling and PgDn update the drawn rows in
	 * place rather than unmounting and mounting them (PgDn p95 about halves in a 10,000-row list). Only for rows
	 * without state of their own. @default false
	 */
	readonly recycleRows?: boolean;
};

/**
 * A list that draws only the visible window (`offset` to `offset + height`), so a 10,000-row list
 * costs the same per keystroke as a 20-row one. State lives in `useListState`.
 */
export function VirtualList<T>({items, cursor, offset, height, getKey, renderItem, emptyText = 'Nothing to show.', recycleRows = false}: VirtualListProps<T>) {
	if (items.length === 0) {
		return (
			<Box height={1}>
				<Text color={theme.text.muted}>{emptyText}</Text>
			</Box>
		);
	}

	const visible = items.slice(offset, offset + Math.max(1, height));
	return (
		<Box flexDirection="column">
			{visible.map((item, position) => {
				const index = offset + position;
				return (
					<Box key={recycleRows ? `slot-${position}` : getKey(item, index)} flexDirection="column" flexShrink={0}>
						{renderItem(item, {index, isCursor: index === cursor})}
					</Box>
				);
			})}
		</Box>
	);
}

/** "rows 21-40 of 10,000": where the window is, for the line under a list. */
export function windowLabel(offset: number, height: number, count: number): string {
	if (count === 0) {
		return '0 rows';
	}

	const last = Math.min(count, offset + height);
	return `rows ${(offset + 1).toLocaleString('en-US')}-${last.toLocaleString('en-US')} of ${count.toLocaleString('en-US')}`;
}
