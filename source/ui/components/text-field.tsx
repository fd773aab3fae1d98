import {Box, Text, type Key} from 'ink';
import {colorProps, theme} from '../theme.js';

/** What a key does to a text field: a new value, submit, cancel, or nothing (not a text key). */
export type TextKeyResult =
	| {readonly type: 'change'; readonly value: string}
	| {readonly type: 'submit'}
	| {readonly type: 'cancel'}
	| {readonly type: 'ignored'};

/** Drops control characters (a pasted line break, a stray escape): they never become text. */
function printable(input: string): string {
	return [...input].filter((char) => {
		const code = char.codePointAt(0) ?? 0;
		return code >= 0x20 && code !== 0x7f;
	}).join('');
}

/**
 * Pure key handling of a single-line text field: printable input (one key or a paste) is
 * appended, Backspace/Delete removes the last character, Enter submits, Esc cancels.
 */
export function applyTextKey(value: string, input: string, key: Key, maxLength = 200): TextKeyResult {
	if (key.return) {
		return {type: 'submit'};
	}

	if (key.escape) {
		return {type: 'cancel'};
	}

	if (key.backspace || key.delete) {
		return {type: 'change', value: [...value].slice(0, -1).join('')};
	}

	if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab || key.pageUp || key.pageDown) {
		return {type: 'ignored'};
	}

	const text = printable(input);
	if (text.length === 0) {
		return {type: 'ignored'};
	}

	return {type: 'change', value: (value + text).slice(0, maxLength)};
}

/** Props of TextField. */
export type TextFieldProps = {
	readonly label?: string;
	readonly value: string;
	readonly isFocused: boolean;
	readonly placeholder?: string;
};

/**
 * A single-line text field (view only; keys go through `applyTextKey` in the owner's input hook).
 * The caret is a block character so it shows without colour.
 */
export function TextField({label, value, isFocused, placeholder = ''}: TextFieldProps) {
	const showPlaceholder = value.length === 0 && !isFocused;
	return (
		<Box>
			{label === undefined ? null : <Text color={theme.text.label}>{label} </Text>}
			<Text wrap="truncate-start" {...colorProps(isFocused ? theme.focus : undefined)}>
				{showPlaceholder ? <Text color={theme.text.muted}>{placeholder}</Text> : value}
				{isFocused ? '█' : ''}
			</Text>
		</Box>
	);
}
