import {createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, type ReactNode} from 'react';
import {useInput, type Key} from 'ink';
import {useReadQueue} from './use-read-queue.js';

/** A key handler as Ink calls it. */
export type KeyHandler = (input: string, key: Key) => void;

type Layer = {
	current: {readonly handler: KeyHandler; readonly isActive: boolean; readonly isTyping: boolean};
};

type Registry = {
	readonly add: (layer: Layer) => () => void;
};

const RegistryContext = createContext<Registry | undefined>(undefined);

/** What a terminal sends for Ctrl+C in raw mode. */
const ctrlC = '\u0003';

/**
 * The key press as the handlers should see it. Keys typed while the app is busy reach Ink in one read
 * (`y` then Ctrl+C arrive as `"y\u0003"`), which no binding matches: a read holding Ctrl+C is Ctrl+C
 * alone (`c` with `ctrl`, as Ink reports it), so leaving never depends on how the keys were read. Pure.
 */
export function keyPressOf(input: string, key: Key): readonly [input: string, key: Key] {
	return input.length > 1 && input.includes(ctrlC) ? ['c', {...key, ctrl: true, meta: false, shift: false}] : [input, key];
}

/**
 * One Ink input subscription for a whole screen, routing each key to the widgets' `useKeys`
 * handlers. Why: Ink subscribes `useInput` handlers (and applies `isActive`) in passive effects,
 * which can run a few ticks after a render; a key typed in between would reach a stale handler
 * or miss a dialog that just opened. Widgets under a host register in layout effects, which run
 * synchronously with the render, so every key meets what the screen last drew. A read holding
 * Ctrl+C among other keys reaches them as Ctrl+C (`keyPressOf`); a run of plain characters read at
 * once (a paste, fast typing over SSH) reaches them key by key, each after the render of the one
 * before (`useReadQueue`). A host inside another host adds nothing.
 */
export function KeyLayerHost({children}: {readonly children: ReactNode}) {
	const outer = useContext(RegistryContext);
	const layers = useRef(new Set<Layer>());
	const registry = useMemo<Registry>(
		() => ({
			add(layer) {
				layers.current.add(layer);
				return () => {
					layers.current.delete(layer);
				};
			},
		}),
		[],
	);
	const deliver = useCallback((raw: string, rawKey: Key, followsInRead: boolean) => {
		const [input, key] = keyPressOf(raw, rawKey);
		// Every handler sees the state of the last render: Ink batches the updates they make.
		// A key that came in the same read as a key before it (a paste, a sentence typed into the wrong
		// place) reaches text fields only: pasting "sorry" on the menu must not submit (s) and confirm (y).
		for (const layer of [...layers.current]) {
			if (layer.current.isActive && (!followsInRead || layer.current.isTyping)) {
				layer.current.handler(input, key);
			}
		}
	}, []);
	const route = useReadQueue(deliver, outer === undefined);
	useInput(route, {isActive: outer === undefined});
	return outer === undefined ? <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider> : children;
}

/** Options of `useKeys`. */
export type KeyOptions = {
	readonly isActive: boolean;
	/**
	 * A text field is taking the keys: it also gets the keys that came in the same read as the key before
	 * (a paste), which other handlers never see. @default false
	 */
	readonly isTyping?: boolean;
};

/**
 * `useInput(handler, {isActive})` for widgets under a `KeyLayerHost`: the latest handler and
 * `isActive` are used for each key. Outside a host it subscribes to Ink directly, still reading
 * the latest handler from a ref.
 */
export function useKeys(handler: KeyHandler, {isActive, isTyping = false}: KeyOptions): void {
	const registry = useContext(RegistryContext);
	const layer = useRef<Layer>({current: {handler, isActive, isTyping}});
	useLayoutEffect(() => {
		layer.current.current = {handler, isActive, isTyping};
	});
	useLayoutEffect(() => registry?.add(layer.current), [registry]);
	const direct = useCallback((input: string, key: Key) => {
		if (layer.current.current.isActive) {
			layer.current.current.handler(...keyPressOf(input, key));
		}
	}, []);
	useInput(direct, {isActive: registry === undefined});
}
