import {useMemo, useRef} from 'react';
import {Box, Text} from 'ink';
import {useKeys} from '../components/key-layers.js';
import {applyTextKey, textEditOf, truncateStart} from '../components/text-field.js';
import {intentOf} from '../key-bindings.js';
import {borderStyleFor, paintBorder, glyphsFor, paint, truncate, type DisplayMode} from './display.js';
import {matchCommands, type Searchable} from './palette-match.js';
import {usePaletteState} from './use-palette-state.js';

/** Props of CommandPalette. */
export type CommandPaletteProps<C extends Searchable> = {
	readonly commands: readonly C[];
	readonly onRun: (command: C) => void;
	readonly onClose: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/**
 * The command palette: type a few letters, ↑↓ to pick, Enter to run, Esc to close. Every action
 * is here (admin remedies, escalations, "ask the user to ...", clock, undo, reset). Each word typed
 * must start a word of the command (see `matchCommands`).
 */
export function CommandPalette<C extends Searchable>({commands, onRun, onClose, display, width, height}: CommandPaletteProps<C>) {
	const [state, dispatch] = usePaletteState();
	const matches = useMemo(() => matchCommands(commands, state.query), [commands, state.query]);
	const rows = Math.max(1, height - 4);
	const selected = Math.min(state.selected, Math.max(0, matches.length - 1));
	const start = Math.min(Math.max(0, selected - rows + 1), Math.max(0, matches.length - rows));
	// The query as the keys left it, ahead of the frame: Enter read in the same burst as the letters before it
	// (fast typing, a paste) runs the best match of everything typed, not of what was last drawn.
	const latestQuery = useRef(state.query);
	useKeys((input, key) => {
		const intent = intentOf(['palette'], input, key);
		if (intent === 'palette.close') {
			onClose();
		} else if (intent === 'palette.run') {
			const drawn = latestQuery.current === state.query;
			const command = drawn ? matches[selected] : matchCommands(commands, latestQuery.current)[0];
			if (command !== undefined) {
				onRun(command);
			}
		} else if (intent === 'palette.up' || intent === 'palette.down') {
			dispatch({type: 'move-selection', delta: intent === 'palette.up' ? -1 : 1, count: matches.length});
		} else {
			// Typing, Backspace (each one of a burst read at once), Ctrl+U and Ctrl+W, as in every text field.
			const result = applyTextKey(latestQuery.current, input, key);
			if (result.type === 'change') {
				const edit = textEditOf(input, key);
				latestQuery.current = edit(latestQuery.current);
				dispatch({type: 'edit-query', edit});
			}
		}
	}, {isActive: true, isTyping: true});
	const glyphs = glyphsFor(display);
	const inner = Math.max(10, width - 4);
	const muted = paint(display, 'muted');
	// The query line never wraps: the count keeps its place and a long query shows its end.
	const count = state.query === '' ? '  type to search every action (enable, ask, wait, escalate...)' : `  ${matches.length} match${matches.length === 1 ? '' : 'es'}`;
	const queryRoom = Math.max(1, inner - 2 - 1 - count.length);
	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, 'focus')} width={width} height={height} paddingX={1}>
			<Box height={1} overflow="hidden">
				<Text>
					<Text {...paint(display, 'focus')}>{`${glyphs.pointer} `}</Text>
					{truncateStart(state.query, queryRoom, display)}
					{/* A dumb terminal draws no inverse video: the caret is a glyph there. */}
					{display.unicode ? <Text inverse> </Text> : '_'}
					<Text {...muted}>{truncate(count, inner - 3, display)}</Text>
				</Text>
			</Box>
			{matches.length === 0 ? <Text {...muted}>Nothing matches. Backspace to edit, Ctrl+U to clear, Esc to close.</Text> : null}
			{matches.slice(start, start + rows).map((command, index) => {
				const isSelected = start + index === selected;
				const group = ` ${command.group}`;
				return (
					<Box key={`${start + index}`} width={inner}>
						<Text inverse={isSelected} bold={isSelected}>
							{truncate(`${isSelected ? glyphs.pointer : ' '} ${command.label}`, inner - group.length, display)}
						</Text>
						<Box flexGrow={1} />
						<Text {...muted}>{group}</Text>
					</Box>
				);
			})}
		</Box>
	);
}
