import {Box, Text} from 'ink';
import {findUser} from '../../domain/tenant/tenant.js';
import type {Scenario} from '../../scenario/schema/scenario-schema.js';
import {glyphsFor, paint, type DisplayMode} from '../app/display.js';
import {actorText} from '../app/header.js';
import {PlainFrame} from '../app/plain-frame.js';
import {changesText} from '../app/progress-words.js';
import type {PreparedAttempt} from '../app/play-controller.js';
import {wrapLines} from '../app/text.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {footerHints} from '../key-bindings.js';
import {difficultyLabel, topicLabels} from './picker-model.js';

const channelWords: Readonly<Record<NonNullable<Scenario['ticket']['channel']>, string>> = {
	email: 'by email',
	phone: 'on the phone',
	chat: 'in chat',
	'walk-up': 'at the desk',
};

/** The facts line under the ticket: time limit, par and hints. Pure. */
export function attemptFacts(variant: Scenario, dot: string): string {
	const hints = (variant.hints ?? []).length;
	const limit = variant.timeLimit === undefined ? 'No time limit' : `Time limit ${variant.timeLimit} simulated minutes`;
	const hintText = hints === 0 ? 'no hints' : `${hints} hint${hints === 1 ? '' : 's'} (they cost points)`;
	return `${limit} ${dot} par ${changesText(variant.par)} ${dot} ${hintText}`;
}

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

/** The ticket before the clock starts: who reports, in their words, what they tried, the time limit; Enter starts. */
export function TicketIntro({prepared, busy, onStart, onBack, display, width, height, isActive = true}: TicketIntroProps) {
	const {variant, initial} = prepared;
	const {ticket} = variant;
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
	const muted = paint(display, 'muted');
	const from = findUser(initial.state.tenant, ticket.from)?.displayName ?? ticket.from;
	const channel = ticket.channel === undefined ? '' : ` ${channelWords[ticket.channel]}`;
	const text = wrapLines(ticket.text, width - 4);
	const tried = (ticket.tried ?? []).flatMap((each) => wrapLines(each, width - 6).map((line, index) => `${index === 0 ? glyphs.bullet : ' '} ${line}`));
	const about = `${topicLabels[variant.topic]} ${glyphs.dot} ${difficultyLabel(variant.difficulty)}`;
	return (
		<PlainFrame title={variant.title} right={about} hints={busy === undefined ? footerHints(['intro'], display.unicode) : []} display={display} width={width} height={height}>
			<Text bold>
				{'Ticket from '}
				<Text {...paint(display, 'user')}>{from}</Text>
				<Text {...muted}>{channel}</Text>
			</Text>
			{ticket.subject === undefined ? null : <Text>{`Subject: ${ticket.subject}`}</Text>}
			<Box flexDirection="column" paddingLeft={2} marginTop={1}>
				{text.map((line, index) => (
					<Text key={`text-${index}`}>{line}</Text>
				))}
			</Box>
			{tried.length === 0 ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>What they tried</Text>
					{tried.map((line, index) => (
						<Text key={`tried-${index}`}>{`  ${line}`}</Text>
					))}
				</Box>
			)}
			<Box flexDirection="column" marginTop={1}>
				<Text>{attemptFacts(variant, glyphs.dot)}</Text>
				<Text {...muted}>{`You are signed in as ${actorText(initial.state, glyphs.dot, true)}.`}</Text>
			</Box>
			<Box marginTop={1}>
				{busy === undefined ? (
					<Text bold {...paint(display, 'focus')}>
						Press Enter to start, Esc to go back.
					</Text>
				) : (
					<Text {...paint(display, 'warn')}>{busy}</Text>
				)}
			</Box>
		</PlainFrame>
	);
}
