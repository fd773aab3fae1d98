import {Box} from 'ink';
import type {SignInLogEntry} from '../../domain/state/logs.js';
import {TableHeader, TableRow, type Cell, type Column} from '../components/table.js';
import type {ListState} from '../components/use-list-state.js';
import {VirtualList} from '../components/virtual-list.js';
import {wrapLines} from '../components/wrap-window.js';
import {signInStatusTone} from '../theme.js';
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
		{text: entry.status, tone: signInStatusTone(entry.status)},
		{text: entry.clientApp},
		{text: entry.errorCode === 0 ? '' : String(entry.errorCode)},
	];
}

/** Props of SignInLogTable. */
export type SignInLogTableProps = {
	readonly rows: readonly SignInLogEntry[];
	readonly list: ListState;
	readonly height: number;
	/** Columns of the table. */
	readonly width: number;
	/** Fewer, narrower columns for a narrow pane. @default false */
	readonly isCompact?: boolean;
	/** The line above the first row from before the ticket (it takes one of the `height` lines). */
	readonly divider?: {readonly before: number; readonly text: string} | undefined;
};

/** The sign-in log rows: date, user, application, status, client app and error code; virtualised, with a line where the rows from before the ticket start. */
export function SignInLogTable({rows, list, height, width, isCompact = false, divider}: SignInLogTableProps) {
	const columns = isCompact ? compactColumns : wideColumns;
	return (
		<Box flexDirection="column">
			<TableHeader columns={columns} width={width} />
			<VirtualList
				items={rows}
				cursor={list.cursor}
				offset={list.offset}
				height={divider === undefined ? height : height - 1}
				divider={divider}
				getKey={(entry) => entry.requestId}
				emptyText={wrapLines('No sign-ins match. Ask a user to sign in, or change the filters.', width).join('\n')}
				renderItem={(entry, {isCursor}) => (
					<TableRow
						columns={columns}
						width={width}
						isCursor={isCursor}
						cells={cellsOf(entry, isCompact)}
					/>
				)}
			/>
		</Box>
	);
}
