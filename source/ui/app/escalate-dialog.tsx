import {useRef, useState} from 'react';
import {Box, Text} from 'ink';
import type {EscalationTarget} from '../../domain/state/sim-state.js';
import {useKeys} from '../components/key-layers.js';
import {applyTextKey} from '../components/text-field.js';
import {themeGlyphs} from '../theme.js';
import {borderStyleFor, glyphsFor, paint, paintBorder, type DisplayMode} from './display.js';
import {escalationTargetText} from '../../services/describe-intent.js';
import {wrapLines} from './text.js';

/** The longest handover note: a few sentences, as a ticket system's field allows. */
export const maxNoteLength = 1000;

/** The shortest note sent: a sentence; "x" or "pls fix" tells the next line nothing. */
export const minNoteLength = 20;

/** What the dialog says when Enter is pressed on an empty or too short note. */
export const emptyNoteMessage = 'Write the handover first: the next line starts from it. Say who needs what, why, and what you already found.';

/** What it says under a note shorter than `minNoteLength`. */
export const shortNoteMessage = `Say a little more (at least ${minNoteLength} characters): who needs what, why, and what you already found.`;

/** Props of EscalateDialog. */
export type EscalateDialogProps = {
	readonly to: EscalationTarget;
	/** The note, trimmed, at least `minNoteLength` characters. */
	readonly onSend: (reason: string) => void;
	readonly onCancel: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/**
 * The handover note of an escalation: type it (wrapped as it grows), Enter sends it, Esc cancels.
 * An empty or one-word note is refused with a sentence, not sent: the next line needs something to start from.
 */
export function EscalateDialog({to, onSend, onCancel, display, width, height}: EscalateDialogProps) {
	const [note, setNote] = useState('');
	// The note as the keys left it, ahead of the frame: a key read before React draws again (typing, then Enter at
	// once) must see the letters before it, or Enter would find the note empty.
	const latest = useRef(note);
	const [refused, setRefused] = useState<string | undefined>(undefined);
	useKeys(
		(input, key) => {
			const result = applyTextKey(latest.current, input, key, maxNoteLength);
			if (result.type === 'cancel') {
				onCancel();
			} else if (result.type === 'submit') {
				const trimmed = latest.current.trim();
				if (trimmed.length < minNoteLength) {
					setRefused(trimmed === '' ? emptyNoteMessage : shortNoteMessage);
				} else {
					onSend(latest.current.trim());
				}
			} else if (result.type === 'change') {
				latest.current = result.value;
				setNote(result.value);
				setRefused(undefined);
			}
		},
		{isActive: true, isTyping: true},
	);
	const glyphs = glyphsFor(display);
	const muted = paint(display, 'muted');
	const inner = Math.max(10, width - 4);
	const {caret} = themeGlyphs(display);
	// The caret rides on the text, so a trailing space shows as the gap before it.
	const lines = wrapLines(`${note}${caret}`, inner);
	// Title, prompt, blank, the note, blank, the refusal, the keys: the note keeps the rows left over, showing its end.
	const room = Math.max(1, height - 2 - 6);
	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, 'focus')} width={width} height={height} paddingX={1}>
			<Text bold {...paint(display, 'accent')}>{`Escalate the ticket to ${escalationTargetText(to)}`}</Text>
			<Text {...muted}>Write the handover note: who needs what and why, what you found and tried, what the next line should do.</Text>
			<Box flexDirection="column" marginY={1}>
				{lines.slice(-room).map((line, index) => (
					<Text key={`note-${index}`} {...paint(display, 'focus')}>
						{line}
					</Text>
				))}
			</Box>
			{refused === undefined ? null : <Text {...paint(display, 'fail')}>{`${glyphs.fail} ${refused}`}</Text>}
			<Text {...muted}>{`Enter send ${glyphs.dot} Esc cancel ${glyphs.dot} Ctrl+U clear ${glyphs.dot} ${note.length}/${maxNoteLength}`}</Text>
		</Box>
	);
}
