import {Text, type TextProps} from 'ink';
import {paint, type Tone} from '../app/display.js';
import {useDisplay} from '../contexts/display-context.js';

/** Props of ToneText: Ink's `<Text>` props without raw colours, plus the tone of a meaning. */
export type ToneTextProps = Omit<TextProps, 'color' | 'backgroundColor'> & {
	/** A tone from the theme (`theme.status.warn`); none draws the terminal's own colour. */
	readonly tone?: Tone | undefined;
};

/**
 * `<Text>` in a tone of the theme: coloured through `paint`, so it draws no colour at all when the
 * display (`useDisplay`) has none. How admin screens and shared widgets colour text.
 */
export function ToneText({tone, ...props}: ToneTextProps) {
	const display = useDisplay();
	return <Text {...props} {...paint(display, tone)} />;
}
