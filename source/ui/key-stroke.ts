import type {Key} from 'ink';

/*
 * One key stroke: how THE key table (key-bindings.ts) names it, whether an Ink key press is it, and how
 * it is written for people. Depends on nothing of the table, so the table and the key text both use it.
 */

/** A named key that has no printable character. */
export type NamedKey = 'tab' | 'return' | 'escape' | 'up' | 'down' | 'left' | 'right' | 'page-up' | 'page-down' | 'home' | 'end' | 'backspace';

/** One key stroke: a printable character or a named key, with modifiers. */
export type KeyStroke = {
	readonly input?: string;
	readonly key?: NamedKey;
	readonly ctrl?: boolean;
	readonly shift?: boolean;
};

const namedKeyTest: Readonly<Record<NamedKey, (key: Key) => boolean>> = {
	tab: (key) => key.tab,
	return: (key) => key.return,
	escape: (key) => key.escape,
	up: (key) => key.upArrow,
	down: (key) => key.downArrow,
	left: (key) => key.leftArrow,
	right: (key) => key.rightArrow,
	'page-up': (key) => key.pageUp,
	'page-down': (key) => key.pageDown,
	home: (key) => key.home,
	end: (key) => key.end,
	backspace: (key) => key.backspace || key.delete,
};

/** Does this Ink key press match the stroke? Printable strokes match exactly (case matters). */
export function matchesStroke(stroke: KeyStroke, input: string, key: Key): boolean {
	if (stroke.key !== undefined) {
		return namedKeyTest[stroke.key](key) && Boolean(stroke.shift) === key.shift && Boolean(stroke.ctrl) === key.ctrl;
	}

	return stroke.input === input && Boolean(stroke.ctrl) === key.ctrl && (stroke.ctrl === true || !key.meta);
}

const namedKeyText: Readonly<Record<NamedKey, readonly [unicode: string, ascii: string]>> = {
	tab: ['Tab', 'Tab'],
	return: ['Enter', 'Enter'],
	escape: ['Esc', 'Esc'],
	up: ['↑', 'Up'],
	down: ['↓', 'Down'],
	left: ['←', 'Left'],
	right: ['→', 'Right'],
	'page-up': ['PgUp', 'PgUp'],
	'page-down': ['PgDn', 'PgDn'],
	home: ['Home', 'Home'],
	end: ['End', 'End'],
	backspace: ['Backspace', 'Backspace'],
};

/** How a stroke is written for people: `Ctrl+K`, `Shift+Tab`, `?`, `↑` (`Up` without Unicode). */
export function strokeText(stroke: KeyStroke, unicode = true): string {
	const printable = stroke.input === ' ' ? 'Space' : (stroke.input ?? '');
	const base = stroke.key === undefined ? (stroke.ctrl ? printable.toUpperCase() : printable) : namedKeyText[stroke.key][unicode ? 0 : 1];
	return `${stroke.ctrl ? 'Ctrl+' : ''}${stroke.shift ? 'Shift+' : ''}${base}`;
}
