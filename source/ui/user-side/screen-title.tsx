import {Box, Text} from 'ink';
import {paint, truncate, type DisplayMode} from '../app/display.js';
import {bindingOf, keysText} from '../key-bindings.js';

/** Props of ScreenTitle. */
export type ScreenTitleProps = {
	readonly title: string;
	/** Dim text after the title, e.g. the phone number. */
	readonly detail?: string;
	readonly peopleCount: number;
	readonly display: DisplayMode;
	readonly width: number;
};

/**
 * The first line of a user-side screen: whose side we look at, plus how to switch person (`[` and `]`)
 * when there are several and it fits beside the title and its detail.
 */
export function ScreenTitle({title, detail, peopleCount, display, width}: ScreenTitleProps) {
	const person = bindingOf('person.next');
	// "[ and ] switch person", from the key table: "[ ]" alone reads as an empty checkbox.
	const wanted = peopleCount > 1 ? `  ${keysText(person, display.unicode, true)} ${person.hint}` : '';
	// The title and its detail (a phone's clock) come first; the footer names the keys too when the screen is focused.
	const whole = title.length + (detail === undefined ? 0 : detail.length + 2);
	const switcher = whole + wanted.length <= width ? wanted : '';
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
