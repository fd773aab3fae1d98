import {useMemo, useState} from 'react';
import {Text} from 'ink';
import {glyphsFor, paint, type DisplayMode} from '../app/display.js';
import {maxScore} from '../app/attempt-result.js';
import {PlainFrame, plainFrameRows} from '../app/plain-frame.js';
import type {DebriefData} from '../app/play-controller.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {footerHints, type KeyIntent} from '../key-bindings.js';
import {debriefText, scrollPosition} from './debrief-model.js';

/** Props of DebriefScreen. */
export type DebriefScreenProps = {
	readonly data: DebriefData;
	readonly onPicker: () => void;
	readonly onQuit: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
	/** False while the terminal is too small to show it: keys typed then do nothing. @default true */
	readonly isActive?: boolean;
};

/**
 * The debrief after an attempt (already saved): outcome and score, goal checks expected vs actual,
 * red flags, the score breakdown, the timeline, the reference solution and the scenario's debrief.
 * Scrolls; Enter goes back to the scenario list, q quits.
 */
export function DebriefScreen({data, onPicker, onQuit, display, width, height, isActive = true}: DebriefScreenProps) {
	const glyphs = glyphsFor(display);
	const text = useMemo(() => debriefText(data, width, glyphs), [data, width, glyphs]);
	const rows = Math.max(1, height - plainFrameRows);
	const maxOffset = Math.max(0, text.lines.length - rows);
	const [offset, setOffset] = useState(0);
	const top = Math.min(offset, maxOffset);
	useKeyIntents(['debrief'], (intent) => {
		const page = Math.max(1, rows - 2);
		const moves: Partial<Record<KeyIntent, number>> = {
			'debrief.up': -1,
			'debrief.down': 1,
			'debrief.page-up': -page,
			'debrief.page-down': page,
			'debrief.top': -text.lines.length,
			'debrief.bottom': text.lines.length,
		};
		const delta = moves[intent];
		if (delta !== undefined) {
			setOffset((value) => Math.min(maxOffset, Math.max(0, Math.min(value, maxOffset) + delta)));
		} else if (intent === 'debrief.picker') {
			onPicker();
		} else if (intent === 'debrief.quit') {
			onQuit();
		}
	}, {isActive});
	const more = top < maxOffset;
	const visible = text.lines.slice(top, top + rows - (more ? 1 : 0));
	const position = text.lines.length > rows ? ` ${glyphs.dot} ${scrollPosition(top, visible.length, text.lines.length)}` : '';
	return (
		<PlainFrame
			title={`Debrief: ${data.variant.title}`}
			right={`Score ${data.grade.score.total}/${maxScore}${position}`}
			hints={footerHints(['debrief'], display.unicode)}
			display={display}
			width={width}
			height={height}
		>
			{visible.map((line, index) => (
				<Text key={`line-${top + index}`} bold={line.bold ?? false} {...paint(display, line.tone)}>
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
			{more ? <Text {...paint(display, 'muted')}>{`${glyphs.ellipsis} more below (PgDn / Space)`}</Text> : null}
		</PlainFrame>
	);
}
