import {useMemo} from 'react';
import {Box} from 'ink';
import {useDisplay} from '../contexts/display-context.js';
import type {KeyHint} from '../components/key-hint.js';
import {TextField} from '../components/text-field.js';
import {TextLine} from '../components/text-line.js';
import {ToneText} from '../components/tone-text.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useHintsReport} from '../components/use-hints-report.js';
import {useListState} from '../components/use-list-state.js';
import {useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {dividerIndex, windowLabel} from '../components/virtual-list.js';
import {useSessionView} from '../contexts/session-context.js';
import {theme, themeGlyphs} from '../theme.js';
import {beforeTicketDivider} from './format.js';
import type {AdminScreenProps} from './screen-props.js';
import {detailBlocks, SignInDetail} from './sign-in-detail.js';
import {SignInLogTable} from './sign-in-log-table.js';
import {clientAppChoices, filterSignIns} from './sign-in-log-model.js';
import {useSignInLogsKeys} from './use-sign-in-logs-keys.js';
import {initialSignInLogsState, signInLogsReducer, type SignInLogsState} from './use-sign-in-logs-state.js';
import {KeyLayerHost} from '../components/key-layers.js';
import {memoryKey, useRememberedReducer} from '../hooks/use-view-memory.js';

/** The Sign-in logs screen's own keys, for the shell's footer and help overlay. */
export const signInLogsKeyHints: readonly KeyHint[] = [
	{keys: '↑↓ PgUp PgDn', label: 'move / scroll details'},
	{keys: 's', label: 'filter status (Success, Failure, Interrupted)'},
	{keys: 'c', label: 'filter client app'},
	{keys: '/', label: 'filter by user'},
	{keys: 'Enter', label: 'open sign-in details'},
	{keys: '←→', label: 'Basic info / Authentication Details / Sign-in diagnostic'},
	{keys: 'Esc', label: 'back to the list'},
];

/** The filters stay while another screen shows; the list starts at the newest again, with no sign-in open. */
const memory = memoryKey<SignInLogsState>('sign-in-logs', (saved) => ({filters: saved.filters, isTypingUser: false, userBefore: '', tab: 0, scroll: 0}));

/** The keys of an open sign-in's details, reported to the footer and help while it shows. */
export const signInDetailKeyHints: readonly KeyHint[] = [
	{keys: '←→', label: 'Basic info / Authentication Details / Sign-in diagnostic'},
	{keys: '↑↓ PgUp PgDn', label: 'scroll'},
	{keys: 'Esc', label: 'back to the list'},
];

// Below this many columns the table leaves the application to the details.
const wideLogWidth = 96;

// Title, filter line, table header and window line.
const chromeRows = 4;

/** Columns the user filter keeps at least; a long client app label is cut first. */
const userFieldWidth = 16;

/** `Status: All  Client app: All  User: / to filter`, on one line whatever the labels: the client app is cut to fit. */
function FilterLine({status, clientApp, user, isTypingUser, width}: {readonly status: string; readonly clientApp: string; readonly user: string; readonly isTypingUser: boolean; readonly width: number}) {
	const statusText = `Status: ${status}`;
	const clientWidth = Math.max(12, Math.min(`Client app: ${clientApp}`.length, width - statusText.length - userFieldWidth - 4));
	const userWidth = Math.max(8, width - statusText.length - clientWidth - 4);
	return (
		<Box columnGap={2} height={1} overflow="hidden">
			<Box flexShrink={0}>
				<TextLine width={statusText.length} spans={[{text: 'Status:', tone: theme.text.label}, {text: ` ${status}`}]} />
			</Box>
			<Box flexShrink={0} width={clientWidth}>
				<TextLine width={clientWidth} spans={[{text: 'Client app:', tone: theme.text.label}, {text: ` ${clientApp}`}]} />
			</Box>
			<Box flexShrink={0} width={userWidth}>
				<TextField label="User:" value={user} isFocused={isTypingUser} placeholder="/ to filter" width={userWidth} />
			</Box>
		</Box>
	);
}

function SignInLogsScreenContent({isActive, height, width, onCaptureChange, onHintsChange}: AdminScreenProps) {
	const screenWidth = useScreenWidth(width);
	const display = useDisplay();
	const {state: sim, startedAt} = useSessionView();
	const [state, dispatch] = useRememberedReducer(memory, signInLogsReducer, initialSignInLogsState);
	const screenHeight = useScreenHeight(height);
	const listHeight = Math.max(3, screenHeight - chromeRows);
	const log = sim.signInLog;
	const choices = useMemo(() => clientAppChoices(log), [log]);
	const rows = useMemo(() => filterSignIns(log, state.filters), [log, state.filters]);
	// The rows from before the ticket (the scenario's history) sit under a line, which takes one of the list's lines.
	const before = useMemo(() => dividerIndex(rows, (entry) => entry.at < startedAt), [rows, startedAt]);
	const rowsHeight = before === undefined ? listHeight : listHeight - 1;
	const list = useListState({count: rows.length, height: rowsHeight});
	const open = state.openRequestId === undefined ? undefined : log.find((entry) => entry.requestId === state.openRequestId);
	// An open sign-in is a view, not typing: Tab, 1-8 and the palette still work from it.
	useCaptureReport(state.isTypingUser, onCaptureChange);
	useHintsReport(open === undefined ? undefined : signInDetailKeyHints, onHintsChange);

	const maxScroll = open === undefined ? 0 : detailBlocks(open, state.tab, {display, width: screenWidth}).length - 1;
	useSignInLogsKeys({isActive, state, dispatch, list, rows, choices, isDetailOpen: open !== undefined, maxScroll});

	if (open !== undefined) {
		return <SignInDetail entry={open} tab={state.tab} scroll={state.scroll} height={screenHeight} width={screenWidth} />;
	}

	const {filters} = state;
	return (
		<Box flexDirection="column">
			<TextLine
				width={screenWidth}
				spans={[
					{text: 'Sign-in logs', tone: theme.text.heading, bold: true},
					{text: `  ${rows.length} of ${log.length} sign-ins ${themeGlyphs(display).dot} newest first`, tone: theme.text.muted},
				]}
			/>
			<FilterLine status={filters.status} clientApp={filters.clientApp} user={filters.user} isTypingUser={state.isTypingUser} width={screenWidth} />
			<SignInLogTable
				rows={rows}
				list={list.state}
				height={listHeight}
				width={screenWidth}
				isCompact={screenWidth < wideLogWidth}
				divider={before === undefined ? undefined : {before, text: beforeTicketDivider(startedAt, screenWidth, display)}}
			/>
			<ToneText tone={theme.text.muted}>{windowLabel(list.state.offset, rowsHeight, rows.length)}</ToneText>
		</Box>
	);
}

/**
 * Entra sign-in logs: newest first with filters, and a detail view whose Sign-in diagnostic
 * walks the evaluation trace step by step and ends with why the sign-in ended as it did.
 * Keys reach its widgets through one KeyLayerHost.
 */
export function SignInLogsScreen(props: AdminScreenProps) {
	return (
		<KeyLayerHost>
			<SignInLogsScreenContent {...props} />
		</KeyLayerHost>
	);
}
