/** Reading and writing plain data (parsed YAML or JSON) at a path of keys and list indexes. */
import type {IssuePath} from './issues.js';

/** True for a map (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value `path` leads to in `root`, or undefined when a step of it is missing. */
export function containerAt(root: unknown, path: IssuePath): unknown {
	let node = root;
	for (const part of path) {
		if (Array.isArray(node) && typeof part === 'number') {
			node = node[part];
		} else if (isRecord(node) && typeof part === 'string' && Object.hasOwn(node, part)) {
			node = node[part];
		} else {
			return undefined;
		}
	}

	return node;
}

/** Sets (or with `undefined`, removes) the value at `path`; false when its container is missing. */
export function setAt(root: Record<string, unknown>, path: IssuePath, value: unknown): boolean {
	const parent = containerAt(root, path.slice(0, -1));
	const key = path.at(-1);
	if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
		parent[key] = value;
		return true;
	}

	if (isRecord(parent) && typeof key === 'string') {
		if (value === undefined) {
			Reflect.deleteProperty(parent, key);
		} else {
			Object.defineProperty(parent, key, {value, enumerable: true, writable: true, configurable: true});
		}

		return true;
	}

	return false;
}
