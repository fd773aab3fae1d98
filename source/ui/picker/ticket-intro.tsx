import {Box, Text} from 'ink';
import {glyphsFor, paint, type DisplayMode} from '../app/display.js';
import {PlainFrame, plainFrameRows} from '../app/plain-frame.js';
import type {PreparedAttempt} from '../app/play-controller.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {footerHints} from '../key-bindings.js';
import {introLines} from './intro-lines.js';
import {difficultyLabel, topicLabels} from './picker-model.js';

export {attemptFacts} from './intro-lines.js';

/** Props of TicketIntro. */
export type TicketIntroProps = {
	readonly prepared: PreparedAttempt;
	/** Set while the attempt is being prepared (hashing), e.g. `Preparing the tenant…`. */
	readonly busy?: string | undefined;
	readonly onStart: () => void;
	readonly onBack: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
	/** False while the terminal is too small to show it: keys typed then do nothing. @default true */
	readonly isActive?: boolean;
};

/**
 * The ticket before the clock starts: who reports, in their words, what they tried, the time limit, and with
 * `--real-time` what the jump to today crosses; Enter starts. Laid out to fit the frame (`introLines`).
 */
export function TicketIntro({prepared, busy, onStart, onBack, display, width, height, isActive = true}: TicketIntroProps) {
	const {variant} = prepared;
	useKeyIntents(
		['intro'],
		(intent) => {
			if (intent === 'intro.start') {
				onStart();
			} else if (intent === 'intro.back') {
				onBack();
			}
		},
		{isActive: isActive && busy === undefined},
	);
	const glyphs = glyphsFor(display);
	const about = `${topicLabels[variant.topic]} ${glyphs.dot} ${difficultyLabel(variant.difficulty)}`;
	const lines = introLines(prepared, busy, width - 2, Math.max(1, height - plainFrameRows), glyphs);
	return (
		<PlainFrame title={variant.title} right={about} hints={busy === undefined ? footerHints(['intro'], display.unicode) : []} display={display} width={width} height={height}>
			{/* Never shrunk: a line too many is clipped at the bottom, not drawn over the one above. */}
			<Box flexDirection="column" flexShrink={0}>
				{lines.map((line, index) => (
					<Text key={`line-${index}`} wrap="truncate">
						{line.length === 1 && line[0]!.text === '' ? ' ' : null}
						{line.map((span, at) => (
							<Text key={`span-${at}`} {...paint(display, span.tone)} bold={span.bold === true}>
								{span.text}
							</Text>
						))}
					</Text>
				))}
			</Box>
		</PlainFrame>
	);
}
