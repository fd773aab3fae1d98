import {Box} from 'ink';
import {perUserMfaLabels, type User} from '../../domain/tenant/user.js';
import {TableHeader, TableRow, type Cell, type Column} from '../components/table.js';
import {VirtualList} from '../components/virtual-list.js';
import type {ListState} from '../components/use-list-state.js';
import {mfaTone, theme} from '../theme.js';
import {rolesBadge} from './format.js';

const wideColumns: readonly Column[] = [
	{header: 'Display name', grow: 3},
	{header: 'Username', grow: 4},
	{header: 'MFA', width: 8},
	{header: 'Roles', width: 6},
	{header: 'Type', width: 6},
	{header: 'Sign-in', width: 7},
];

// Narrow panes fold the type into the roles column: a guest shows "Guest" there.
const compactColumns: readonly Column[] = [
	{header: 'Display name', grow: 3},
	{header: 'Username', grow: 4},
	{header: 'MFA', width: 8},
	{header: 'Roles', width: 5},
	{header: 'Sign-in', width: 7},
];

/** Props of UserTable. */
export type UserTableProps = {
	readonly rows: readonly User[];
	readonly list: ListState;
	readonly height: number;
	/** Columns of the table. */
	readonly width: number;
	readonly selected: ReadonlySet<string>;
	/** Fewer, narrower columns for a narrow pane. @default false */
	readonly isCompact?: boolean;
};

function cellsOf(user: User, isCompact: boolean): readonly Cell[] {
	const isGuest = user.userType === 'guest';
	const roles: Cell = isCompact && isGuest && user.roles.length === 0 ? {text: 'Guest', tone: theme.badge.guest} : {text: rolesBadge(user.roles), tone: theme.badge.role};
	return [
		{text: user.displayName},
		{text: user.upn},
		{text: perUserMfaLabels[user.perUserMfa], tone: mfaTone(user.perUserMfa)},
		roles,
		...(isCompact ? [] : [isGuest ? {text: 'Guest', tone: theme.badge.guest} : {text: 'Member'}]),
		user.accountEnabled ? {text: 'Allowed'} : {text: 'Blocked', tone: theme.status.fail},
	];
}

/** The Active users table: display name, UPN, MFA status, roles badge, type and sign-in state; virtualised. */
export function UserTable({rows, list, height, width, selected, isCompact = false}: UserTableProps) {
	const columns = isCompact ? compactColumns : wideColumns;
	return (
		<Box flexDirection="column">
			<TableHeader columns={columns} width={width} hasCheckbox />
			<VirtualList
				items={rows}
				cursor={list.cursor}
				offset={list.offset}
				height={height}
				getKey={(user) => user.id}
				recycleRows
				emptyText="No users match the search and filter."
				renderItem={(user, {isCursor}) => <TableRow columns={columns} width={width} checkbox={selected.has(user.id) ? 'checked' : 'unchecked'} isCursor={isCursor} cells={cellsOf(user, isCompact)} />}
			/>
		</Box>
	);
}
