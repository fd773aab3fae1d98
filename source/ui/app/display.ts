/**
 * How plain the output must be: `NO_COLOR` drops colours, `TERM=dumb` drops colours and every
 * non-ASCII glyph (box drawing, arrows, bullets). Pure: the caller passes the environment.
 */
export type DisplayMode = {
	readonly color: boolean;
	readonly unicode: boolean;
};

/** Colours and Unicode: a normal modern terminal. */
export const richDisplay: DisplayMode = {color: true, unicode: true};

/** Reads `NO_COLOR` (present and non-empty, no-color.org), `FORCE_COLOR=0` and `TERM=dumb`. */
export function displayModeFrom(env: Readonly<Record<string, string | undefined>>): DisplayMode {
	const dumb = env['TERM'] === 'dumb';
	const noColor = (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') || env['FORCE_COLOR'] === '0';
	return {color: !dumb && !noColor, unicode: !dumb};
}

/** Ink `borderStyle` for the mode: ASCII `classic` (+, -, |) on a dumb terminal. */
export function borderStyleFor(display: DisplayMode): 'round' | 'classic' {
	return display.unicode ? 'round' : 'classic';
}

/** The few glyphs the shell draws, in Unicode or ASCII. */
export type Glyphs = {
	readonly rule: string;
	readonly divider: string;
	readonly pointer: string;
	readonly bullet: string;
	readonly ellipsis: string;
	readonly ok: string;
	readonly fail: string;
	readonly dot: string;
};

/** Glyphs for the display mode. */
export function glyphsFor(display: DisplayMode): Glyphs {
	return display.unicode
		? {rule: '─', divider: '│', pointer: '›', bullet: '•', ellipsis: '…', ok: '✓', fail: '✗', dot: '·'}
		: {rule: '-', divider: '|', pointer: '>', bullet: '*', ellipsis: '...', ok: 'ok', fail: 'x', dot: '-'};
}

/** Colour names by meaning; components never name raw colours (style anchors, principle 9). */
export const tones = {
	ok: 'green',
	warn: 'yellow',
	fail: 'red',
	muted: 'gray',
	focus: 'cyan',
	accent: 'blue',
	user: 'magenta',
} as const;

export type Tone = keyof typeof tones;

/** Props to spread on `<Text>`: the tone's colour, or nothing when colours are off. */
export function paint(display: DisplayMode, tone: Tone | undefined): {readonly color?: string} {
	return display.color && tone !== undefined ? {color: tones[tone]} : {};
}

/** Props to spread on a bordered `<Box>`: the tone's border colour, or nothing when colours are off. */
export function paintBorder(display: DisplayMode, tone: Tone): {readonly borderColor?: string} {
	return display.color ? {borderColor: tones[tone]} : {};
}

/** Cuts text to a width, ending with the ellipsis glyph when it had to cut. */
export function truncate(text: string, width: number, display: DisplayMode): string {
	if (text.length <= width) {
		return text;
	}

	const ellipsis = glyphsFor(display).ellipsis;
	return width <= ellipsis.length ? text.slice(0, Math.max(0, width)) : text.slice(0, width - ellipsis.length) + ellipsis;
}
