import {Box, type Key} from 'ink';
import {truncate, type DisplayMode} from '../app/display.js';
import {useDisplay} from '../contexts/display-context.js';
import {theme, themeGlyphs} from '../theme.js';
import {ToneText} from './tone-text.js';

/** What a key does to a text field: a new value, submit, cancel, or nothing (not a text key). */
export type TextKeyResult =
	| {readonly type: 'change'; readonly value: string}
	| {readonly type: 'submit'}
	| {readonly type: 'cancel'}
	| {readonly type: 'ignored'};

const erase = new Set(['\u007F', '\b']);
const clearLine = '\u0015';
const eraseWord = '\u0017';

/** The value without its last word (and the spaces after it), as Ctrl+W does in a shell. Pure. */
export function withoutLastWord(value: string): string {
	return value.replace(/\S*\s*$/, '');
}

/**
 * Applies the characters of one read to a value, in order: printable characters are appended, DEL or
 * Backspace (`\x7f`, `\b`) removes the last character, Ctrl+U clears, Ctrl+W removes the last word;
 * other control characters (a pasted line break, a stray escape) never become text. One read may hold
 * several keys: `tmux send-keys BSpace BSpace BSpace` arrives as `\x7f\x7f\x7f`. Pure.
 */
export function editText(value: string, input: string, maxLength = 200): string {
	let chars = [...value];
	for (const char of input) {
		const code = char.codePointAt(0) ?? 0;
		if (erase.has(char)) {
			chars = chars.slice(0, -1);
		} else if (char === clearLine) {
			chars = [];
		} else if (char === eraseWord) {
			chars = [...withoutLastWord(chars.join(''))];
		} else if (code >= 0x20 && code !== 0x7f && chars.length < maxLength) {
			chars.push(char);
		}
	}

	return chars.join('');
}

/**
 * Pure key handling of a single-line text field: printable input (one key or a paste) is appended,
 * Backspace/Delete removes the last character (each one of a burst read at once), Ctrl+U clears the
 * field, Ctrl+W (or Alt+Backspace) removes the last word, Enter submits, Esc cancels.
 */
export function applyTextKey(value: string, input: string, key: Key, maxLength = 200): TextKeyResult {
	if (key.return) {
		return {type: 'submit'};
	}

	if ((key.backspace || key.delete) && key.meta) {
		return {type: 'change', value: withoutLastWord(value)};
	}

	if (key.escape) {
		return {type: 'cancel'};
	}

	if (key.backspace || key.delete) {
		return {type: 'change', value: [...value].slice(0, -1).join('')};
	}

	// Ink reports Ctrl+U and Ctrl+W as the letter with `ctrl`.
	if (key.ctrl && (input === 'u' || input === 'w')) {
		return {type: 'change', value: input === 'u' ? '' : withoutLastWord(value)};
	}

	if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab || key.pageUp || key.pageDown) {
		return {type: 'ignored'};
	}

	const next = editText(value, input, maxLength);
	const edits = [...input].some((char) => erase.has(char) || char === clearLine || char === eraseWord);
	return next === value && !edits ? {type: 'ignored'} : {type: 'change', value: next};
}

/** A text edit as a state updater: applied to the latest value, not to the one the screen last drew. */
export type TextEdit = (value: string) => string;

/**
 * The edit a key makes, as an updater of the latest value. Why: keys read before React draws again (fast
 * typing on a loaded machine) all see the same last-drawn value, so a value computed from it would let
 * each key overwrite the one before. Call it once `applyTextKey` says the key is a change. Pure.
 */
export function textEditOf(input: string, key: Key, maxLength = 200): TextEdit {
	return (value) => {
		const result = applyTextKey(value, input, key, maxLength);
		return result.type === 'change' ? result.value : value;
	};
}

/**
 * The end of `text` that fits in `width` columns, starting with the display's ellipsis where the start
 * was cut (`...` without Unicode): a long search shows what was typed last. Pure.
 */
export function truncateStart(text: string, width: number, display: DisplayMode): string {
	const chars = [...text];
	if (chars.length <= width) {
		return text;
	}

	const {ellipsis} = themeGlyphs(display);
	return width <= ellipsis.length ? chars.slice(chars.length - Math.max(0, width)).join('') : ellipsis + chars.slice(chars.length - (width - ellipsis.length)).join('');
}

/** Props of TextField. */
export type TextFieldProps = {
	readonly label?: string;
	readonly value: string;
	readonly isFocused: boolean;
	readonly placeholder?: string;
	/**
	 * Columns for the label and the value: a longer value keeps its end, cut with the display's
	 * ellipsis. Without it Ink cuts the value to the space it gets.
	 */
	readonly width?: number;
};

/**
 * A single-line text field (view only; keys go through `applyTextKey` in the owner's input hook).
 * The caret is a glyph (a block, `_` without Unicode) so it shows without colour.
 */
export function TextField({label, value, isFocused, placeholder = '', width}: TextFieldProps) {
	const display = useDisplay();
	const {caret} = themeGlyphs(display);
	const showPlaceholder = value.length === 0 && !isFocused;
	const room = width === undefined ? undefined : Math.max(1, width - (label === undefined ? 0 : label.length + 1) - (isFocused ? caret.length : 0));
	return (
		<Box>
			{label === undefined ? null : <ToneText tone={theme.text.label}>{label} </ToneText>}
			<ToneText wrap="truncate-start" tone={isFocused ? theme.focus : undefined}>
				{showPlaceholder ? <ToneText tone={theme.text.muted}>{room === undefined ? placeholder : truncate(placeholder, room, display)}</ToneText> : room === undefined ? value : truncateStart(value, room, display)}
				{isFocused ? caret : ''}
			</ToneText>
		</Box>
	);
}
