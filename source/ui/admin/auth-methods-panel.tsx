import {Box} from 'ink';
import {defaultMethodLabels} from '../../domain/tenant/methods.js';
import {perUserMfaLabels, type User} from '../../domain/tenant/user.js';
import {TableHeader, TableRow, type Column} from '../components/table.js';
import {TextLine} from '../components/text-line.js';
import type {ListState} from '../components/use-list-state.js';
import {VirtualList} from '../components/virtual-list.js';
import {useDisplay} from '../contexts/display-context.js';
import {mfaTone, theme, themeGlyphs} from '../theme.js';
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
	readonly width: number;
};

/**
 * The Authentication methods blade: default method, per-user MFA state and every registered method
 * with its activation state. Rows come from `methodRows`, which carries no secret.
 */
export function AuthMethodsPanel({user, rows, list, height, width}: AuthMethodsPanelProps) {
	const {dot} = themeGlyphs(useDisplay());
	return (
		<Box flexDirection="column">
			<TextLine width={width} spans={[{text: 'Default sign-in method:', tone: theme.text.label}, {text: ` ${user.defaultMethod === undefined ? 'None' : defaultMethodLabels[user.defaultMethod]}`}]} />
			<TextLine
				width={width}
				spans={[
					{text: 'Per-user MFA:', tone: theme.text.label},
					{text: ' '},
					{text: perUserMfaLabels[user.perUserMfa], tone: mfaTone(user.perUserMfa)},
					...(user.mustRegisterAgain ? [{text: ` ${dot} must register again at next sign-in`, tone: theme.status.warn}] : []),
				]}
			/>
			<TableHeader columns={columns} width={width} />
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
						width={width}
						isCursor={isCursor}
						cells={[{text: row.method}, {text: row.detail}, row.kind === 'hardware-token' ? {text: row.status, tone: row.isActivated ? theme.status.ok : theme.status.warn} : {text: row.status}]}
					/>
				)}
			/>
		</Box>
	);
}
