import type {ClientAppLabel, SignInLogEntry} from '../../domain/state/logs.js';
import {applyTextKey, textEditOf} from '../components/text-field.js';
import {listActionForKey, type ListStateHandle} from '../components/use-list-state.js';
import type {SignInLogsAction, SignInLogsState} from './use-sign-in-logs-state.js';
import {useKeys} from '../components/key-layers.js';

/** Options of the sign-in log keys. */
export type SignInLogsKeysOptions = {
	readonly isActive: boolean;
	readonly state: SignInLogsState;
	readonly dispatch: (action: SignInLogsAction) => void;
	readonly list: ListStateHandle;
	readonly rows: readonly SignInLogEntry[];
	readonly choices: ReadonlyArray<'All' | ClientAppLabel>;
	readonly isDetailOpen: boolean;
	/** The last block the open details can scroll to. */
	readonly maxScroll: number;
};

/**
 * Keys of the sign-in log: in the list, arrows move, `s` / `c` cycle the status and client app
 * filters, `/` types a user filter, Enter opens; in the details, ←→ switch tabs, ↑↓ scroll, Esc
 * goes back.
 */
export function useSignInLogsKeys({isActive, state, dispatch, list, rows, choices, isDetailOpen, maxScroll}: SignInLogsKeysOptions): void {
	useKeys(
		(input, key) => {
			if (isDetailOpen) {
				if (key.escape) {
					dispatch({type: 'close'});
				} else if (key.leftArrow || key.rightArrow) {
					dispatch({type: key.leftArrow ? 'previous-tab' : 'next-tab'});
				} else if (key.upArrow || key.pageUp) {
					dispatch({type: 'scroll-up'});
				} else if ((key.downArrow || key.pageDown) && state.scroll < maxScroll) {
					dispatch({type: 'scroll-down'});
				}

				return;
			}

			const move = listActionForKey(key);
			if (move) {
				list.dispatch(move);
				return;
			}

			if (state.isTypingUser) {
				const result = applyTextKey(state.filters.user, input, key);
				if (result.type === 'change') {
					dispatch({type: 'edit-user', edit: textEditOf(input, key)});
					list.dispatch({type: 'home'});
				} else if (result.type === 'submit') {
					dispatch({type: 'end-user'});
				} else if (result.type === 'cancel') {
					dispatch({type: 'cancel-user'});
				}

				return;
			}

			const current = rows[list.state.cursor];
			if (input === 's') {
				dispatch({type: 'cycle-status'});
				list.dispatch({type: 'home'});
			} else if (input === 'c') {
				dispatch({type: 'cycle-client-app', choices});
				list.dispatch({type: 'home'});
			} else if (input === '/') {
				dispatch({type: 'start-user'});
			} else if (key.return && current) {
				dispatch({type: 'open', requestId: current.requestId});
			}
		},
		{isActive, isTyping: state.isTypingUser},
	);
}
