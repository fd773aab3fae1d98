import {Box} from 'ink';
import {maxAppPasswords, type AppPassword} from '../../domain/tenant/user.js';
import {TableHeader, TableRow, type Column} from '../components/table.js';
import {ToneText} from '../components/tone-text.js';
import {wrapLines} from '../components/wrap-window.js';
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
	readonly width: number;
};

/** The user's app passwords: names and dates only (the tenant keeps hashes, never the secret). */
export function AppPasswordsPanel({appPasswords, list, height, width}: AppPasswordsPanelProps) {
	const info = wrapLines(`${appPasswords.length} of ${maxAppPasswords} app passwords. Delete them all from multi-factor authentication > Manage user settings.`, width).slice(0, 2);
	return (
		<Box flexDirection="column">
			{/* Up to two lines: the host leaves the panel one line more than the table needs. */}
			<Box height={info.length} overflow="hidden" flexShrink={0}>
				<ToneText tone={theme.text.muted}>{info.join('\n')}</ToneText>
			</Box>
			<TableHeader columns={columns} width={width} />
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
						width={width}
						isCursor={isCursor}
						cells={[{text: each.name}, {text: formatShortDateTime(each.createdAt)}, {text: each.lastUsedAt === undefined ? 'Never' : formatShortDateTime(each.lastUsedAt)}]}
					/>
				)}
			/>
		</Box>
	);
}
