import {Box, Text} from 'ink';
import {paint, type DisplayMode} from '../app/display.js';
import {PlainFrame} from '../app/plain-frame.js';
import {attemptProgressText} from '../app/progress-words.js';
import type {ResumeOffer} from '../app/play-controller.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {bindingOf, footerHints, keysText} from '../key-bindings.js';

/** A wall-clock ISO time as the offer shows it: `2026-07-20 10:14 UTC`. Pure. */
export function wallTimeText(iso: string): string {
	return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** Props of ResumeOfferScreen. */
export type ResumeOfferScreenProps = {
	readonly offer: ResumeOffer;
	readonly busy?: string | undefined;
	readonly onResume: () => void;
	readonly onStartOver: () => void;
	readonly onBack: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
	/** False while the terminal is too small to show it: keys typed then do nothing. @default true */
	readonly isActive?: boolean;
};

/**
 * The offer to resume an unfinished attempt: when it was started, how far it got; a warning when
 * the scenario file changed since (starting over is then the safer choice).
 */
export function ResumeOfferScreen({offer, busy, onResume, onStartOver, onBack, display, width, height, isActive = true}: ResumeOfferScreenProps) {
	useKeyIntents(
		['resume'],
		(intent) => {
			if (intent === 'resume.continue') {
				onResume();
			} else if (intent === 'resume.start-over') {
				onStartOver();
			} else if (intent === 'resume.back') {
				onBack();
			}
		},
		{isActive: isActive && busy === undefined},
	);
	const {attempt, loaded, changed} = offer;
	// Every action taken: which count against par is known once they are replayed (the resumed notice says).
	const progress = attemptProgressText(attempt.transcript.length, attempt.hintsRevealed);
	const key = (intent: Parameters<typeof bindingOf>[0]) => keysText(bindingOf(intent), display.unicode).padEnd(12);
	return (
		<PlainFrame title={loaded.scenario.title} right="Unfinished attempt" hints={busy === undefined ? footerHints(['resume'], display.unicode) : []} display={display} width={width} height={height}>
			<Text bold>You have an unfinished attempt at this scenario.</Text>
			<Text>{`Started ${wallTimeText(attempt.startedAt)}, last saved ${wallTimeText(attempt.updatedAt)}.`}</Text>
			<Text>{`${progress}.`}</Text>
			{changed ? (
				<Box marginTop={1}>
					<Text {...paint(display, 'warn')}>The scenario file has changed since you started: your actions may not replay the same way. Starting over is safer.</Text>
				</Box>
			) : null}
			<Box flexDirection="column" marginTop={1}>
				<Text>{`${key('resume.continue')}Resume where you left it (same variant, your actions replayed)`}</Text>
				<Text>{`${key('resume.start-over')}Start over (the unfinished attempt is kept as abandoned)`}</Text>
				<Text>{`${key('resume.back')}Back to the list`}</Text>
			</Box>
			{busy === undefined ? null : (
				<Box marginTop={1}>
					<Text {...paint(display, 'warn')}>{busy}</Text>
				</Box>
			)}
		</PlainFrame>
	);
}
