import {useState} from 'react';
import {Box, Text} from 'ink';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {bindingsIn, keysText, type KeyHint, type KeyScope} from '../key-bindings.js';
import {wrapLines} from '../components/wrap-window.js';
import {borderStyleFor, paintBorder, paint, truncate, type DisplayMode} from './display.js';

/** One row of the help: a heading, a key and what it does, or a line of text (wrapped to the overlay's width). */
export type HelpRow = {readonly heading: string} | {readonly keys: string; readonly text: string} | {readonly note: string};

/** What the help says about the trainee's account: its roles (the header only counts them) and where its profile is. Pure. */
export function rolesNote(roles: readonly string[]): string {
	return `${roles.length === 0 ? 'You have no admin role' : `Your role${roles.length === 1 ? '' : 's'}: ${roles.join(', ')}`}; your profile is under Active users.`;
}

const sections: readonly (readonly [string, readonly KeyScope[]])[] = [
	['Anywhere', ['always', 'global']],
	['In the menu on the left', ['navigation']],
];

const attemptSections: readonly (readonly [string, readonly KeyScope[]])[] = [
	['Your attempt (in the menu on the left)', ['attempt']],
	['Check my fix', ['check']],
	['A hint just revealed', ['hint']],
];

const laterSections: readonly (readonly [string, readonly KeyScope[]])[] = [
	['The Ticket screen', ['ticket']],
	['Lists on the user\'s side', ['list']],
	['The user\'s side', ['user-side']],
	['Command palette', ['palette']],
	['Questions (reset, quit)', ['confirm']],
];

/**
 * The help's rows: the trainee's roles (when given), the current screen's own hints, then THE key table by
 * where each key works. Pure.
 */
export function helpRows(screenTitle: string, screenHints: readonly KeyHint[], unicode: boolean, playing = false, roles?: readonly string[]): readonly HelpRow[] {
	const rowsOf = ([heading, scopes]: readonly [string, readonly KeyScope[]]): HelpRow[] => [
		{heading},
		...bindingsIn(scopes).map((binding): HelpRow => ({keys: keysText(binding, unicode), text: binding.description})),
	];
	const screen: HelpRow[] = screenHints.length === 0 ? [] : [{heading: screenTitle}, ...screenHints.map((hint): HelpRow => ({keys: hint.keys, text: hint.label}))];
	const account: HelpRow[] = roles === undefined ? [] : [{note: rolesNote(roles)}];
	return [...account, ...screen, ...sections.flatMap(rowsOf), ...(playing ? attemptSections.flatMap(rowsOf) : []), ...laterSections.flatMap(rowsOf)];
}

const atLeastOneLine = (lines: readonly string[]): readonly string[] => (lines.length === 0 ? [''] : lines);

/** Props of HelpOverlay. */
export type HelpOverlayProps = {
	readonly screenTitle: string;
	/** Hints the current admin screen exports. */
	readonly screenHints: readonly KeyHint[];
	/** A scenario is being played: its keys (hints, check, submit, give up) are listed too. */
	readonly playing?: boolean;
	/** The display names of the trainee's admin roles, listed first. */
	readonly roles?: readonly string[];
	readonly onClose: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};


/** The `?` overlay: every key binding from the table, grouped by where it works; scrolls with ↑↓. */
export function HelpOverlay({screenTitle, screenHints, playing = false, roles, onClose, display, width, height}: HelpOverlayProps) {
	const inner = Math.max(10, width - 4);
	const all = helpRows(screenTitle, screenHints, display.unicode, playing, roles);
	// Wide enough for the longest keys (admin screens list several), within reason.
	const keyColumn = Math.min(24, Math.max(12, ...all.map((row) => ('keys' in row ? row.keys.length + 2 : 0))));
	// A note or a long description takes as many rows as it wraps to (nothing cut off), so scrolling counts the lines drawn.
	const rows = all.flatMap((row): HelpRow[] =>
		'note' in row
			? wrapLines(row.note, inner).map((note) => ({note}))
			: 'keys' in row
				? atLeastOneLine(wrapLines(row.text, Math.max(1, inner - keyColumn))).map((text, index) => ({keys: index === 0 ? row.keys : '', text}))
				: [row],
	);
	const visibleRows = Math.max(1, height - 3);
	const maxOffset = Math.max(0, rows.length - visibleRows);
	const [offset, setOffset] = useState(0);
	useKeyIntents(['help'], (intent) => {
		if (intent === 'help.close') {
			onClose();
		} else if (intent === 'help.up' || intent === 'help.down') {
			const step = intent === 'help.up' ? -1 : 1;
			setOffset((value) => Math.min(maxOffset, Math.max(0, value + step * Math.max(1, Math.floor(visibleRows / 2)))));
		}
	});
	const shown = rows.slice(Math.min(offset, maxOffset), Math.min(offset, maxOffset) + visibleRows);
	const more = rows.length > visibleRows ? `  (${Math.min(offset, maxOffset) + shown.length}/${rows.length})` : '';
	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, 'focus')} width={width} height={height} paddingX={1}>
			<Text bold>
				Key bindings<Text {...paint(display, 'muted')}>{more}</Text>
			</Text>
			{shown.map((row, index) =>
				'note' in row ? (
					<Text key={`row-${index}`}>{row.note}</Text>
				) : 'heading' in row ? (
					<Text key={`row-${index}`} bold {...paint(display, 'accent')}>
						{truncate(row.heading, inner, display)}
					</Text>
				) : (
					<Text key={`row-${index}`}>
						<Text bold>{truncate(row.keys, keyColumn - 1, display).padEnd(keyColumn)}</Text>
						{truncate(row.text, Math.max(1, inner - keyColumn), display)}
					</Text>
				),
			)}
		</Box>
	);
}
