import {useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {AuditLogEntry} from '../../domain/state/logs.js';
import type {KeyHint} from '../components/key-hint.js';
import {rowPrefix, TableHeader, TableRow, type Cell, type Column} from '../components/table.js';
import {TextField} from '../components/text-field.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useListState} from '../components/use-list-state.js';
import {useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {VirtualList, windowLabel} from '../components/virtual-list.js';
import {useSessionView} from '../contexts/session-context.js';
import {theme} from '../theme.js';
import {formatDateTime, formatShortDateTime} from './format.js';
import type {AdminScreenProps} from './screen-props.js';
import {noAuditFilter, useAuditLogKeys, type AuditFilter} from './use-audit-log-keys.js';
import {KeyLayerHost} from '../components/key-layers.js';

/** The Audit log screen's own keys, for the shell's footer and help overlay. */
export const auditLogKeyHints: readonly KeyHint[] = [
	{keys: '↑↓ PgUp PgDn Home End', label: 'move'},
	{keys: '/', label: 'filter by activity (Enter keep, Esc undo)'},
];

const wideColumns: readonly Column[] = [
	{header: 'Date (UTC)', width: 16},
	{header: 'Service', grow: 2},
	{header: 'Category', width: 14},
	{header: 'Activity', grow: 5},
	{header: 'Initiated by', grow: 2},
	{header: 'Target', grow: 2},
];

// Narrow panes keep date, activity and target; the lines under the table give the rest.
const compactColumns: readonly Column[] = [
	{header: 'Date (UTC)', width: 11},
	{header: 'Activity', grow: 3},
	{header: 'Target', grow: 2},
];

function cellsOf(entry: AuditLogEntry, isCompact: boolean): readonly Cell[] {
	const date = formatShortDateTime(entry.at);
	if (isCompact) {
		return [{text: date.slice(5)}, {text: entry.activity}, {text: entry.targetUpn ?? ''}];
	}

	return [{text: date}, {text: entry.service}, {text: entry.category}, {text: entry.activity}, {text: entry.initiatedBy}, {text: entry.targetUpn ?? ''}];
}

// Below this many columns the table keeps date, activity and target only.
const wideAuditWidth = 100;

// Title, filter line, table header, window line and the four lines about the row under the cursor.
const chromeRows = 8;

/** The audit rows newest first whose activity contains the text (case-insensitive). Pure. */
export function filterAudit(log: readonly AuditLogEntry[], activity: string): readonly AuditLogEntry[] {
	const needle = activity.trim().toLowerCase();
	const rows: AuditLogEntry[] = [];
	for (let index = log.length - 1; index >= 0; index--) {
		const entry = log[index];
		if (entry !== undefined && (needle.length === 0 || entry.activity.toLowerCase().includes(needle))) {
			rows.push(entry);
		}
	}

	return rows;
}

/** `oldState: Disabled · newState: Enabled`, or `None`. */
export function detailsText(entry: AuditLogEntry): string {
	const pairs = Object.entries(entry.details).map(([name, value]) => `${name}: ${value}`);
	return pairs.length === 0 ? 'None' : pairs.join(' · ');
}

function AuditLogScreenContent({isActive, height, width, onCaptureChange}: AdminScreenProps) {
	const isCompact = useScreenWidth(width) < wideAuditWidth;
	const columns = isCompact ? compactColumns : wideColumns;
	const {state: sim} = useSessionView();
	const [filter, setFilter] = useState<AuditFilter>(noAuditFilter);
	const screenHeight = useScreenHeight(height);
	const listHeight = Math.max(3, screenHeight - chromeRows);
	const rows = useMemo(() => filterAudit(sim.auditLog, filter.text), [sim.auditLog, filter.text]);
	const list = useListState({count: rows.length, height: listHeight});
	const current = rows[list.state.cursor];
	useCaptureReport(filter.isTyping, onCaptureChange);
	useAuditLogKeys({isActive, filter, setFilter, list});

	return (
		<Box flexDirection="column">
			<Box columnGap={2}>
				<Text bold color={theme.text.heading}>
					Audit logs
				</Text>
				<Text color={theme.text.muted}>
					{rows.length} of {sim.auditLog.length} entries · newest first
				</Text>
			</Box>
			<TextField label="Activity:" value={filter.text} isFocused={filter.isTyping} placeholder="/ to filter" />
			<TableHeader columns={columns} prefix={rowPrefix(false)} />
			<VirtualList
				items={rows}
				cursor={list.state.cursor}
				offset={list.state.offset}
				height={listHeight}
				getKey={(entry) => entry.id}
				emptyText="No audit entries match."
				renderItem={(entry, {isCursor}) => (
					<TableRow
						columns={columns}
						prefix={rowPrefix(isCursor)}
						isCursor={isCursor}
						cells={cellsOf(entry, isCompact)}
					/>
				)}
			/>
			<Text color={theme.text.muted}>{windowLabel(list.state.offset, listHeight, rows.length)}</Text>
			{current === undefined ? null : (
				<Box flexDirection="column">
					<Text wrap="truncate-end">
						<Text color={theme.text.label}>{formatDateTime(current.at)}</Text> {current.activity}
					</Text>
					<Text wrap="truncate-end">
						<Text color={theme.text.label}>Service:</Text> {current.service} <Text color={theme.text.label}>Category:</Text> {current.category}
					</Text>
					<Text wrap="truncate-end">
						<Text color={theme.text.label}>Initiated by:</Text> {current.initiatedBy} <Text color={theme.text.label}>Target:</Text> {current.targetUpn ?? '—'}
					</Text>
					<Text wrap="truncate-end">
						<Text color={theme.text.label}>Details:</Text> {detailsText(current)}
					</Text>
				</Box>
			)}
		</Box>
	);
}

/**
 * Entra audit logs: date, service, category, activity, initiated by, target and details; filter by activity.
 * Keys reach its widgets through one KeyLayerHost.
 */
export function AuditLogScreen(props: AdminScreenProps) {
	return (
		<KeyLayerHost>
			<AuditLogScreenContent {...props} />
		</KeyLayerHost>
	);
}
