import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {colorProps, theme} from '../theme.js';

/** A table column: a fixed width in cells, or a share of the width left over (`grow`). */
export type Column = {
	readonly header: string;
	readonly width?: number;
	/** Share of the remaining width; used when `width` is not set. @default 1 */
	readonly grow?: number;
};

/** One cell: its text and, optionally, a semantic colour from the theme. */
export type Cell = {
	readonly text: string;
	readonly color?: string;
};

function ColumnBox({column, children}: {readonly column: Column; readonly children: ReactNode}) {
	return column.width === undefined ? (
		<Box flexGrow={column.grow ?? 1} flexBasis={0} flexShrink={1} minWidth={4} overflow="hidden">
			{children}
		</Box>
	) : (
		<Box width={column.width} flexShrink={0} overflow="hidden">
			{children}
		</Box>
	);
}

/** The header line of a table, muted, with the same column widths as its rows. */
export function TableHeader({columns, prefix = ''}: {readonly columns: readonly Column[]; readonly prefix?: string}) {
	return (
		<Box columnGap={1}>
			{prefix.length > 0 ? <Text color={theme.text.muted}>{' '.repeat(prefix.length)}</Text> : null}
			{columns.map((column) => (
				<ColumnBox key={column.header} column={column}>
					<Text bold color={theme.text.muted} wrap="truncate-end">
						{column.header}
					</Text>
				</ColumnBox>
			))}
		</Box>
	);
}

/** Props of TableRow. */
export type TableRowProps = {
	readonly columns: readonly Column[];
	readonly cells: readonly Cell[];
	/** Marker text before the cells, e.g. `› [x]`; always text so the row reads without colour. */
	readonly prefix?: string;
	readonly isCursor?: boolean;
	/** Greyed out (a guest on the legacy page, an action the role can't take). */
	readonly isMuted?: boolean;
};

/** One table row: cells truncated to their column, the cursor row drawn in the focus colour. */
export function TableRow({columns, cells, prefix = '', isCursor = false, isMuted = false}: TableRowProps) {
	const rowColor = isMuted ? theme.text.muted : undefined;
	return (
		<Box columnGap={1}>
			{prefix.length > 0 ? (
				<Text bold={isCursor} {...colorProps(isCursor ? theme.focus : rowColor)}>
					{prefix}
				</Text>
			) : null}
			{columns.map((column, index) => {
				const cell = cells[index] ?? {text: ''};
				return (
					<ColumnBox key={column.header} column={column}>
						<Text bold={isCursor} wrap="truncate-end" {...colorProps(isMuted ? theme.text.muted : (cell.color ?? (isCursor ? theme.focus : undefined)))}>
							{cell.text}
						</Text>
					</ColumnBox>
				);
			})}
		</Box>
	);
}

/** The row marker: `›` on the cursor row, then a checkbox when the list is multi-select. */
export function rowPrefix(isCursor: boolean, checkbox?: 'checked' | 'unchecked' | 'disabled'): string {
	const cursor = isCursor ? '›' : ' ';
	switch (checkbox) {
		case undefined: {
			return cursor;
		}

		case 'checked': {
			return `${cursor} [x]`;
		}

		case 'unchecked': {
			return `${cursor} [ ]`;
		}

		case 'disabled': {
			return `${cursor}  - `;
		}
	}
}
