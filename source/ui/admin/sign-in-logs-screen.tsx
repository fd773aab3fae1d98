import {useMemo, useReducer} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../components/key-hint.js';
import {TextField} from '../components/text-field.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useListState} from '../components/use-list-state.js';
import {useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {windowLabel} from '../components/virtual-list.js';
import {useSessionView} from '../contexts/session-context.js';
import {theme} from '../theme.js';
import type {AdminScreenProps} from './screen-props.js';
import {detailBlocks, SignInDetail} from './sign-in-detail.js';
import {SignInLogTable} from './sign-in-log-table.js';
import {clientAppChoices, filterSignIns} from './sign-in-log-model.js';
import {useSignInLogsKeys} from './use-sign-in-logs-keys.js';
import {initialSignInLogsState, signInLogsReducer} from './use-sign-in-logs-state.js';
import {KeyLayerHost} from '../components/key-layers.js';

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

// Below this many columns the table leaves the application to the details.
const wideLogWidth = 96;

// Title, filter line, table header and window line.
const chromeRows = 4;

function SignInLogsScreenContent({isActive, height, width, onCaptureChange}: AdminScreenProps) {
	const screenWidth = useScreenWidth(width);
	const {state: sim} = useSessionView();
	const [state, dispatch] = useReducer(signInLogsReducer, initialSignInLogsState);
	const screenHeight = useScreenHeight(height);
	const listHeight = Math.max(3, screenHeight - chromeRows);
	const log = sim.signInLog;
	const choices = useMemo(() => clientAppChoices(log), [log]);
	const rows = useMemo(() => filterSignIns(log, state.filters), [log, state.filters]);
	const list = useListState({count: rows.length, height: listHeight});
	const open = state.openRequestId === undefined ? undefined : log.find((entry) => entry.requestId === state.openRequestId);
	useCaptureReport(state.isTypingUser || open !== undefined, onCaptureChange);

	const maxScroll = open === undefined ? 0 : detailBlocks(open, state.tab).length - 1;
	useSignInLogsKeys({isActive, state, dispatch, list, rows, choices, isDetailOpen: open !== undefined, maxScroll});

	if (open !== undefined) {
		return <SignInDetail entry={open} tab={state.tab} scroll={state.scroll} height={screenHeight} width={screenWidth} />;
	}

	const {filters} = state;
	return (
		<Box flexDirection="column">
			<Box columnGap={2}>
				<Text bold color={theme.text.heading}>
					Sign-in logs
				</Text>
				<Text color={theme.text.muted}>
					{rows.length} of {log.length} sign-ins · newest first
				</Text>
			</Box>
			<Box columnGap={2}>
				<Text>
					<Text color={theme.text.label}>Status:</Text> {filters.status}
				</Text>
				<Text>
					<Text color={theme.text.label}>Client app:</Text> {filters.clientApp}
				</Text>
				<Box flexShrink={1}>
					<TextField label="User:" value={filters.user} isFocused={state.isTypingUser} placeholder="/ to filter" />
				</Box>
			</Box>
			<SignInLogTable rows={rows} list={list.state} height={listHeight} isCompact={screenWidth < wideLogWidth} />
			<Text color={theme.text.muted}>{windowLabel(list.state.offset, listHeight, rows.length)}</Text>
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
