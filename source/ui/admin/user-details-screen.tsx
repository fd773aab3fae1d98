import {useMemo, useState} from 'react';
import {Box} from 'ink';
import type {UserId} from '../../domain/common/ids.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {CommandBar, commandBarLines} from '../components/command-bar.js';
import type {KeyHint} from '../components/key-hint.js';
import {keyText} from '../components/key-hint.js';
import {TabBar, tabBarLines} from '../components/tab-bar.js';
import {TextLine} from '../components/text-line.js';
import {ToneText} from '../components/tone-text.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useListState} from '../components/use-list-state.js';
import {useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {useDisplay} from '../contexts/display-context.js';
import {useSessionView} from '../contexts/session-context.js';
import {theme, themeGlyphs} from '../theme.js';
import {AddMethodDialog} from './add-method-dialog.js';
import {AppPasswordsPanel} from './app-passwords-panel.js';
import {AuthMethodsPanel} from './auth-methods-panel.js';
import {CommandDialog} from './command-dialog.js';
import {DefaultMethodDialog} from './default-method-dialog.js';
import {methodRows} from './method-rows.js';
import type {AdminScreenProps} from './screen-props.js';
import {useActor} from './use-actor.js';
import {detailsTabs, useUserDetailsKeys, userDetailsCommands, type DetailsDialog} from './use-user-details-keys.js';
import {profileFields, profileMaxScroll, UserProfilePanel} from './user-profile-panel.js';
import {KeyLayerHost} from '../components/key-layers.js';

/** The User details screen's own keys, for the shell's footer and help overlay (reported by Active users while open). */
export const userDetailsKeyHints: readonly KeyHint[] = [
	{keys: '←→', label: 'tabs'},
	{keys: '↑↓', label: 'move in the list'},
	{keys: 'Esc', label: 'back to the list / close dialog'},
	{keys: 'p', label: 'reset password'},
	{keys: 'b', label: 'block / unblock sign-in (Profile)'},
	{keys: 's', label: 'revoke sessions (Profile)'},
	{keys: 'a', label: 'add authentication method'},
	{keys: 'r', label: 'require re-register MFA'},
	{keys: 'v', label: 'revoke MFA sessions'},
	{keys: 'd', label: 'set default sign-in method'},
	{keys: 'h', label: 'activate hardware token'},
	{keys: 'x', label: 'delete the method under the cursor'},
];

/** Props of UserDetailsScreen. */
export type UserDetailsScreenProps = AdminScreenProps & {
	readonly userId: UserId;
	/** Esc with no dialog open; without it Esc is left to the shell. */
	readonly onClose?: () => void;
};

function UserDetailsScreenContent({isActive, userId, onClose, height, width, onCaptureChange}: UserDetailsScreenProps) {
	const {state} = useSessionView();
	const display = useDisplay();
	const {allows, era} = useActor();
	const user = findUser(state.tenant, userId);
	const screenHeight = useScreenHeight(height);
	const screenWidth = useScreenWidth(width);
	const [tab, setTab] = useState(0);
	const [profileScroll, setProfileScroll] = useState(0);
	const [dialog, setDialog] = useState<DetailsDialog | undefined>(undefined);
	const rows = useMemo(() => (user === undefined ? [] : methodRows(user.methods)), [user]);
	// Title, tabs, the command bar, the panel and the key line. The lists are sized for the command bar's widest
	// form (so they don't jump as the cursor changes the commands) less the panel's own three header lines.
	const chrome = 1 + tabBarLines(detailsTabs, screenWidth) + 1;
	const widestBar = user === undefined ? 1 : commandBarLines(userDetailsCommands(1, user, rows, rows[0], () => false, era), screenWidth);
	const listHeight = Math.max(3, screenHeight - chrome - widestBar - 3);
	const methodsList = useListState({count: rows.length, height: listHeight});
	const passwordsList = useListState({count: user?.appPasswords.length ?? 0, height: listHeight});
	// A dialog owns the keyboard (it may be typing a phone number); the details themselves don't.
	useCaptureReport(dialog !== undefined, onCaptureChange);
	const current = rows[methodsList.state.cursor];
	const commands = user === undefined ? [] : userDetailsCommands(tab, user, rows, current, allows, era);
	const panelHeight = Math.max(4, screenHeight - chrome - commandBarLines(commands, screenWidth));
	const fields = user === undefined ? [] : profileFields(user, state.now, user.id === state.actorId);
	const maxScroll = profileMaxScroll(fields, screenWidth, panelHeight);
	const scroll = Math.min(profileScroll, maxScroll);
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
		onScrollProfile(delta) {
			setProfileScroll(Math.max(0, Math.min(maxScroll, scroll + delta)));
		},
		...(onClose === undefined ? {} : {onClose}),
	});

	if (user === undefined) {
		return <ToneText tone={theme.status.fail}>There is no user &quot;{userId}&quot; in this tenant.</ToneText>;
	}

	const {dot} = themeGlyphs(display);
	const below = tab === 0 && scroll < maxScroll ? `${display.unicode ? '↓ ' : ''}more below ${dot} ` : '';
	const above = tab === 0 && scroll > 0 ? `${display.unicode ? '↑ ' : ''}${scroll} more above ${dot} ` : '';
	const keyLine = `${above}${below}${keyText('←→', display.unicode)} tabs ${dot} ${keyText('↑↓', display.unicode)} ${tab === 0 ? 'scroll' : 'move'} ${dot} Esc ${onClose === undefined ? 'closes a dialog' : 'back'}`;
	const closeDialog = () => {
		setDialog(undefined);
	};

	return (
		<Box flexDirection="column">
			<Box columnGap={2}>
				<ToneText bold tone={theme.text.heading}>
					{user.displayName}
				</ToneText>
				<TextLine width={Math.max(1, screenWidth - user.displayName.length - 2)} spans={[{text: user.upn, tone: theme.text.muted}]} />
			</Box>
			<TabBar tabs={detailsTabs} active={tab} />
			{dialog === undefined ? (
				<>
					<CommandBar commands={commands} />
					{/* The panel keeps its height, so the key line stays at the bottom and a long profile never pushes it out. */}
					<Box flexDirection="column" height={panelHeight} overflow="hidden">
						{tab === 0 ? <UserProfilePanel fields={fields} width={screenWidth} scroll={scroll} /> : null}
						{tab === 1 ? <AuthMethodsPanel user={user} rows={rows} list={methodsList.state} height={listHeight} width={screenWidth} /> : null}
						{tab === 2 ? <AppPasswordsPanel appPasswords={user.appPasswords} list={passwordsList.state} height={listHeight} width={screenWidth} /> : null}
					</Box>
					<TextLine width={screenWidth} spans={[{text: keyLine, tone: theme.text.muted}]} />
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
