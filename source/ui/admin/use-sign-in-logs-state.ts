import type {ClientAppLabel} from '../../domain/state/logs.js';
import {cycleTab} from '../components/tab-bar.js';
import type {TextEdit} from '../components/text-field.js';
import {nextOf, noSignInFilters, statusFilters, type SignInFilters} from './sign-in-log-model.js';
import {signInDetailTabs} from './sign-in-detail.js';

/** The sign-in log screen: filters, the user filter being typed, and the open sign-in. */
export type SignInLogsState = {
	readonly filters: SignInFilters;
	readonly isTypingUser: boolean;
	readonly userBefore: string;
	/** Request id of the sign-in whose details are open. */
	readonly openRequestId?: string;
	readonly tab: number;
	readonly scroll: number;
};

/** Actions of the sign-in log screen, kebab-case. */
export type SignInLogsAction =
	| {readonly type: 'cycle-status' | 'start-user' | 'end-user' | 'cancel-user' | 'close' | 'next-tab' | 'previous-tab' | 'scroll-up' | 'scroll-down'}
	| {readonly type: 'cycle-client-app'; readonly choices: ReadonlyArray<'All' | ClientAppLabel>}
	/** An edit of the user filter being typed, applied to its latest text. */
	| {readonly type: 'edit-user'; readonly edit: TextEdit}
	| {readonly type: 'open'; readonly requestId: string};

/** No filters, nothing open. */
export const initialSignInLogsState: SignInLogsState = {filters: noSignInFilters, isTypingUser: false, userBefore: '', tab: 0, scroll: 0};

/** Pure reducer of the sign-in log screen. */
export function signInLogsReducer(state: SignInLogsState, action: SignInLogsAction): SignInLogsState {
	const {filters} = state;
	switch (action.type) {
		case 'cycle-status': {
			return {...state, filters: {...filters, status: nextOf(statusFilters, filters.status)}};
		}

		case 'cycle-client-app': {
			return {...state, filters: {...filters, clientApp: nextOf(action.choices, filters.clientApp)}};
		}

		case 'start-user': {
			return {...state, isTypingUser: true, userBefore: filters.user};
		}

		case 'edit-user': {
			return {...state, filters: {...filters, user: action.edit(filters.user)}};
		}

		case 'end-user': {
			return {...state, isTypingUser: false};
		}

		case 'cancel-user': {
			return {...state, isTypingUser: false, filters: {...filters, user: state.userBefore}};
		}

		case 'open': {
			return {...state, openRequestId: action.requestId, tab: 0, scroll: 0};
		}

		case 'close': {
			const {openRequestId: _closed, ...rest} = state;
			return rest;
		}

		case 'next-tab':
		case 'previous-tab': {
			return {...state, tab: cycleTab(state.tab, signInDetailTabs.length, action.type === 'next-tab' ? 1 : -1), scroll: 0};
		}

		case 'scroll-up': {
			return {...state, scroll: Math.max(0, state.scroll - 1)};
		}

		case 'scroll-down': {
			return {...state, scroll: state.scroll + 1};
		}
	}
}
