import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../key-bindings.js';
import {glyphsFor, paint, truncate, type DisplayMode} from './display.js';
import {Footer} from './footer.js';

/** Rows PlainFrame uses around its body: title, two rules and the footer. */
export const plainFrameRows = 4;

/** Props of PlainFrame. */
export type PlainFrameProps = {
	readonly title: string;
	/** Right-aligned on the title line (who plays, a score). */
	readonly right?: string;
	readonly hints: readonly KeyHint[];
	readonly display: DisplayMode;
	readonly width: number;
	/** Rows of the whole frame, body included. */
	readonly height: number;
	readonly children: ReactNode;
};

/**
 * The frame of the screens around the workspace (picker, ticket intro, resume offer, debrief):
 * a title line, a rule, the body clipped to `height - 4` rows, a rule and the key footer.
 */
export function PlainFrame({title, right, hints, display, width, height, children}: PlainFrameProps) {
	const glyphs = glyphsFor(display);
	const brand = `mfadesk ${glyphs.divider} `;
	const rule = <Text {...paint(display, 'muted')}>{glyphs.rule.repeat(width)}</Text>;
	const side = right === undefined ? '' : truncate(right, Math.max(0, Math.floor(width / 2)), display);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box width={width}>
				<Text bold {...paint(display, 'accent')}>
					{brand}
				</Text>
				<Text bold>{truncate(title, Math.max(1, width - brand.length - side.length - 2), display)}</Text>
				<Box flexGrow={1} />
				<Text {...paint(display, 'muted')}>{side}</Text>
			</Box>
			{rule}
			<Box flexDirection="column" width={width} height={Math.max(1, height - plainFrameRows)} overflow="hidden">
				{children}
			</Box>
			{rule}
			<Footer hints={hints} display={display} width={width} />
		</Box>
	);
}
