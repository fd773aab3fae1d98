import {useState} from 'react';
import {Box, Text} from 'ink';
import type {UserId} from '../../domain/common/ids.js';
import type {KeyHint} from '../components/key-hint.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {compactWidth, useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {windowLabel} from '../components/virtual-list.js';
import {theme} from '../theme.js';
import {plural} from './format.js';
import type {AdminScreenProps} from './screen-props.js';
import {useUserBrowserKeys} from './use-user-browser-keys.js';
import {useUserBrowserState} from './use-user-browser-state.js';
import {UserDetailsScreen} from './user-details-screen.js';
import {UserTable} from './user-table.js';
import {UsersToolbar} from './users-toolbar.js';
import {KeyLayerHost} from '../components/key-layers.js';

/** The Active users screen's own keys, for the shell's footer and help overlay. */
export const activeUsersKeyHints: readonly KeyHint[] = [
	{keys: '↑↓ PgUp PgDn Home End', label: 'move'},
	{keys: '/', label: 'search (Enter keep, Esc undo)'},
	{keys: 'f', label: 'filter by MFA status'},
	{keys: 'Space', label: 'select user'},
	{keys: 'a', label: 'select all shown / none'},
	{keys: 'Enter', label: 'open user details'},
	{keys: 'Esc', label: 'back from user details'},
];

// Title, toolbar, table header and the window line under the table.
const chromeRows = 4;

function ActiveUsersScreenContent({isActive, height, width, onCaptureChange}: AdminScreenProps) {
	const screenHeight = useScreenHeight(height);
	const screenWidth = useScreenWidth(width);
	const listHeight = Math.max(3, screenHeight - chromeRows);
	const browser = useUserBrowserState(listHeight);
	const [openUserId, setOpenUserId] = useState<UserId | undefined>(undefined);
	const isOpen = openUserId !== undefined;
	useCaptureReport(browser.state.isSearching || isOpen, onCaptureChange);
	useUserBrowserKeys(browser, {
		isActive: isActive && !isOpen,
		onOpen(user) {
			setOpenUserId(user.id);
		},
	});

	if (openUserId !== undefined) {
		return (
			<UserDetailsScreen
				isActive={isActive}
				userId={openUserId}
				height={screenHeight}
				width={screenWidth}
				onClose={() => {
					setOpenUserId(undefined);
				}}
			/>
		);
	}

	const {state, rows, all, list} = browser;
	return (
		<Box flexDirection="column">
			<Box columnGap={2}>
				<Text bold color={theme.text.heading}>
					Active users
				</Text>
				<Text color={theme.text.muted}>
					{plural(all.length, 'user')}
					{rows.length === all.length ? '' : ` · ${rows.length.toLocaleString('en-US')} shown`}
					{state.selected.size > 0 ? ` · ${state.selected.size.toLocaleString('en-US')} selected` : ''}
				</Text>
			</Box>
			<UsersToolbar state={state} />
			<UserTable rows={rows} list={list.state} height={listHeight} selected={state.selected} isCompact={screenWidth < compactWidth} />
			<Text color={theme.text.muted}>{windowLabel(list.state.offset, listHeight, rows.length)}</Text>
		</Box>
	);
}

/**
 * Microsoft 365 admin center > Users > Active users: every user with MFA status, roles and sign-in
 * state; search, MFA status filter and multi-select. Virtualised for 10,000 users. Enter opens the
 * user's details in place; Esc comes back to the same row.
 * Keys reach its widgets through one KeyLayerHost.
 */
export function ActiveUsersScreen(props: AdminScreenProps) {
	return (
		<KeyLayerHost>
			<ActiveUsersScreenContent {...props} />
		</KeyLayerHost>
	);
}
