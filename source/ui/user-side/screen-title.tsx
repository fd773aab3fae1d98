import {Box, Text} from 'ink';
import {paint, truncate, type DisplayMode} from '../app/display.js';

/** Props of ScreenTitle. */
export type ScreenTitleProps = {
	readonly title: string;
	/** Dim text after the title, e.g. the phone number. */
	readonly detail?: string;
	readonly peopleCount: number;
	readonly display: DisplayMode;
	readonly width: number;
};

/** The first line of a user-side screen: whose side we look at, plus the `[ ]` hint when there are several people. */
export function ScreenTitle({title, detail, peopleCount, display, width}: ScreenTitleProps) {
	const switcher = peopleCount > 1 ? '  [ ] other person' : '';
	const room = Math.max(0, width - switcher.length);
	const head = truncate(title, room, display);
	const rest = detail === undefined ? '' : truncate(`  ${detail}`, Math.max(0, room - head.length), display);
	return (
		<Box width={width}>
			<Text bold>{head}</Text>
			<Text {...paint(display, 'muted')}>{rest}</Text>
			<Box flexGrow={1} />
			<Text {...paint(display, 'muted')}>{switcher}</Text>
		</Box>
	);
}
