import {Box, Text} from 'ink';
import {TextField} from '../components/text-field.js';
import {theme} from '../theme.js';
import type {UserBrowserState} from './use-user-browser-state.js';
import {mfaFilterLabels} from './user-list-model.js';

/** Props of UsersToolbar. */
export type UsersToolbarProps = {
	readonly state: UserBrowserState;
	/** The filter's caption. @default 'MFA status' */
	readonly filterCaption?: string;
};

/** The search field and MFA status filter above a users table. */
export function UsersToolbar({state, filterCaption = 'MFA status'}: UsersToolbarProps) {
	return (
		<Box columnGap={3}>
			<Box flexShrink={1} minWidth={12}>
				<TextField label="Search:" value={state.query} isFocused={state.isSearching} placeholder="/ to search" />
			</Box>
			<Box flexShrink={0}>
				<Text>
					<Text color={theme.text.label}>{filterCaption}:</Text> {mfaFilterLabels[state.filter]}
				</Text>
			</Box>
		</Box>
	);
}
