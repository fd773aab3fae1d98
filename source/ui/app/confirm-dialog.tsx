import {Box, Text} from 'ink';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {bindingOf, keysText} from '../key-bindings.js';
import {borderStyleFor, paintBorder, paint, type DisplayMode} from './display.js';

/** Props of ConfirmDialog. */
export type ConfirmDialogProps = {
	readonly question: string;
	readonly detail?: string;
	readonly onAnswer: (yes: boolean) => void;
	readonly display: DisplayMode;
	readonly width: number;
};

/** A yes/no question (y or Enter: yes; n or Esc: no), e.g. before reset or quit. */
export function ConfirmDialog({question, detail, onAnswer, display, width}: ConfirmDialogProps) {
	useKeyIntents(['confirm'], (intent) => {
		if (intent === 'confirm.yes' || intent === 'confirm.no') {
			onAnswer(intent === 'confirm.yes');
		}
	});
	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, 'warn')} paddingX={1} width={width}>
			<Text bold>{question}</Text>
			{detail === undefined ? null : <Text>{detail}</Text>}
			<Text {...paint(display, 'muted')}>{`${keysText(bindingOf('confirm.yes'), display.unicode)}: yes    ${keysText(bindingOf('confirm.no'), display.unicode)}: no`}</Text>
		</Box>
	);
}
