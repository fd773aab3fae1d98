import type {Key} from 'ink';
import {useKeys} from '../components/key-layers.js';
import {intentOf, type KeyIntent, type KeyScope} from '../key-bindings.js';

/** Called with the intent a key press means, plus the raw press (e.g. which digit `navigate.jump` got). */
export type IntentHandler = (intent: KeyIntent, input: string, key: Key) => void;

/**
 * Listens to key presses and hands over the intents they mean in the given scopes, as THE key
 * table (key-bindings.ts) says; presses that mean nothing here are ignored. Goes through
 * `useKeys`, so under the workspace's KeyLayerHost each key meets the handler of the last render
 * (Ink alone subscribes in passive effects, and a key typed right after a change could be lost).
 */
export function useKeyIntents(scopes: readonly KeyScope[], onIntent: IntentHandler, options: {readonly isActive?: boolean} = {}): void {
	useKeys(
		(input, key) => {
			const intent = intentOf(scopes, input, key);
			if (intent !== undefined) {
				onIntent(intent, input, key);
			}
		},
		{isActive: options.isActive ?? true},
	);
}
