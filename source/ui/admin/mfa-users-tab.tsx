import {useState} from 'react';
import {Box} from 'ink';
import {perUserMfaLabels, type PerUserMfaState, type User} from '../../domain/tenant/user.js';
import {CommandBar, commandBarLines, greyedLegend} from '../components/command-bar.js';
import {TableHeader, TableRow, type Column} from '../components/table.js';
import {TextLine} from '../components/text-line.js';
import {ToneText} from '../components/tone-text.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {compactWidth} from '../components/use-terminal-rows.js';
import {VirtualList, windowLabel} from '../components/virtual-list.js';
import {useDisplay} from '../contexts/display-context.js';
import {mfaTone, theme, themeGlyphs} from '../theme.js';
import {CommandDialog} from './command-dialog.js';
import {ManageUserSettingsDialog} from './manage-user-settings-dialog.js';
import {quickStepCommands, quickStepKeys, setMfaStateSpec, type QuickStep} from './mfa-quick-steps.js';
import {useActor} from './use-actor.js';
import {useUserBrowserKeys} from './use-user-browser-keys.js';
import {userBrowserMemory, useUserBrowserState} from './use-user-browser-state.js';
import {UsersToolbar} from './users-toolbar.js';

const wideColumns: readonly Column[] = [
	{header: 'DISPLAY NAME', grow: 3},
	{header: 'USER NAME', grow: 4},
	{header: 'MULTI-FACTOR AUTH STATUS', width: 24},
];

const compactColumns: readonly Column[] = [
	{header: 'DISPLAY NAME', grow: 3},
	{header: 'USER NAME', grow: 4},
	{header: 'MFA STATUS', width: 10},
];

const stepStates: Readonly<Record<Exclude<QuickStep, 'manage'>, PerUserMfaState>> = {enable: 'enabled', enforce: 'enforced', disable: 'disabled'};

// Toolbar, table header and the window line; the quick steps bar is measured.
const chromeRows = 3;

const stepsCaption = 'quick steps';

/** Props of MfaUsersTab. */
export type MfaUsersTabProps = {
	readonly isActive: boolean;
	readonly height: number;
	readonly width: number;
	readonly onSwitchTab: (direction: 1 | -1) => void;
	readonly onCaptureChange?: ((isCapturing: boolean) => void) | undefined;
};

/** A notice and the cursor and selection it was raised at. */
type RaisedNotice = {readonly text: string; readonly cursor: number; readonly selected: ReadonlySet<string>};

const isGuest = (user: User) => user.userType === 'guest';

const memory = userBrowserMemory('mfa-page.users');

/**
 * The "users" tab of the legacy multi-factor authentication page: MFA status per user, guests
 * greyed out (their MFA belongs to their home tenant), multi-select, and the quick steps Enable /
 * Enforce / Disable / Manage user settings for the selection (or the user under the cursor).
 */
export function MfaUsersTab({isActive, height, width, onSwitchTab, onCaptureChange}: MfaUsersTabProps) {
	const {allows} = useActor();
	const isCompact = width < compactWidth;
	const columns = isCompact ? compactColumns : wideColumns;
	// The bar's labels never change, so its height is fixed for a width and the list doesn't jump.
	const barLines = commandBarLines(quickStepCommands([], () => true), width - stepsCaption.length - 16, false);
	const listHeight = Math.max(3, height - chromeRows - barLines);
	const browser = useUserBrowserState(listHeight, memory);
	const [step, setStep] = useState<QuickStep | undefined>(undefined);
	const [raised, setRaised] = useState<RaisedNotice | undefined>(undefined);
	const {state, rows, list, current, selectedUsers} = browser;
	const targets = selectedUsers.length > 0 ? selectedUsers : current && !isGuest(current) ? [current] : [];
	const commands = quickStepCommands(targets, allows);
	const {dot} = themeGlyphs(useDisplay());
	// A notice (a guest can't be ticked, select first) lasts until the cursor or the selection moves.
	// Derived rather than cleared in an effect: an effect clearing it could run after the next key
	// and wipe the notice that key raised (Down and Space typed quickly).
	const notice = raised !== undefined && raised.cursor === list.state.cursor && raised.selected === state.selected ? raised.text : '';
	const setNotice = (text: string) => {
		setRaised(text.length > 0 ? {text, cursor: list.state.cursor, selected: state.selected} : undefined);
	};
	useCaptureReport(state.isSearching || step !== undefined, onCaptureChange);
	useUserBrowserKeys(browser, {
		isActive: isActive && step === undefined,
		canSelect: (user) => !isGuest(user),
		onSelectRefused(user) {
			setNotice(`${user.displayName} is a guest: their multi-factor auth is managed by their home tenant.`);
		},
		onOtherKey(input, key) {
			if (key.leftArrow || key.rightArrow) {
				onSwitchTab(key.leftArrow ? -1 : 1);
				return;
			}

			const chosen = quickStepKeys[input];
			if (chosen === undefined) {
				return;
			}

			if (targets.length === 0) {
				setNotice('Select users first (Space); guests cannot be selected.');
				return;
			}

			setNotice('');
			setStep(chosen);
		},
	});

	const close = () => {
		setStep(undefined);
	};

	let dialog = null;
	if (step === 'manage') {
		dialog = <ManageUserSettingsDialog targets={targets} isActive={isActive} onClose={close} />;
	} else if (step !== undefined) {
		dialog = <CommandDialog spec={setMfaStateSpec(stepStates[step], targets)} isActive={isActive} onClose={close} />;
	}

	const greyed = commands.some((command) => !command.allowed) ? ` ${dot} ${greyedLegend}` : '';
	return (
		<Box flexDirection="column">
			<UsersToolbar state={state} width={width} filterCaption={isCompact ? 'MFA status' : 'Multi-factor auth status'} />
			<Box columnGap={1}>
				<Box flexShrink={0}>
					<ToneText tone={theme.text.label}>
						{stepsCaption}
						{selectedUsers.length > 0 ? ` (${selectedUsers.length} selected)` : ''}:
					</ToneText>
				</Box>
				<CommandBar commands={commands} showLegend={false} />
			</Box>
			{dialog ?? (
				<>
					<TableHeader columns={columns} width={width} hasCheckbox />
					<VirtualList
						items={rows}
						cursor={list.state.cursor}
						offset={list.state.offset}
						height={listHeight}
						getKey={(user) => user.id}
						emptyText="No users match the search and filter."
						renderItem={(user, {isCursor}) => (
							<TableRow
								columns={columns}
								width={width}
								checkbox={isGuest(user) ? 'disabled' : state.selected.has(user.id) ? 'checked' : 'unchecked'}
								isCursor={isCursor}
								isMuted={isGuest(user)}
								cells={[{text: isGuest(user) ? `${user.displayName} (guest)` : user.displayName}, {text: user.upn}, {text: perUserMfaLabels[user.perUserMfa], tone: mfaTone(user.perUserMfa)}]}
							/>
						)}
					/>
					<TextLine width={width} spans={[{text: notice.length > 0 ? notice : `${windowLabel(list.state.offset, listHeight, rows.length)}${greyed}`, tone: notice.length > 0 ? theme.status.warn : theme.text.muted}]} />
				</>
			)}
		</Box>
	);
}
