import {useState} from 'react';
import {Box} from 'ink';
import type {UserId} from '../../domain/common/ids.js';
import type {KeyHint} from '../components/key-hint.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useHintsReport} from '../components/use-hints-report.js';
import {compactWidth, useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {windowLabel} from '../components/virtual-list.js';
import {ToneText} from '../components/tone-text.js';
import {useDisplay} from '../contexts/display-context.js';
import {theme, themeGlyphs} from '../theme.js';
import {plural} from '../../domain/common/plural.js';
import type {AdminScreenProps} from './screen-props.js';
import {useUserBrowserKeys} from './use-user-browser-keys.js';
import {userBrowserMemory, useUserBrowserState} from './use-user-browser-state.js';
import {UserDetailsScreen, userDetailsKeyHints} from './user-details-screen.js';
import {UserTable} from './user-table.js';
import {UsersToolbar} from './users-toolbar.js';
import {KeyLayerHost} from '../components/key-layers.js';

/** The Active users screen's own keys, for the shell's footer and help overlay. */
export const activeUsersKeyHints: readonly KeyHint[] = [
	{keys: '↑↓ PgUp PgDn', label: 'move'},
	{keys: 'Home End', label: 'first / last user'},
	{keys: '/', label: 'search (Enter keep, Esc undo)'},
	{keys: 'f', label: 'filter by MFA status'},
	{keys: 'Space', label: 'select user'},
	{keys: 'a', label: 'select all shown / none'},
	{keys: 'Enter', label: 'open user details'},
	{keys: 'Esc', label: 'back from user details'},
];

// Title, toolbar, table header and the window line under the table.
const chromeRows = 4;

const memory = userBrowserMemory('active-users');

function ActiveUsersScreenContent({isActive, height, width, onCaptureChange, onHintsChange}: AdminScreenProps) {
	const screenHeight = useScreenHeight(height);
	const screenWidth = useScreenWidth(width);
	const {dot} = themeGlyphs(useDisplay());
	const listHeight = Math.max(3, screenHeight - chromeRows);
	const browser = useUserBrowserState(listHeight, memory);
	const [openUserId, setOpenUserId] = useState<UserId | undefined>(undefined);
	const isOpen = openUserId !== undefined;
	// A user's details are a view, not typing: the shell's Tab, 1-8 and palette work from them unless a dialog is open.
	const [isDetailsCapturing, setDetailsCapturing] = useState(false);
	useCaptureReport(browser.state.isSearching || (isOpen && isDetailsCapturing), onCaptureChange);
	// While a user's details are open, the footer and help should show their keys, not the list's.
	useHintsReport(isOpen ? userDetailsKeyHints : undefined, onHintsChange);
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
				onCaptureChange={setDetailsCapturing}
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
				<ToneText bold tone={theme.text.heading}>
					Active users
				</ToneText>
				<ToneText tone={theme.text.muted}>
					{plural(all.length, 'user')}
					{rows.length === all.length ? '' : ` ${dot} ${rows.length.toLocaleString('en-US')} shown`}
					{state.selected.size > 0 ? ` ${dot} ${state.selected.size.toLocaleString('en-US')} selected` : ''}
				</ToneText>
			</Box>
			<UsersToolbar state={state} width={screenWidth} />
			<UserTable rows={rows} list={list.state} height={listHeight} width={screenWidth} selected={state.selected} isCompact={screenWidth < compactWidth} />
			<ToneText tone={theme.text.muted}>{windowLabel(list.state.offset, listHeight, rows.length)}</ToneText>
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
