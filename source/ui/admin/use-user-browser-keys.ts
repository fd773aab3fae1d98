import type {Key} from 'ink';
import type {User} from '../../domain/tenant/user.js';
import {applyTextKey, textEditOf} from '../components/text-field.js';
import {listActionForKey} from '../components/use-list-state.js';
import type {UserBrowser} from './use-user-browser-state.js';
import {useKeys} from '../components/key-layers.js';

/** Options of the users table keys. */
export type UserBrowserKeysOptions = {
	readonly isActive: boolean;
	/** Users that can't be ticked (guests on the legacy page). */
	readonly canSelect?: (user: User) => boolean;
	/** Enter on a row. */
	readonly onOpen?: (user: User) => void;
	/** Space on a user that can't be selected. */
	readonly onSelectRefused?: (user: User) => void;
	/** Any other key, for the screen's own commands. */
	readonly onOtherKey?: (input: string, key: Key) => void;
};

/**
 * Keys of a users table: arrows/PageUp/PageDown/Home/End move, `/` searches (typing filters live,
 * Enter keeps, Esc restores), `f` cycles the MFA status filter, Space ticks, `a` ticks all shown.
 */
export function useUserBrowserKeys(browser: UserBrowser, {isActive, canSelect, onOpen, onSelectRefused, onOtherKey}: UserBrowserKeysOptions): void {
	const {state, dispatch, list, rows, current} = browser;
	useKeys(
		(input, key) => {
			const move = listActionForKey(key);
			if (move) {
				list.dispatch(move);
				return;
			}

			if (state.isSearching) {
				const result = applyTextKey(state.query, input, key);
				if (result.type === 'change') {
					dispatch({type: 'edit-query', edit: textEditOf(input, key)});
					list.dispatch({type: 'home'});
				} else if (result.type === 'submit') {
					dispatch({type: 'end-search'});
				} else if (result.type === 'cancel') {
					dispatch({type: 'cancel-search'});
				}

				return;
			}

			if (input === '/') {
				dispatch({type: 'start-search'});
			} else if (input === 'f') {
				dispatch({type: 'cycle-filter'});
				list.dispatch({type: 'home'});
			} else if (input === ' ' && current) {
				if (canSelect && !canSelect(current)) {
					onSelectRefused?.(current);
				} else {
					dispatch({type: 'toggle-selected', userId: current.id});
				}
			} else if (input === 'a') {
				dispatch({type: 'toggle-all', userIds: (canSelect ? rows.filter(canSelect) : rows).map((user) => user.id)});
			} else if (key.return && current) {
				onOpen?.(current);
			} else {
				onOtherKey?.(input, key);
			}
		},
		{isActive, isTyping: state.isSearching},
	);
}
