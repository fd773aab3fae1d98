import {useMemo} from 'react';
import {Box} from 'ink';
import type {DisplayMode} from '../app/display.js';
import type {AuditLogEntry} from '../../domain/state/logs.js';
import type {KeyHint} from '../components/key-hint.js';
import {TableHeader, TableRow, type Cell, type Column} from '../components/table.js';
import {TextField} from '../components/text-field.js';
import {TextLine} from '../components/text-line.js';
import {ToneText} from '../components/tone-text.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useListState} from '../components/use-list-state.js';
import {useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {dividerIndex, VirtualList, windowLabel} from '../components/virtual-list.js';
import {useDisplay} from '../contexts/display-context.js';
import {useSessionView} from '../contexts/session-context.js';
import {theme, themeGlyphs} from '../theme.js';
import {beforeTicketDivider, formatDateTime, formatShortDateTime} from './format.js';
import type {AdminScreenProps} from './screen-props.js';
import {noAuditFilter, useAuditLogKeys, type AuditFilter} from './use-audit-log-keys.js';
import {KeyLayerHost} from '../components/key-layers.js';
import {memoryKey, useRememberedState} from '../hooks/use-view-memory.js';

/** The activity filter stays while another screen shows (not being typed any more); the list starts at the newest. */
const filterMemory = memoryKey<AuditFilter>('audit-log.filter', (saved) => ({text: saved.text, isTyping: false, before: ''}));

/** The Audit log screen's own keys, for the shell's footer and help overlay. */
export const auditLogKeyHints: readonly KeyHint[] = [
	{keys: '↑↓ PgUp PgDn', label: 'move'},
	{keys: 'Home End', label: 'newest / oldest entry'},
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

// Title, filter line, table header, window line and the lines about the row under the cursor (four, five in a
// narrow pane); the line above the rows from before the ticket is taken from the list.
const chromeRows = 4;

/** Lines about the row under the cursor: a narrow pane gives the initiator and the target a line each, so neither is cut. */
function entryLineCount(isCompact: boolean): number {
	return isCompact ? 5 : 4;
}

function EntryLines({entry, width, isCompact, display}: {readonly entry: AuditLogEntry; readonly width: number; readonly isCompact: boolean; readonly display: DisplayMode}) {
	const {dot, none} = themeGlyphs(display);
	const label = (text: string) => ({text, tone: theme.text.label});
	const details = <TextLine width={width} spans={[label('Details:'), {text: ` ${detailsText(entry, display)}`}]} />;
	if (isCompact) {
		return (
			<Box flexDirection="column">
				<TextLine width={width} spans={[label('Activity:'), {text: ` ${entry.activity}`}]} />
				<TextLine width={width} spans={[{text: formatDateTime(entry.at), tone: theme.text.label}, {text: ` ${dot} ${entry.service} ${dot} ${entry.category}`}]} />
				<TextLine width={width} spans={[label('Initiated by:'), {text: ` ${entry.initiatedBy}`}]} />
				<TextLine width={width} spans={[label('Target:'), {text: ` ${entry.targetUpn ?? none}`}]} />
				{details}
			</Box>
		);
	}

	return (
		<Box flexDirection="column">
			<TextLine width={width} spans={[{text: formatDateTime(entry.at), tone: theme.text.label}, {text: ` ${entry.activity}`}]} />
			<TextLine width={width} spans={[label('Service:'), {text: ` ${entry.service} `}, label('Category:'), {text: ` ${entry.category}`}]} />
			<TextLine width={width} spans={[label('Initiated by:'), {text: ` ${entry.initiatedBy} `}, label('Target:'), {text: ` ${entry.targetUpn ?? none}`}]} />
			{details}
		</Box>
	);
}

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

/** `oldState: Disabled · newState: Enabled` (` - ` between pairs without Unicode), or `None`. Pure. */
export function detailsText(entry: AuditLogEntry, display: DisplayMode): string {
	const pairs = Object.entries(entry.details).map(([name, value]) => `${name}: ${value}`);
	return pairs.length === 0 ? 'None' : pairs.join(` ${themeGlyphs(display).dot} `);
}

function AuditLogScreenContent({isActive, height, width, onCaptureChange}: AdminScreenProps) {
	const screenWidth = useScreenWidth(width);
	const isCompact = screenWidth < wideAuditWidth;
	const display = useDisplay();
	const glyphs = themeGlyphs(display);
	const columns = isCompact ? compactColumns : wideColumns;
	const {state: sim, startedAt} = useSessionView();
	const [filter, setFilter] = useRememberedState(filterMemory, noAuditFilter);
	const screenHeight = useScreenHeight(height);
	const rows = useMemo(() => filterAudit(sim.auditLog, filter.text), [sim.auditLog, filter.text]);
	// The rows from before the ticket (the scenario's history) sit under a line, which takes one of the list's lines.
	const before = useMemo(() => dividerIndex(rows, (entry) => entry.at < startedAt), [rows, startedAt]);
	const listHeight = Math.max(3, screenHeight - chromeRows - entryLineCount(isCompact) - (before === undefined ? 0 : 1));
	const list = useListState({count: rows.length, height: listHeight});
	const current = rows[list.state.cursor];
	useCaptureReport(filter.isTyping, onCaptureChange);
	useAuditLogKeys({isActive, filter, setFilter, list});

	return (
		<Box flexDirection="column">
			<TextLine
				width={screenWidth}
				spans={[
					{text: 'Audit logs', tone: theme.text.heading, bold: true},
					{text: `  ${rows.length} of ${sim.auditLog.length} entries ${glyphs.dot} newest first`, tone: theme.text.muted},
				]}
			/>
			<TextField label="Activity:" value={filter.text} isFocused={filter.isTyping} placeholder="/ to filter" width={screenWidth} />
			<TableHeader columns={columns} width={screenWidth} />
			<VirtualList
				items={rows}
				cursor={list.state.cursor}
				offset={list.state.offset}
				height={listHeight}
				getKey={(entry) => entry.id}
				emptyText="No audit entries match."
				divider={before === undefined ? undefined : {before, text: beforeTicketDivider(startedAt, screenWidth, display)}}
				renderItem={(entry, {isCursor}) => (
					<TableRow
						columns={columns}
						width={screenWidth}
						isCursor={isCursor}
						cells={cellsOf(entry, isCompact)}
					/>
				)}
			/>
			<ToneText tone={theme.text.muted}>{windowLabel(list.state.offset, listHeight, rows.length)}</ToneText>
			{current === undefined ? null : <EntryLines entry={current} width={screenWidth} isCompact={isCompact} display={display} />}
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
