import {useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {UserId} from '../../domain/common/ids.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {CommandBar, commandBarLines} from '../components/command-bar.js';
import type {KeyHint} from '../components/key-hint.js';
import {TabBar} from '../components/tab-bar.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useListState} from '../components/use-list-state.js';
import {useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {useSessionView} from '../contexts/session-context.js';
import {theme} from '../theme.js';
import {AddMethodDialog} from './add-method-dialog.js';
import {AppPasswordsPanel} from './app-passwords-panel.js';
import {AuthMethodsPanel} from './auth-methods-panel.js';
import {CommandDialog} from './command-dialog.js';
import {DefaultMethodDialog} from './default-method-dialog.js';
import {methodRows} from './method-rows.js';
import type {AdminScreenProps} from './screen-props.js';
import {useActor} from './use-actor.js';
import {detailsTabs, useUserDetailsKeys, userDetailsCommands, type DetailsDialog} from './use-user-details-keys.js';
import {UserProfilePanel} from './user-profile-panel.js';
import {KeyLayerHost} from '../components/key-layers.js';

/** The User details screen's own keys, for the shell's footer and help overlay. */
export const userDetailsKeyHints: readonly KeyHint[] = [
	{keys: '←→', label: 'Profile / Authentication methods / App passwords'},
	{keys: '↑↓', label: 'move in the list'},
	{keys: 'p', label: 'reset password'},
	{keys: 'b', label: 'block / unblock sign-in (Profile)'},
	{keys: 's', label: 'revoke sessions (Profile)'},
	{keys: 'a', label: 'add authentication method'},
	{keys: 'r', label: 'require re-register MFA'},
	{keys: 'v', label: 'revoke MFA sessions'},
	{keys: 'd', label: 'set default sign-in method'},
	{keys: 'h', label: 'activate hardware token'},
	{keys: 'x', label: 'delete the method under the cursor'},
	{keys: 'Esc', label: 'close dialog / back to the list'},
];

/** Props of UserDetailsScreen. */
export type UserDetailsScreenProps = AdminScreenProps & {
	readonly userId: UserId;
	/** Esc with no dialog open; without it Esc is left to the shell. */
	readonly onClose?: () => void;
};

function UserDetailsScreenContent({isActive, userId, onClose, height, width, onCaptureChange}: UserDetailsScreenProps) {
	const {state} = useSessionView();
	const {allows, era} = useActor();
	const user = findUser(state.tenant, userId);
	const screenHeight = useScreenHeight(height);
	const screenWidth = useScreenWidth(width);
	const [tab, setTab] = useState(0);
	const [dialog, setDialog] = useState<DetailsDialog | undefined>(undefined);
	const rows = useMemo(() => (user === undefined ? [] : methodRows(user.methods)), [user]);
	// Title, tabs, the command bar as wide as its widest form, and the panel's own three header lines.
	const barLines = user === undefined ? 1 : commandBarLines(userDetailsCommands(1, user, rows, rows[0], () => false, era), screenWidth);
	const listHeight = Math.max(3, screenHeight - 5 - barLines);
	const methodsList = useListState({count: rows.length, height: listHeight});
	const passwordsList = useListState({count: user?.appPasswords.length ?? 0, height: listHeight});
	useCaptureReport(dialog !== undefined || onClose !== undefined, onCaptureChange);
	const current = rows[methodsList.state.cursor];
	useUserDetailsKeys({
		isActive: isActive && dialog === undefined,
		user,
		tab,
		era,
		currentRow: current,
		rows,
		lists: [methodsList, passwordsList],
		setTab,
		openDialog: setDialog,
		...(onClose === undefined ? {} : {onClose}),
	});

	if (user === undefined) {
		return <Text color={theme.status.fail}>There is no user &quot;{userId}&quot; in this tenant.</Text>;
	}

	const closeDialog = () => {
		setDialog(undefined);
	};

	return (
		<Box flexDirection="column">
			<Box columnGap={2}>
				<Text bold color={theme.text.heading}>
					{user.displayName}
				</Text>
				<Text color={theme.text.muted} wrap="truncate-end">
					{user.upn}
				</Text>
			</Box>
			<TabBar tabs={detailsTabs} active={tab} />
			{dialog === undefined ? (
				<>
					<CommandBar commands={userDetailsCommands(tab, user, rows, current, allows, era)} />
					{tab === 0 ? <UserProfilePanel user={user} now={state.now} /> : null}
					{tab === 1 ? <AuthMethodsPanel user={user} rows={rows} list={methodsList.state} height={listHeight} /> : null}
					{tab === 2 ? <AppPasswordsPanel appPasswords={user.appPasswords} list={passwordsList.state} height={listHeight} /> : null}
				</>
			) : null}
			{dialog?.kind === 'command' ? <CommandDialog spec={dialog.spec} isActive={isActive} onClose={closeDialog} /> : null}
			{dialog?.kind === 'add-method' ? <AddMethodDialog user={user} isActive={isActive} onClose={closeDialog} /> : null}
			{dialog?.kind === 'default-method' ? <DefaultMethodDialog user={user} isActive={isActive} onClose={closeDialog} /> : null}
		</Box>
	);
}

/**
 * A user's details: Profile, Authentication methods (phones, Authenticator registrations, OATH
 * tokens with activation state, default method; never a secret) and App passwords (names and
 * dates). Every action dispatches an admin intent and shows the domain's answer in a dialog.
 * Keys reach its widgets through one KeyLayerHost.
 */
export function UserDetailsScreen(props: UserDetailsScreenProps) {
	return (
		<KeyLayerHost>
			<UserDetailsScreenContent {...props} />
		</KeyLayerHost>
	);
}
