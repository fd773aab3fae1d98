import {strokeText, type NamedKey} from '../key-stroke.js';

/**
 * One line of the footer and help overlay: the keys and what they do, e.g. `{keys: '/', label: 'search'}`.
 * THE key table draws its footer in this shape; admin screens export theirs in it.
 */
export type KeyHint = {
	readonly keys: string;
	readonly label: string;
};

const arrowKeys: Readonly<Record<string, NamedKey>> = {'↑': 'up', '↓': 'down', '←': 'left', '→': 'right'};

/**
 * Key text as the display can draw it. Without Unicode each run of arrows becomes the words THE key
 * table writes for those keys (`strokeText`), joined like its compact keys: `↑↓` -> `Up/Down`,
 * `←→` -> `Left/Right`, `↑` -> `Up`. Pure.
 */
export function keyText(keys: string, unicode: boolean): string {
	if (unicode) {
		return keys;
	}

	return keys.replaceAll(/[↑↓←→]+/g, (run) => [...run].map((arrow) => strokeText({key: arrowKeys[arrow] ?? 'up'}, false)).join('/'));
}

/** Key hints as the display can draw them (see `keyText`). Pure. */
export function hintsFor(hints: readonly KeyHint[], unicode: boolean): readonly KeyHint[] {
	return unicode ? hints : hints.map((hint) => ({keys: keyText(hint.keys, false), label: hint.label}));
}
