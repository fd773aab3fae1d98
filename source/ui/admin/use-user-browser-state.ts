import {useMemo} from 'react';
import type {UserId} from '../../domain/common/ids.js';
import type {User} from '../../domain/tenant/user.js';
import type {TextEdit} from '../components/text-field.js';
import {useListState, type ListState, type ListStateHandle} from '../components/use-list-state.js';
import {memoryKey, useRememberedReducer, type MemoryKey} from '../hooks/use-view-memory.js';
import {useSessionView} from '../contexts/session-context.js';
import {filterUsers, nextMfaFilter, sortedUsers, type MfaFilter} from './user-list-model.js';

/** Search, filter and selection of a users table. */
export type UserBrowserState = {
	readonly query: string;
	/** True while `/` search text is being typed. */
	readonly isSearching: boolean;
	/** The query before `/`, restored by Esc. */
	readonly queryBefore: string;
	readonly filter: MfaFilter;
	/** Selected users by id, so a selection survives filtering. */
	readonly selected: ReadonlySet<UserId>;
};

/** Actions of the users table, kebab-case. */
export type UserBrowserAction =
	| {readonly type: 'start-search' | 'end-search' | 'cancel-search' | 'cycle-filter' | 'clear-selection'}
	/** An edit of the search being typed, applied to its latest text. */
	| {readonly type: 'edit-query'; readonly edit: TextEdit}
	| {readonly type: 'toggle-selected'; readonly userId: UserId}
	/** Selects all the given users, or clears them when all are already selected. */
	| {readonly type: 'toggle-all'; readonly userIds: readonly UserId[]};

/** A fresh table: no search, any status, nothing selected. */
export const initialUserBrowserState: UserBrowserState = {query: '', isSearching: false, queryBefore: '', filter: 'any', selected: new Set()};

/** Pure reducer of a users table's search, filter and selection. */
export function userBrowserReducer(state: UserBrowserState, action: UserBrowserAction): UserBrowserState {
	switch (action.type) {
		case 'start-search': {
			return {...state, isSearching: true, queryBefore: state.query};
		}

		case 'end-search': {
			return {...state, isSearching: false};
		}

		case 'cancel-search': {
			return {...state, isSearching: false, query: state.queryBefore};
		}

		case 'edit-query': {
			return {...state, query: action.edit(state.query)};
		}

		case 'cycle-filter': {
			return {...state, filter: nextMfaFilter(state.filter)};
		}

		case 'clear-selection': {
			return {...state, selected: new Set()};
		}

		case 'toggle-selected': {
			const selected = new Set(state.selected);
			if (selected.has(action.userId)) {
				selected.delete(action.userId);
			} else {
				selected.add(action.userId);
			}

			return {...state, selected};
		}

		case 'toggle-all': {
			const allSelected = action.userIds.length > 0 && action.userIds.every((id) => state.selected.has(id));
			return {...state, selected: allSelected ? new Set() : new Set(action.userIds)};
		}
	}
}

/** A users table: its state, the filtered rows, the list cursor and the user under it. */
export type UserBrowser = {
	readonly state: UserBrowserState;
	readonly dispatch: (action: UserBrowserAction) => void;
	readonly all: readonly User[];
	readonly rows: readonly User[];
	readonly list: ListStateHandle;
	readonly current: User | undefined;
	/** The selected users that still exist, in table order. */
	readonly selectedUsers: readonly User[];
};

/** Where a users table keeps its search, filter, selection and cursor while another screen shows. */
export type UserBrowserMemory = {
	readonly browser: MemoryKey<UserBrowserState>;
	readonly list: MemoryKey<ListState>;
};

/** The memory slots of one users table (call once, at module level). A search being typed comes back kept. */
export function userBrowserMemory(name: string): UserBrowserMemory {
	return {browser: memoryKey<UserBrowserState>(`${name}.browser`, (saved) => ({...saved, isSearching: false})), list: memoryKey<ListState>(`${name}.list`)};
}

/**
 * The users of the session's tenant, sorted once per tenant change and filtered once per search or
 * filter change (useMemo), so moving the cursor in 10,000 rows does no list work at all. With `memory`,
 * the table is as it was left when its screen shows again.
 */
export function useUserBrowserState(listHeight: number, memory?: UserBrowserMemory): UserBrowser {
	const {state: sim} = useSessionView();
	const [state, dispatch] = useRememberedReducer(memory?.browser, userBrowserReducer, initialUserBrowserState);
	const all = useMemo(() => sortedUsers(sim.tenant.users), [sim.tenant.users]);
	const rows = useMemo(() => filterUsers(all, state.query, state.filter), [all, state.query, state.filter]);
	const list = useListState({count: rows.length, height: listHeight}, memory?.list);
	const selectedUsers = useMemo(() => (state.selected.size === 0 ? [] : all.filter((user) => state.selected.has(user.id))), [all, state.selected]);
	return {state, dispatch, all, rows, list, current: rows[list.state.cursor], selectedUsers};
}
