import {useState, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import {useSessionView} from '../contexts/session-context.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {bindingOf, keysText} from '../key-bindings.js';
import type {AttemptHint} from './attempt-controls.js';
import {glyphsFor, paint, type DisplayMode} from './display.js';
import {wrapLines} from './text.js';
import {hintRows, ticketRows, type Ticket, type TicketRow} from './ticket-rows.js';

const tip = "Investigate in the admin center (2-5), look at the user's phone and apps (6, 7), ask them to try things (8).";

export type {Ticket} from './ticket-rows.js';

/** Props of TicketScreen. */
export type TicketScreenProps = {
	readonly ticket: Ticket;
	/** The scenario's costed hints while it is played; revealed ones show under the ticket. */
	readonly hints?: readonly AttemptHint[] | undefined;
	/** Slot for a hints panel of the caller's own. */
	readonly hintsSlot?: ReactNode;
	/** Slot for a debrief of the caller's own. */
	readonly debriefSlot?: ReactNode;
	/** The screen has the keyboard: ↑↓ scroll. */
	readonly isActive?: boolean;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/** The ticket in the user's own words, what they tried, the revealed hints (scrolls with ↑↓), then the slots. */
export function TicketScreen({ticket, hints, hintsSlot, debriefSlot, isActive = false, display, width, height}: TicketScreenProps) {
	const {session} = useSessionView();
	const glyphs = glyphsFor(display);
	const tipRows = [{text: ''}, ...wrapLines(tip, width).map((text): TicketRow => ({text, tone: 'muted'}))];
	const rows = [...ticketRows(ticket, width, glyphs.bullet), ...(hints === undefined ? [] : hintRows(hints, session.hintsRevealed, width, keysText(bindingOf('attempt.hint'), display.unicode, true))), ...tipRows];
	// Slots of the caller's own go under the rows: leave them a few lines.
	const room = Math.max(1, hintsSlot === undefined && debriefSlot === undefined ? height : height - 6);
	const maxOffset = Math.max(0, rows.length - room);
	const [offset, setOffset] = useState(0);
	const top = Math.min(offset, maxOffset);
	useKeyIntents(
		['ticket'],
		(intent, _input, key) => {
			const step = key.pageDown || key.pageUp ? Math.max(1, room - 1) : 1;
			const delta = intent === 'ticket.up' ? -step : intent === 'ticket.down' ? step : 0;
			setOffset((value) => Math.min(maxOffset, Math.max(0, Math.min(value, maxOffset) + delta)));
		},
		{isActive},
	);
	const more = top < maxOffset;
	const visible = rows.slice(top, top + room - (more ? 1 : 0));
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{visible.map((row, index) => (
				<Text key={`row-${top + index}`} bold={row.bold ?? false} {...paint(display, row.tone)}>
					{row.text === '' ? ' ' : row.text}
				</Text>
			))}
			{more ? <Text {...paint(display, 'muted')}>{`${glyphs.ellipsis} more below (Tab, then ${keysText(bindingOf('ticket.down'), display.unicode, true)})`}</Text> : null}
			{hintsSlot ?? null}
			{debriefSlot ?? null}
		</Box>
	);
}
