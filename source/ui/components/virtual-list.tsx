import type {ReactNode} from 'react';
import {Box} from 'ink';
import {theme} from '../theme.js';
import {ToneText} from './tone-text.js';

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
	/**
	 * A muted line drawn above the item at `before` when that item is in the window, e.g. where the rows
	 * from before the ticket start. It takes a line: give the list one line less (`dividerIndex` says when).
	 */
	readonly divider?: {readonly before: number; readonly text: string} | undefined;
};

/**
 * A list that draws only the visible window (`offset` to `offset + height`), so a 10,000-row list
 * costs the same per keystroke as a 20-row one. State lives in `useListState`.
 */
export function VirtualList<T>({items, cursor, offset, height, getKey, renderItem, emptyText = 'Nothing to show.', recycleRows = false, divider}: VirtualListProps<T>) {
	if (items.length === 0) {
		// The text wraps in a narrow pane: its box grows with it (a one-line box let the second line be drawn
		// over by the line under the list, which showed as `0 rowsrs.`).
		return (
			<Box flexDirection="column" flexShrink={0}>
				<ToneText tone={theme.text.muted}>{emptyText}</ToneText>
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
						{divider?.before === index ? (
							<Box height={1} overflow="hidden">
								<ToneText tone={theme.text.muted}>{divider.text}</ToneText>
							</Box>
						) : null}
						{renderItem(item, {index, isCursor: index === cursor})}
					</Box>
				);
			})}
		</Box>
	);
}

/**
 * Where the rows matching `isBefore` start in a list sorted newest first (the rows from before the ticket,
 * under the trainee's own), or undefined when there is no such row, so no divider and no line to reserve. Pure.
 */
export function dividerIndex<T>(items: readonly T[], isBefore: (item: T) => boolean): number | undefined {
	const index = items.findIndex((item) => isBefore(item));
	return index === -1 ? undefined : index;
}

/** "rows 21-40 of 10,000": where the window is, for the line under a list. */
export function windowLabel(offset: number, height: number, count: number): string {
	if (count === 0) {
		return '0 rows';
	}

	const last = Math.min(count, offset + height);
	return `rows ${(offset + 1).toLocaleString('en-US')}-${last.toLocaleString('en-US')} of ${count.toLocaleString('en-US')}`;
}
