import {useState} from 'react';
import {Box, Text} from 'ink';
import type {ClientId, UserId} from '../../domain/common/ids.js';
import type {SimState} from '../../domain/state/sim-state.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {findPerson} from '../../domain/world/world.js';
import {typedDigits, type TypedCodeSignIn} from '../../services/real-time.js';
import {paint, type DisplayMode} from '../app/display.js';
import {useKeys} from '../components/key-layers.js';
import {applyTextKey, textEditOf, TextField} from '../components/text-field.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';

/** Who signs in with a typed code, and with which client: their browser, else their first client. Pure. */
export function typedCodeTarget(state: SimState, userId: UserId | undefined): {readonly userId: UserId; readonly clientId: ClientId; readonly name: string; readonly clientName: string} | undefined {
	const person = userId === undefined ? undefined : findPerson(state.world, userId);
	const client = person?.clients.find((each) => each.kind === 'browser') ?? person?.clients[0];
	if (userId === undefined || client === undefined) {
		return undefined;
	}

	return {userId, clientId: client.id, name: findUser(state.tenant, userId)?.displayName ?? userId, clientName: client.name};
}

/** Props of CodeEntry. */
export type CodeEntryProps = {
	readonly state: SimState;
	readonly userId: UserId | undefined;
	readonly onSubmit: (request: TypedCodeSignIn, description: string) => void;
	readonly onCancel: () => void;
	readonly display: DisplayMode;
	readonly width: number;
};

const digits = 6;

/**
 * "Type a code from your authenticator app" (`--real-time`): six digits (a space in the middle is
 * fine), then Enter signs the person in with them on their browser; Esc closes.
 */
export function CodeEntry({state, userId, onSubmit, onCancel, display, width}: CodeEntryProps) {
	const [value, setValue] = useState('');
	const [problem, setProblem] = useState<string>();
	const target = typedCodeTarget(state, userId);
	useKeyIntents(['code'], (intent) => {
		if (intent === 'code.cancel') {
			onCancel();
		} else if (target !== undefined && /^\d{6}$/.test(typedDigits(value))) {
			onSubmit({userId: target.userId, clientId: target.clientId, code: value}, `${target.name.split(' ')[0] ?? target.name} signs in with the code from your app`);
		} else {
			setProblem(`Type the ${digits} digits your app shows.`);
		}
	});
	useKeys(
		(input, key) => {
			const result = applyTextKey(value, input, key, digits + 1);
			if (result.type === 'change' && /^[\d ]*$/.test(result.value)) {
				// Applied to the latest value: digits typed before the next render each land.
				const edit = textEditOf(input, key, digits + 1);
				setValue((latest) => {
					const next = edit(latest);
					return /^[\d ]*$/.test(next) ? next : latest;
				});
				setProblem(undefined);
			}
		},
		{isActive: true, isTyping: true},
	);
	if (target === undefined) {
		return <Text {...paint(display, 'warn')}>{'Nobody on the user\'s side has a client to sign in with. Esc: close.'}</Text>;
	}

	return (
		<Box flexDirection="column" width={width} borderStyle={display.unicode ? 'round' : 'classic'} paddingX={1}>
			<Text bold>{`${target.name} signs in on ${target.clientName} with a code from your app`}</Text>
			<Text {...paint(display, 'muted')}>It is checked the moment you press Enter: the code now and one step either side, each code once.</Text>
			<TextField label="Code:" value={value} isFocused placeholder="123 456" />
			{problem === undefined ? null : <Text {...paint(display, 'warn')}>{problem}</Text>}
		</Box>
	);
}
