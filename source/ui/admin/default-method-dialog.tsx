import {useState} from 'react';
import {Box} from 'ink';
import {defaultMethodLabels, defaultMethods, hasMethodFor} from '../../domain/tenant/methods.js';
import type {User} from '../../domain/tenant/user.js';
import {CheckboxList} from '../components/checkbox-list.js';
import {ToneText} from '../components/tone-text.js';
import {theme} from '../theme.js';
import {CommandDialog} from './command-dialog.js';

/** Props of DefaultMethodDialog. */
export type DefaultMethodDialogProps = {
	readonly user: User;
	readonly isActive: boolean;
	readonly onClose: () => void;
};

/** Set the default sign-in method: ↑↓ picks one of the classic choices; unregistered ones are marked. */
export function DefaultMethodDialog({user, isActive, onClose}: DefaultMethodDialogProps) {
	const [cursor, setCursor] = useState(() => Math.max(0, user.defaultMethod === undefined ? 0 : defaultMethods.indexOf(user.defaultMethod)));
	const method = defaultMethods[cursor] ?? 'app-notification';
	return (
		<CommandDialog
			isActive={isActive}
			onClose={onClose}
			buildIntents={() => [{type: 'set-default-method', userId: user.id, method}]}
			onKey={(_input, key) => {
				if (key.upArrow || key.downArrow) {
					setCursor((index) => (index + (key.upArrow ? defaultMethods.length - 1 : 1)) % defaultMethods.length);
				}
			}}
			spec={{
				title: 'Default sign-in method',
				confirmLabel: 'set as default',
				intents: [],
				body: (
					<Box flexDirection="column">
						<CheckboxList
							kind="radio"
							cursor={cursor}
							items={defaultMethods.map((each, index) => ({
								label: `${defaultMethodLabels[each]}${hasMethodFor(user.methods, each) ? '' : ' (not registered)'}`,
								checked: index === cursor,
							}))}
						/>
						<ToneText tone={theme.text.muted}>Current: {user.defaultMethod === undefined ? 'none' : defaultMethodLabels[user.defaultMethod]}</ToneText>
					</Box>
				),
			}}
		/>
	);
}
