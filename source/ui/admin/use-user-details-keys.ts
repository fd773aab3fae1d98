import type {AdminTask} from '../../domain/admin/permissions.js';
import type {Era} from '../../domain/common/era.js';
import type {User} from '../../domain/tenant/user.js';
import type {Command} from '../components/command-bar.js';
import {cycleTab} from '../components/tab-bar.js';
import {listActionForKey, type ListStateHandle} from '../components/use-list-state.js';
import type {CommandSpec} from './command-dialog.js';
import {isHardwareTokenRow, type HardwareTokenRow, type MethodRow} from './method-rows.js';
import {activateTokenSpec, blockSignInSpec, deleteMethodSpec, requireReRegisterSpec, resetPasswordSpec, revokeMfaSessionsSpec, revokeSessionsSpec} from './user-commands.js';
import {useKeys} from '../components/key-layers.js';

/** The tabs of the user details blade. */
export const detailsTabs = ['Profile', 'Authentication methods', 'App passwords'] as const;

/** The dialog open over the user details, if any. */
export type DetailsDialog = {readonly kind: 'command'; readonly spec: CommandSpec} | {readonly kind: 'add-method'} | {readonly kind: 'default-method'};

/** The token `h` activates: the one under the cursor, else the first one not activated yet. */
export function tokenToActivate(rows: readonly MethodRow[], current: MethodRow | undefined): HardwareTokenRow | undefined {
	if (isHardwareTokenRow(current) && !current.isActivated) {
		return current;
	}

	return rows.filter((row) => isHardwareTokenRow(row)).find((row) => !row.isActivated);
}

type Entry = {
	readonly keys: string;
	readonly label: string;
	readonly task: AdminTask;
	readonly tabs: readonly number[];
	/** The dialog the key opens, or undefined when it doesn't apply here (no token to activate). */
	readonly open: () => DetailsDialog | undefined;
};

function entries(user: User, rows: readonly MethodRow[], current: MethodRow | undefined, era: Era): readonly Entry[] {
	const command = (spec: CommandSpec): DetailsDialog => ({kind: 'command', spec});
	const token = tokenToActivate(rows, current);
	return [
		{keys: 'a', label: '+ Add authentication method', task: 'manage-auth-methods', tabs: [1], open: () => ({kind: 'add-method'})},
		{keys: 'p', label: 'Reset password', task: 'reset-password', tabs: [0, 1], open: () => command(resetPasswordSpec(user))},
		{keys: 'r', label: 'Require re-register MFA', task: 'manage-auth-methods', tabs: [1], open: () => command(requireReRegisterSpec(user, era))},
		{keys: 'v', label: 'Revoke MFA sessions', task: 'manage-auth-methods', tabs: [1], open: () => command(revokeMfaSessionsSpec(user))},
		{keys: 'd', label: 'Set default method', task: 'manage-auth-methods', tabs: [1], open: () => ({kind: 'default-method'})},
		{keys: 'h', label: 'Activate hardware token', task: 'manage-hardware-tokens', tabs: token === undefined ? [] : [1], open: () => (token === undefined ? undefined : command(activateTokenSpec(user, token)))},
		{keys: 'x', label: 'Delete method', task: 'manage-auth-methods', tabs: current === undefined ? [] : [1], open: () => (current === undefined ? undefined : command(deleteMethodSpec(user, current)))},
		{keys: 'b', label: user.accountEnabled ? 'Block sign-in' : 'Unblock sign-in', task: 'block-sign-in', tabs: [0], open: () => command(blockSignInSpec(user))},
		{keys: 's', label: 'Revoke sessions', task: 'revoke-sessions', tabs: [0], open: () => command(revokeSessionsSpec(user))},
	];
}

/** The command bar of a tab, greyed where the trainee's role can't act on this user. */
export function userDetailsCommands(tab: number, user: User, rows: readonly MethodRow[], current: MethodRow | undefined, allows: (task: AdminTask, target?: User) => boolean, era: Era): readonly Command[] {
	return entries(user, rows, current, era)
		.filter((entry) => entry.tabs.includes(tab))
		.map((entry) => ({keys: entry.keys, label: entry.label, allowed: allows(entry.task, user)}));
}

/** Options of the user details keys. */
export type UserDetailsKeysOptions = {
	readonly isActive: boolean;
	readonly user: User | undefined;
	readonly tab: number;
	readonly era: Era;
	readonly rows: readonly MethodRow[];
	readonly currentRow: MethodRow | undefined;
	/** The methods list and the app passwords list. */
	readonly lists: readonly [ListStateHandle, ListStateHandle];
	readonly setTab: (tab: number) => void;
	readonly openDialog: (dialog: DetailsDialog) => void;
	readonly onClose?: () => void;
	/** ↑↓ on the Profile tab scroll it by a field (-1 up, 1 down). */
	readonly onScrollProfile?: (delta: -1 | 1) => void;
};

/**
 * Keys of the user details: ←→ tabs, ↑↓ the tab's list (or scroll the profile), the command letters of the current tab
 * (greyed commands still open: the domain gives the refusal), Esc back.
 */
export function useUserDetailsKeys({isActive, user, tab, era, rows, currentRow, lists, setTab, openDialog, onClose, onScrollProfile}: UserDetailsKeysOptions): void {
	useKeys(
		(input, key) => {
			if (key.escape) {
				onClose?.();
				return;
			}

			if (key.leftArrow || key.rightArrow) {
				setTab(cycleTab(tab, detailsTabs.length, key.leftArrow ? -1 : 1));
				return;
			}

			const move = listActionForKey(key);
			if (move && tab === 0) {
				if (move.type === 'move-up' || move.type === 'move-down') {
					onScrollProfile?.(move.type === 'move-up' ? -1 : 1);
				}

				return;
			}

			if (move) {
				(tab === 2 ? lists[1] : lists[0]).dispatch(move);
				return;
			}

			if (user === undefined) {
				return;
			}

			const entry = entries(user, rows, currentRow, era).find((each) => each.keys === input && each.tabs.includes(tab));
			const dialog = entry?.open();
			if (dialog !== undefined) {
				openDialog(dialog);
			}
		},
		{isActive},
	);
}
