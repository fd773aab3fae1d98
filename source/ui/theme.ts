import type {SignInStatus, TraceStep} from '../domain/state/logs.js';
import type {PerUserMfaState} from '../domain/tenant/user.js';
import {glyphsFor, type DisplayMode, type Glyphs, type Tone} from './app/display.js';

type ThemeTree = {readonly [name: string]: Tone | ThemeTree};

/**
 * What the admin screens and shared widgets mean by each colour, as tones of the shell's one palette
 * (`tones` in app/display.ts). Components name a meaning (`theme.status.fail`) and draw it with
 * `<ToneText tone={...}>` or `paint(display, tone)`, which colour nothing when the display has no
 * colours (NO_COLOR, FORCE_COLOR=0, TERM=dumb); so every meaning carried by colour is also carried
 * by text (a marker, a word) in the components.
 */
export const theme = {
	status: {ok: 'ok', warn: 'warn', fail: 'fail', info: 'focus'},
	text: {muted: 'muted', heading: 'focus', label: 'accent'},
	/** The row or field under the cursor. */
	focus: 'focus',
	/** Per-user MFA status badges. */
	mfa: {disabled: 'muted', enabled: 'warn', enforced: 'ok'},
	border: {dialog: 'focus', danger: 'fail'},
	/** Sign-in diagnostic step verdicts. */
	verdict: {pass: 'ok', fail: 'fail', skip: 'muted', info: 'focus'},
	badge: {role: 'user', guest: 'accent'},
} as const satisfies ThemeTree;

/** Tone of a per-user MFA status value. */
export function mfaTone(state: PerUserMfaState): Tone {
	return theme.mfa[state];
}

/** Tone of a sign-in log status. */
export function signInStatusTone(status: SignInStatus): Tone {
	switch (status) {
		case 'Success': {
			return theme.status.ok;
		}

		case 'Failure': {
			return theme.status.fail;
		}

		case 'Interrupted': {
			return theme.status.warn;
		}
	}
}

/** Tone of a diagnostic verdict mark. */
export function verdictTone(verdict: TraceStep['verdict']): Tone {
	return theme.verdict[verdict];
}

/** The shell's glyphs (`glyphsFor`) plus the few the admin screens add. */
export type ThemeGlyphs = Glyphs & {
	/** The caret of a text field being typed in. */
	readonly caret: string;
	/** A value that is not there (no target, no result detail). */
	readonly none: string;
	/** A diagnostic step that was skipped. */
	readonly skip: string;
};

const unicodeGlyphs: ThemeGlyphs = {...glyphsFor({color: true, unicode: true}), caret: '█', none: '—', skip: '–'};
const asciiGlyphs: ThemeGlyphs = {...glyphsFor({color: true, unicode: false}), caret: '_', none: '-', skip: '-'};

/** Glyphs of the admin screens and widgets for the display mode: ASCII only without Unicode. */
export function themeGlyphs(display: DisplayMode): ThemeGlyphs {
	return display.unicode ? unicodeGlyphs : asciiGlyphs;
}

const asciiFallbacks: Readonly<Record<string, string>> = {
	'…': '...',
	'→': '->',
	'←': '<-',
	'—': '-',
	'–': '-',
	'·': '-',
	'•': '*',
	'‘': "'",
	'’': "'",
	'“': '"',
	'”': '"',
	'×': 'x',
	'§': 'sec ',
	'✓': 'ok',
	'✗': 'x',
};

/**
 * Text from elsewhere (a refusal's sentence, a diagnostic step) as the display can draw it: without
 * Unicode, the typographic marks it may hold become ASCII (`…` -> `...`, `→` -> `->`). Pure.
 */
export function plainText(text: string, display: DisplayMode): string {
	return display.unicode ? text : text.replaceAll(/[…→←—–·•‘’“”×§✓✗]/g, (mark) => asciiFallbacks[mark] ?? mark);
}
