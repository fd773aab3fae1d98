import {memo} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../key-bindings.js';
import {paint, type DisplayMode} from './display.js';

/** The hints that fit in one line of `width` columns, in order. Pure. */
export function fittingHints(hints: readonly KeyHint[], width: number): readonly KeyHint[] {
	const fitted: KeyHint[] = [];
	let used = 0;
	for (const hint of hints) {
		const size = hint.keys.length + 1 + hint.label.length + (fitted.length === 0 ? 0 : 2);
		if (used + size > width) {
			break;
		}

		fitted.push(hint);
		used += size;
	}

	return fitted;
}

/** Props of Footer. */
export type FooterProps = {
	readonly hints: readonly KeyHint[];
	readonly display: DisplayMode;
	readonly width: number;
};

function FooterLine({hints, display, width}: FooterProps) {
	return (
		<Box width={width} height={1} overflowY="hidden">
			<Text wrap="truncate">
				{fittingHints(hints, width).map((hint, index) => (
					<Text key={`${hint.keys}-${hint.label}`}>
						{index === 0 ? '' : '  '}
						<Text bold {...paint(display, 'focus')}>
							{hint.keys}
						</Text>{' '}
						<Text {...paint(display, 'muted')}>{hint.label}</Text>
					</Text>
				))}
			</Text>
		</Box>
	);
}

/** Same hints, in order, by what they show (the workspace builds a new list each render). Pure. */
export function sameHints(previous: readonly KeyHint[], next: readonly KeyHint[]): boolean {
	return previous === next || (previous.length === next.length && previous.every((hint, index) => hint.keys === next[index]?.keys && hint.label === next[index]?.label));
}

/**
 * One line of key hints drawn from THE key table (and the current screen's hints), cut to fit. Memoised on
 * what it shows: the workspace draws it again only when the hints change (focus, screen, overlay).
 */
export const Footer = memo(FooterLine, (previous, next) => previous.display === next.display && previous.width === next.width && sameHints(previous.hints, next.hints));
