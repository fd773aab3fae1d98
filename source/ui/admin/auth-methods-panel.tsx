import {Box, Text} from 'ink';
import {defaultMethodLabels} from '../../domain/tenant/methods.js';
import {perUserMfaLabels, type User} from '../../domain/tenant/user.js';
import {rowPrefix, TableHeader, TableRow, type Column} from '../components/table.js';
import type {ListState} from '../components/use-list-state.js';
import {VirtualList} from '../components/virtual-list.js';
import {mfaColor, theme} from '../theme.js';
import type {MethodRow} from './method-rows.js';

const columns: readonly Column[] = [
	{header: 'Authentication method', grow: 6},
	{header: 'Detail', grow: 4},
	{header: 'Status', width: 13},
];

/** Props of AuthMethodsPanel. */
export type AuthMethodsPanelProps = {
	readonly user: User;
	readonly rows: readonly MethodRow[];
	readonly list: ListState;
	readonly height: number;
};

/**
 * The Authentication methods blade: default method, per-user MFA state and every registered method
 * with its activation state. Rows come from `methodRows`, which carries no secret.
 */
export function AuthMethodsPanel({user, rows, list, height}: AuthMethodsPanelProps) {
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text color={theme.text.label}>Default sign-in method:</Text> {user.defaultMethod === undefined ? 'None' : defaultMethodLabels[user.defaultMethod]}
			</Text>
			<Text wrap="truncate-end">
				<Text color={theme.text.label}>Per-user MFA:</Text> <Text color={mfaColor(user.perUserMfa)}>{perUserMfaLabels[user.perUserMfa]}</Text>
				{user.mustRegisterAgain ? <Text color={theme.status.warn}> · must register again at next sign-in</Text> : null}
			</Text>
			<TableHeader columns={columns} prefix={rowPrefix(false)} />
			<VirtualList
				items={rows}
				cursor={list.cursor}
				offset={list.offset}
				height={height}
				getKey={(row) => row.key}
				emptyText="No authentication methods registered."
				renderItem={(row, {isCursor}) => (
					<TableRow
						columns={columns}
						prefix={rowPrefix(isCursor)}
						isCursor={isCursor}
						cells={[{text: row.method}, {text: row.detail}, row.kind === 'hardware-token' ? {text: row.status, color: row.isActivated ? theme.status.ok : theme.status.warn} : {text: row.status}]}
					/>
				)}
			/>
		</Box>
	);
}
