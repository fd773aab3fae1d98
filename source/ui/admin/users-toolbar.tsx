import {Box, Text} from 'ink';
import {TextField} from '../components/text-field.js';
import {ToneText} from '../components/tone-text.js';
import {theme} from '../theme.js';
import type {UserBrowserState} from './use-user-browser-state.js';
import {mfaFilterLabels} from './user-list-model.js';

/** Props of UsersToolbar. */
export type UsersToolbarProps = {
	readonly state: UserBrowserState;
	/** Columns of the toolbar: the search field gets what the filter leaves. */
	readonly width: number;
	/** The filter's caption. @default 'MFA status' */
	readonly filterCaption?: string;
};

/** The search field and MFA status filter above a users table. */
export function UsersToolbar({state, width, filterCaption = 'MFA status'}: UsersToolbarProps) {
	const filterWidth = filterCaption.length + 2 + mfaFilterLabels[state.filter].length;
	const searchWidth = Math.max(12, width - 3 - filterWidth);
	return (
		<Box columnGap={3}>
			<Box flexShrink={1} minWidth={12}>
				<TextField label="Search:" value={state.query} isFocused={state.isSearching} placeholder="/ to search" width={searchWidth} />
			</Box>
			<Box flexShrink={0}>
				<Text>
					<ToneText tone={theme.text.label}>{filterCaption}:</ToneText> {mfaFilterLabels[state.filter]}
				</Text>
			</Box>
		</Box>
	);
}
