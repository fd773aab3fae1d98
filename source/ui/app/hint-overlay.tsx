import {Box, Text} from 'ink';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {bindingOf, keysText} from '../key-bindings.js';
import {borderStyleFor, paint, paintBorder, type DisplayMode} from './display.js';
import {wrapLines} from './text.js';

/** A hint the trainee just paid for: its place in the list, its cost and its words. */
export type RevealedHint = {readonly number: number; readonly of: number; readonly cost: number; readonly text: string};

/** `Hint 1 of 3 (-5 points)`. Pure. */
export function hintTitle(hint: RevealedHint): string {
	return `Hint ${hint.number} of ${hint.of} (-${hint.cost} point${hint.cost === 1 ? '' : 's'})`;
}

/** Props of HintOverlay. */
export type HintOverlayProps = {
	readonly hint: RevealedHint;
	readonly onClose: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/**
 * The hint just revealed, shown where the trainee asked for it (whatever the screen), so it is read
 * at once; closing goes on working, and the hint stays on the Ticket screen with the others.
 */
export function HintOverlay({hint, onClose, display, width, height}: HintOverlayProps) {
	useKeyIntents(['hint'], (intent) => {
		if (intent === 'hint.close') {
			onClose();
		}
	});
	const inner = Math.max(10, width - 4);
	const muted = paint(display, 'muted');
	const close = `${keysText(bindingOf('hint.close'), display.unicode, true)} to go on working; every revealed hint stays on the Ticket screen (1).`;
	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, 'focus')} width={width} height={height} paddingX={1} overflow="hidden">
			<Text bold>{hintTitle(hint)}</Text>
			{wrapLines(hint.text, inner).map((line, index) => (
				<Text key={`hint-${index}`}>{line}</Text>
			))}
			<Text> </Text>
			<Text {...muted}>{close}</Text>
		</Box>
	);
}
