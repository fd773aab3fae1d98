import {Box, Text} from 'ink';
import {findUser} from '../../domain/tenant/tenant.js';
import {findPerson} from '../../domain/world/world.js';
import {useSessionView} from '../contexts/session-context.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {useListCursor} from '../hooks/use-list-cursor.js';
import {glyphsFor, paint, truncate, type DisplayMode} from '../app/display.js';
import {clientFacts, clientKindText, type ClientFact} from './client-facts.js';
import {ScreenTitle} from './screen-title.js';
import type {UserSideScreenProps} from './user-side-props.js';

const labelWidth = 16;

/** Lays a fact out on one line, or on two when label and value don't fit side by side. */
function factLines(fact: ClientFact, width: number, display: DisplayMode): readonly string[] {
	const label = fact.label.length < labelWidth ? fact.label.padEnd(labelWidth) : `${fact.label}  `;
	return label.length + fact.value.length <= width - 2
		? [`  ${label}${fact.value}`]
		: [`  ${fact.label}`, truncate(`    ${fact.value}`, width, display)];
}

/**
 * The person's apps and devices: a list of clients (↑↓ to pick one) and everything the person can
 * tell about the selected one: Outlook version and registry values (EnableADAL, Version,
 * AlwaysUseMSOAuthForAutoDiscover), how iPhone Mail was set up, what is saved, where it signs in from.
 */
export function ClientsScreen({isActive, userId, peopleCount, display, width, height}: UserSideScreenProps) {
	const {state} = useSessionView();
	const person = userId === undefined ? undefined : findPerson(state.world, userId);
	const clients = person?.clients ?? [];
	const listRows = Math.max(3, Math.min(clients.length, height - 12));
	const cursor = useListCursor(clients.length, listRows);
	useKeyIntents(
		['list'],
		(intent) => {
			const moves: Partial<Record<typeof intent, number>> = {'list.up': -1, 'list.down': 1, 'list.page-up': -listRows, 'list.page-down': listRows};
			const delta = moves[intent];
			if (delta !== undefined) {
				cursor.move(delta);
			} else if (intent === 'list.top' || intent === 'list.bottom') {
				cursor.select(intent === 'list.top' ? 0 : clients.length - 1);
			}
		},
		{isActive},
	);
	const name = userId === undefined ? 'Nobody' : findUser(state.tenant, userId)?.displayName ?? userId;
	const glyphs = glyphsFor(display);
	const muted = paint(display, 'muted');
	const title = <ScreenTitle title={`${name}'s apps and devices`} peopleCount={peopleCount} display={display} width={width} />;
	if (person === undefined || clients.length === 0) {
		return (
			<Box flexDirection="column" width={width} height={height}>
				{title}
				<Text {...muted}>{person === undefined ? 'There is nobody on the user\'s side in this scenario.' : `${name} has no apps or devices in this scenario.`}</Text>
			</Box>
		);
	}

	const selected = clients[cursor.selected];
	const visible = clients.slice(cursor.start, cursor.start + listRows);
	const facts = selected === undefined ? [] : clientFacts(state, person, selected).flatMap((fact) => factLines(fact, width, display));
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{title}
			{visible.map((client, index) => {
				const isSelected = cursor.start + index === cursor.selected;
				const line = `${isSelected ? glyphs.pointer : ' '} ${truncate(client.name, 26, display).padEnd(26)} ${clientKindText(client)}`;
				return (
					<Text key={client.id} inverse={isSelected && isActive} bold={isSelected}>
						{truncate(line, width, display)}
					</Text>
				);
			})}
			<Text {...muted}>{glyphs.rule.repeat(Math.max(0, width))}</Text>
			<Text bold>{selected?.name ?? ''}</Text>
			{facts.map((line, index) => (
				<Text key={`fact-${index}`}>{line}</Text>
			))}
		</Box>
	);
}
