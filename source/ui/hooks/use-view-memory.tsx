import {createContext, useContext, useLayoutEffect, useReducer, useState, type ReactNode} from 'react';

/** Where one kind of view state is kept: a module constant, so two views never share a slot by accident. */
export type MemoryKey<State> = {
	readonly name: string;
	/** What a view shown again starts from, given what it held when it was left (e.g. not typing any more). */
	readonly restore: (saved: State) => State;
};

/** A memory slot for one kind of state; `restore` adjusts what was saved as the view comes back. */
export function memoryKey<State>(name: string, restore: (saved: State) => State = (saved) => saved): MemoryKey<State> {
	return {name, restore};
}

// Keyed by the key objects themselves: a slot holds only what its key's own hook kept, so it has the key's type.
type Memory = Map<object, unknown>;

const MemoryContext = createContext<Memory | undefined>(undefined);

/**
 * Keeps the views' own state (a search, a filter, a cursor) for as long as it is mounted, so a screen the
 * workspace shows again is as the trainee left it. Why: the workspace mounts only the screen on show,
 * and a screen that came back empty let Enter open another user than the one the trainee had found.
 */
export function ViewMemoryProvider({children}: {readonly children: ReactNode}) {
	const [memory] = useState<Memory>(() => new Map());
	return <MemoryContext.Provider value={memory}>{children}</MemoryContext.Provider>;
}

/**
 * `useReducer` whose state outlives the component under a `ViewMemoryProvider`: it starts from what was
 * kept under `key` (through `key.restore`), else from `initial`, and keeps every state it commits.
 * Without a provider or a key it is `useReducer`.
 */
export function useRememberedReducer<State, Action>(key: MemoryKey<State> | undefined, reducer: (state: State, action: Action) => State, initial: State): [State, (action: Action) => void] {
	const memory = useContext(MemoryContext);
	const [state, dispatch] = useReducer(reducer, initial, (fresh): State => (memory !== undefined && key !== undefined && memory.has(key) ? key.restore(memory.get(key) as State) : fresh));
	useLayoutEffect(() => {
		if (memory !== undefined && key !== undefined) {
			memory.set(key, state);
		}
	}, [memory, key, state]);
	return [state, dispatch];
}

/** What is kept under `key` now (read as the caller renders), or undefined without a provider or a kept value. */
export function useKeptValue<State>(key: MemoryKey<State>): State | undefined {
	const memory = useContext(MemoryContext);
	return memory?.get(key) as State | undefined;
}

/** A new value, or an updater of the latest one, as `useState` takes them. */
export type StateUpdate<State> = State | ((state: State) => State);

function applyUpdate<State>(state: State, update: StateUpdate<State>): State {
	return typeof update === 'function' ? (update as (state: State) => State)(state) : update;
}

/** `useState` whose value outlives the component under a `ViewMemoryProvider` (see `useRememberedReducer`). Don't use it for function values. */
export function useRememberedState<State>(key: MemoryKey<State> | undefined, initial: State): [State, (update: StateUpdate<State>) => void] {
	return useRememberedReducer<State, StateUpdate<State>>(key, applyUpdate, initial);
}
