import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {paint, type DisplayMode} from './display.js';
import {wrapLines} from './text.js';

/** The ticket as the user wrote it. */
export type Ticket = {
	readonly from: string;
	readonly text: string;
};

/** Props of TicketScreen. */
export type TicketScreenProps = {
	readonly ticket: Ticket;
	/** Slot for the hints panel (costed hints come from the scenario work). */
	readonly hintsSlot?: ReactNode;
	/** Slot for the debrief once the trainee checks their fix or gives up. */
	readonly debriefSlot?: ReactNode;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/** The ticket in the user's own words, then whatever the hints and debrief slots hold. */
export function TicketScreen({ticket, hintsSlot, debriefSlot, display, width, height}: TicketScreenProps) {
	const lines = wrapLines(ticket.text, width - 2);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text bold>
				Ticket from <Text {...paint(display, 'user')}>{ticket.from}</Text>
			</Text>
			<Box flexDirection="column" paddingLeft={1} marginBottom={1}>
				{lines.map((line, index) => (
					<Text key={`line-${index}`}>{line}</Text>
				))}
			</Box>
			{hintsSlot ?? null}
			{debriefSlot ?? null}
			{hintsSlot === undefined && debriefSlot === undefined ? (
				<Text {...paint(display, 'muted')}>
					Investigate in the admin center (2-5), look at the user&apos;s phone and apps (6, 7), ask them to try things (8).
				</Text>
			) : null}
		</Box>
	);
}
