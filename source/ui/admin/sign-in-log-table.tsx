import {Box} from 'ink';
import type {SignInLogEntry} from '../../domain/state/logs.js';
import {rowPrefix, TableHeader, TableRow, type Cell, type Column} from '../components/table.js';
import type {ListState} from '../components/use-list-state.js';
import {VirtualList} from '../components/virtual-list.js';
import {signInStatusColor} from '../theme.js';
import {formatShortDateTime} from './format.js';

const wideColumns: readonly Column[] = [
	{header: 'Date (UTC)', width: 16},
	{header: 'User', grow: 3},
	{header: 'Application', grow: 2},
	{header: 'Status', width: 11},
	{header: 'Client app', grow: 3},
	{header: 'Error', width: 6},
];

// Narrow panes show the time without the year and leave the application to the details.
const compactColumns: readonly Column[] = [
	{header: 'Date (UTC)', width: 11},
	{header: 'User', grow: 3},
	{header: 'Status', width: 11},
	{header: 'Client app', grow: 2},
	{header: 'Error', width: 6},
];

function cellsOf(entry: SignInLogEntry, isCompact: boolean): readonly Cell[] {
	const date = formatShortDateTime(entry.at);
	return [
		{text: isCompact ? date.slice(5) : date},
		{text: entry.upn},
		...(isCompact ? [] : [{text: entry.application}]),
		{text: entry.status, color: signInStatusColor(entry.status)},
		{text: entry.clientApp},
		{text: entry.errorCode === 0 ? '' : String(entry.errorCode)},
	];
}

/** Props of SignInLogTable. */
export type SignInLogTableProps = {
	readonly rows: readonly SignInLogEntry[];
	readonly list: ListState;
	readonly height: number;
	/** Fewer, narrower columns for a narrow pane. @default false */
	readonly isCompact?: boolean;
};

/** The sign-in log rows: date, user, application, status, client app and error code; virtualised. */
export function SignInLogTable({rows, list, height, isCompact = false}: SignInLogTableProps) {
	const columns = isCompact ? compactColumns : wideColumns;
	return (
		<Box flexDirection="column">
			<TableHeader columns={columns} prefix={rowPrefix(false)} />
			<VirtualList
				items={rows}
				cursor={list.cursor}
				offset={list.offset}
				height={height}
				getKey={(entry) => entry.requestId}
				emptyText="No sign-ins match. Ask a user to sign in, or change the filters."
				renderItem={(entry, {isCursor}) => (
					<TableRow
						columns={columns}
						prefix={rowPrefix(isCursor)}
						isCursor={isCursor}
						cells={cellsOf(entry, isCompact)}
					/>
				)}
			/>
		</Box>
	);
}
