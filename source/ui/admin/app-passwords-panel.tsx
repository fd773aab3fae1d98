import {Box, Text} from 'ink';
import {maxAppPasswords, type AppPassword} from '../../domain/tenant/user.js';
import {rowPrefix, TableHeader, TableRow, type Column} from '../components/table.js';
import type {ListState} from '../components/use-list-state.js';
import {VirtualList} from '../components/virtual-list.js';
import {theme} from '../theme.js';
import {formatShortDateTime} from './format.js';

const columns: readonly Column[] = [
	{header: 'Name', grow: 1},
	{header: 'Created', width: 16},
	{header: 'Last used', width: 16},
];

/** Props of AppPasswordsPanel. */
export type AppPasswordsPanelProps = {
	readonly appPasswords: readonly AppPassword[];
	readonly list: ListState;
	readonly height: number;
};

/** The user's app passwords: names and dates only (the tenant keeps hashes, never the secret). */
export function AppPasswordsPanel({appPasswords, list, height}: AppPasswordsPanelProps) {
	return (
		<Box flexDirection="column">
			<Text color={theme.text.muted} wrap="truncate-end">
				{appPasswords.length} of {maxAppPasswords} app passwords. Delete them all from multi-factor authentication &gt; Manage user settings.
			</Text>
			<TableHeader columns={columns} prefix={rowPrefix(false)} />
			<VirtualList
				items={appPasswords}
				cursor={list.cursor}
				offset={list.offset}
				height={height}
				getKey={(each) => each.id}
				emptyText="No app passwords."
				renderItem={(each, {isCursor}) => (
					<TableRow
						columns={columns}
						prefix={rowPrefix(isCursor)}
						isCursor={isCursor}
						cells={[{text: each.name}, {text: formatShortDateTime(each.createdAt)}, {text: each.lastUsedAt === undefined ? 'Never' : formatShortDateTime(each.lastUsedAt)}]}
					/>
				)}
			/>
		</Box>
	);
}
