import {useMemo} from 'react';
import {Box, Text} from 'ink';
import {findUser} from '../../domain/tenant/tenant.js';
import {useSessionView} from '../contexts/session-context.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {useListCursor} from '../hooks/use-list-cursor.js';
import {glyphsFor, paint, truncate} from '../app/display.js';
import {formatTime, wrapLines} from '../app/text.js';
import {askGroupTitles, askMenu} from './ask-menu.js';
import {conversation, type ChatLine} from './conversation.js';
import {ScreenTitle} from './screen-title.js';
import type {UserSideScreenProps} from './user-side-props.js';

const noteLines = 3;

type ChatRow = {readonly speaker: string; readonly text: string; readonly line: ChatLine; readonly first: boolean};

/** Wraps the conversation to the width and keeps the newest rows that fit. */
function chatRows(lines: readonly ChatLine[], firstName: string, width: number, rows: number, ellipsis: string): readonly ChatRow[] {
	const speakerWidth = 8;
	const speakers: Readonly<Record<ChatLine['speaker'], string>> = {trainee: 'You', user: firstName, note: 'Note'};
	const all = lines.flatMap((line) => {
		// Requests end with their time (7 columns), so they wrap shorter; long notes keep 3 lines.
		const wrapped = wrapLines(line.text, width - speakerWidth - (line.speaker === 'trainee' ? 7 : 0));
		const kept = line.speaker === 'note' && wrapped.length > noteLines ? [...wrapped.slice(0, noteLines - 1), `${wrapped[noteLines - 1] ?? ''}${ellipsis}`] : wrapped;
		return kept.map((text, index): ChatRow => ({speaker: index === 0 ? speakers[line.speaker].slice(0, speakerWidth - 1).padEnd(speakerWidth) : ' '.repeat(speakerWidth), text, line, first: index === 0}));
	});
	return all.slice(-Math.max(1, rows));
}

/**
 * "Ask the user to ...": every action the person can take, in plain language (↑↓ and Enter), and
 * the conversation so far, with the person's answers in their own words. The newest turn is bold.
 */
export function AskScreen({isActive, userId, peopleCount, display, width, height, play}: UserSideScreenProps) {
	const {state, session, busy} = useSessionView();
	const items = useMemo(() => (userId === undefined ? [] : askMenu(state, userId)), [state, userId]);
	const menuRows = Math.max(4, Math.floor((height - 3) / 2));
	// The menu changes with the state (a new app password adds items): the same item stays selected.
	const itemKeys = useMemo(() => items.map((item) => JSON.stringify(item.intent)), [items]);
	const cursor = useListCursor(items.length, menuRows, itemKeys);
	useKeyIntents(
		['list'],
		(intent) => {
			if (intent === 'list.choose') {
				const item = items[cursor.selected];
				if (item !== undefined && !busy) {
					play({kind: 'user', intent: item.intent});
				}

				return;
			}

			const moves: Partial<Record<typeof intent, number>> = {'list.up': -1, 'list.down': 1, 'list.page-up': -menuRows, 'list.page-down': menuRows};
			const delta = moves[intent];
			if (delta !== undefined) {
				cursor.move(delta);
			} else if (intent === 'list.top' || intent === 'list.bottom') {
				cursor.select(intent === 'list.top' ? 0 : items.length - 1);
			}
		},
		{isActive},
	);
	const user = userId === undefined ? undefined : findUser(state.tenant, userId);
	const name = user?.displayName ?? userId ?? 'Nobody';
	const firstName = name.split(' ')[0] ?? name;
	const glyphs = glyphsFor(display);
	const muted = paint(display, 'muted');
	const selected = items[cursor.selected];
	const position = selected === undefined ? '' : `${askGroupTitles[selected.group]} ${cursor.selected + 1}/${items.length}`;
	const title = <ScreenTitle title={`Ask ${name} to${glyphs.ellipsis}`} detail={position} peopleCount={peopleCount} display={display} width={width} />;
	if (userId === undefined || items.length === 0) {
		return (
			<Box flexDirection="column" width={width} height={height}>
				{title}
				<Text {...muted}>There is nobody on the user&apos;s side to ask in this scenario.</Text>
			</Box>
		);
	}

	const lines = conversation(session, userId);
	const lastTurn = lines.at(-1)?.turn;
	const chatHeight = Math.max(1, height - 2 - menuRows);
	const rows = chatRows(lines, firstName, width, chatHeight, glyphs.ellipsis);
	const visible = items.slice(cursor.start, cursor.start + menuRows);
	const heading = `${glyphs.rule}${glyphs.rule} Conversation `;
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{title}
			<Box flexDirection="column" height={menuRows}>
				{visible.map((item, index) => {
					const isSelected = cursor.start + index === cursor.selected;
					return (
						<Text key={`${cursor.start + index}`} inverse={isSelected && isActive} bold={isSelected}>
							{truncate(`${isSelected ? glyphs.pointer : ' '} ${item.label}`, width, display)}
						</Text>
					);
				})}
			</Box>
			<Text {...muted}>{heading + glyphs.rule.repeat(Math.max(0, width - heading.length))}</Text>
			{rows.length === 0 ? <Text {...muted}>Nothing asked yet. Pick something above and press Enter.</Text> : null}
			{rows.map((row, index) => {
				const isLatest = row.line.turn === lastTurn;
				const tone = row.line.speaker === 'user' ? 'user' : row.line.speaker === 'note' ? 'warn' : 'muted';
				return (
					<Text key={`chat-${index}`} bold={isLatest} dimColor={!isLatest}>
						<Text {...paint(display, tone)}>{row.speaker}</Text>
						{row.text}
						{row.first && row.line.speaker === 'trainee' ? <Text {...muted}>{`  ${formatTime(row.line.at)}`}</Text> : null}
					</Text>
				);
			})}
		</Box>
	);
}
