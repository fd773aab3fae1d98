import {Text} from 'ink';
import {truncate, type DisplayMode, type Tone} from '../app/display.js';
import {useDisplay} from '../contexts/display-context.js';
import {ToneText} from './tone-text.js';

/** A run of text in one tone. */
export type Span = {
	readonly text: string;
	readonly tone?: Tone | undefined;
	readonly bold?: boolean;
};

/**
 * The spans cut to `width` columns in all, ending with the display's ellipsis where they had to be
 * cut (`...` without Unicode); spans past the cut are dropped. Pure.
 */
export function fitSpans(spans: readonly Span[], width: number, display: DisplayMode): readonly Span[] {
	const whole = spans.map((span) => span.text).join('');
	if (whole.length <= width) {
		return spans;
	}

	let rest = truncate(whole, Math.max(0, width), display);
	const fitted: Span[] = [];
	for (const span of spans) {
		if (rest.length === 0) {
			break;
		}

		const take = Math.min(span.text.length, rest.length);
		fitted.push({...span, text: rest.slice(0, take)});
		rest = rest.slice(take);
	}

	return fitted;
}

/**
 * One line of spans that never wraps, cut to `width` with the display's ellipsis by `truncate`
 * (never Ink's own `…`, which a dumb terminal can't draw).
 */
export function TextLine({spans, width}: {readonly spans: readonly Span[]; readonly width: number}) {
	const display = useDisplay();
	return (
		<Text wrap="truncate-end">
			{fitSpans(spans, width, display).map((span, index) => (
				<ToneText key={index} tone={span.tone} bold={span.bold === true}>
					{span.text}
				</ToneText>
			))}
		</Text>
	);
}
