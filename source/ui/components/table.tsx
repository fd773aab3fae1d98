import {Box} from 'ink';
import {truncate, type DisplayMode, type Tone} from '../app/display.js';
import {useDisplay} from '../contexts/display-context.js';
import {theme, themeGlyphs} from '../theme.js';
import {ToneText} from './tone-text.js';

/** A table column: a fixed width in cells, or a share of the width left over (`grow`). */
export type Column = {
	readonly header: string;
	readonly width?: number;
	/** Share of the remaining width; used when `width` is not set. @default 1 */
	readonly grow?: number;
};

/** One cell: its text and, optionally, the tone of what it means (`mfaTone(state)`). */
export type Cell = {
	readonly text: string;
	readonly tone?: Tone;
};

/** The box before a row's cells when the table is multi-select. */
export type RowCheckbox = 'checked' | 'unchecked' | 'disabled';

/** Columns a `grow` column never goes below. */
const minimumGrowWidth = 4;

/**
 * The width of each column in a table `width` cells wide whose rows start with a `prefixWidth` marker:
 * fixed columns keep theirs, the rest share what is left by `grow` (at least 4 each), one space
 * between columns, as Yoga would lay the row out. Pure.
 */
export function columnWidths(columns: readonly Column[], width: number, prefixWidth: number): readonly number[] {
	const gaps = columns.length - 1 + (prefixWidth > 0 ? 1 : 0);
	const fixed = columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
	const free = Math.max(0, width - prefixWidth - gaps - fixed);
	const shares = columns.reduce((sum, column) => sum + (column.width === undefined ? (column.grow ?? 1) : 0), 0);
	// Yoga rounds the edges of the growing columns to whole cells, so their widths always add up to `free`.
	let taken = 0;
	return columns.map((column) => {
		if (column.width !== undefined) {
			return column.width;
		}

		const start = Math.round((free * taken) / Math.max(1, shares));
		taken += column.grow ?? 1;
		return Math.max(minimumGrowWidth, Math.round((free * taken) / Math.max(1, shares)) - start);
	});
}

/** The row marker: the pointer on the cursor row (`›`, `>` without Unicode), then a checkbox in a multi-select list. Pure. */
export function rowPrefix(isCursor: boolean, checkbox: RowCheckbox | undefined, display: DisplayMode): string {
	const cursor = isCursor ? themeGlyphs(display).pointer : ' ';
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

/** Columns the row marker takes: the pointer, plus the checkbox in a multi-select list. */
function prefixWidth(hasCheckbox: boolean): number {
	return hasCheckbox ? 5 : 1;
}

/** Props of TableHeader. */
export type TableHeaderProps = {
	readonly columns: readonly Column[];
	/** Columns of the table. */
	readonly width: number;
	/** The rows have checkboxes (multi-select): the header leaves room for them. @default false */
	readonly hasCheckbox?: boolean;
};

/** The header line of a table, muted, with the same column widths as its rows. */
export function TableHeader({columns, width, hasCheckbox = false}: TableHeaderProps) {
	const display = useDisplay();
	const prefix = prefixWidth(hasCheckbox);
	const widths = columnWidths(columns, width, prefix);
	return (
		<Box columnGap={1} height={1} overflowY="hidden">
			<Box width={prefix} flexShrink={0} />
			{columns.map((column, index) => (
				<Box key={column.header} width={widths[index] ?? minimumGrowWidth} flexShrink={0}>
					<ToneText bold tone={theme.text.muted} wrap="truncate-end">
						{truncate(column.header, widths[index] ?? minimumGrowWidth, display)}
					</ToneText>
				</Box>
			))}
		</Box>
	);
}

/** Props of TableRow. */
export type TableRowProps = {
	readonly columns: readonly Column[];
	/** Columns of the table: cells are cut to their column with the display's ellipsis. */
	readonly width: number;
	readonly cells: readonly Cell[];
	readonly isCursor?: boolean;
	/** The box of a multi-select list; none for a single cursor. */
	readonly checkbox?: RowCheckbox | undefined;
	/** Greyed out (a guest on the legacy page, an action the role can't take). */
	readonly isMuted?: boolean;
};

/**
 * One table row: a marker that is always text (`›`, `[x]`) so the row reads without colour, then the
 * cells cut to their columns; the cursor row is drawn in the focus tone. The cells are cut to width here,
 * so only the row clips, and only vertically: Ink re-slices every write inside a horizontally clipped box.
 */
export function TableRow({columns, width, cells, isCursor = false, checkbox, isMuted = false}: TableRowProps) {
	const display = useDisplay();
	const widths = columnWidths(columns, width, prefixWidth(checkbox !== undefined));
	const cursorTone = isCursor ? theme.focus : undefined;
	return (
		<Box columnGap={1} height={1} overflowY="hidden">
			<ToneText bold={isCursor} tone={cursorTone ?? (isMuted ? theme.text.muted : undefined)}>
				{rowPrefix(isCursor, checkbox, display)}
			</ToneText>
			{columns.map((column, index) => {
				const cell = cells[index] ?? {text: ''};
				const cellWidth = widths[index] ?? minimumGrowWidth;
				return (
					<Box key={column.header} width={cellWidth} flexShrink={0}>
						<ToneText bold={isCursor} wrap="truncate-end" tone={isMuted ? theme.text.muted : (cell.tone ?? cursorTone)}>
							{truncate(cell.text, cellWidth, display)}
						</ToneText>
					</Box>
				);
			})}
		</Box>
	);
}
