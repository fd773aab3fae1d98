import {useRef, useState} from 'react';
import {Box, Text} from 'ink';
import {applyTextKey} from '../components/text-field.js';
import {useKeys} from '../components/key-layers.js';
import {themeGlyphs} from '../theme.js';
import {borderStyleFor, glyphsFor, paint, paintBorder, type DisplayMode} from './display.js';

/** What the dialog says when Enter is pressed with no number typed. */
export const emptyNumberMessage = 'Type the number first, as the user reads it off their phone (e.g. +1 4255550123).';

/** Props of PhoneNumberDialog. */
export type PhoneNumberDialogProps = {
	/** "Set Priya Patel's authentication phone". */
	readonly title: string;
	/** The number as typed, trimmed and never empty: the domain checks its form. */
	readonly onSend: (number: string) => void;
	readonly onCancel: () => void;
	readonly display: DisplayMode;
	readonly width: number;
};

/**
 * The number an admin types for a user's phone method, as in the admin center's phone field. Why a dialog and not a
 * ready-made command: the palette offering "to +1 4255550123" handed the trainee the number in the user's hand, the
 * very thing a wrong-number ticket asks them to find out (the user's phone screen, 6, shows it).
 */
export function PhoneNumberDialog({title, onSend, onCancel, display, width}: PhoneNumberDialogProps) {
	const [number, setNumber] = useState('');
	// The number as the keys left it, ahead of the frame: Enter read with the digits must see them.
	const latest = useRef(number);
	const [refused, setRefused] = useState(false);
	useKeys(
		(input, key) => {
			const result = applyTextKey(latest.current, input, key, 32);
			if (result.type === 'cancel') {
				onCancel();
			} else if (result.type === 'submit') {
				if (latest.current.trim() === '') {
					setRefused(true);
				} else {
					onSend(latest.current.trim());
				}
			} else if (result.type === 'change') {
				latest.current = result.value;
				setNumber(result.value);
				setRefused(false);
			}
		},
		{isActive: true, isTyping: true},
	);
	const glyphs = glyphsFor(display);
	const muted = paint(display, 'muted');
	const {caret} = themeGlyphs(display);
	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, 'focus')} width={width} paddingX={1}>
			<Text bold {...paint(display, 'accent')}>
				{title}
			</Text>
			<Text {...muted}>Type the phone number (country code, space, number), as the user reads it to you.</Text>
			<Text {...paint(display, 'focus')}>{`Phone number: ${number}${caret}`}</Text>
			{refused ? <Text {...paint(display, 'fail')}>{`${glyphs.fail} ${emptyNumberMessage}`}</Text> : null}
			<Text {...muted}>{`Enter set ${glyphs.dot} Esc cancel ${glyphs.dot} Ctrl+U clear`}</Text>
		</Box>
	);
}
