/**
 * A persistent (immutable, structurally shared) record for the big keyed collections of the state: tenant
 * users and world people. Replacing one entry of a plain `{...record, [key]: value}` copies every key, so a
 * sign-in in a 100,000-user tenant spent its time copying the directory. Here an update copies one path of a
 * 32-way trie (about 4 arrays of 32 for 100,000 entries) and the result still reads as a plain record:
 * `record[key]`, `Object.hasOwn`, `Object.keys/values/entries`, spread, `JSON.stringify` and deep equality all
 * behave as on a plain object (it is a read-only Proxy over the trie). Writes through the proxy throw, and so
 * do `Object.freeze` and `structuredClone` (it is immutable already; spread it for a plain copy).
 *
 * Small records (below `persistentThreshold` entries) stay plain objects, so the many small states of tests
 * and scenarios are unchanged. Pure: no clock, no randomness, no I/O; the module's WeakMap only remembers
 * which proxies are records and is never observable.
 */

const bits = 5;
const width = 1 << bits;
const mask = width - 1;

/**
 * Records with at least this many entries are kept as tries; smaller ones stay plain objects, which is what
 * the small states of tests and most scenarios are (a persistent record cannot be frozen or structuredClone'd).
 * Copying a plain record is not cheap: a sign-in that spreads two 1,000-key records costs 30 times one that
 * updates two tries, so the threshold stays low.
 */
export const persistentThreshold = 64;

type Trie = readonly unknown[];

/**
 * One version of a record. `slots` and `keys` are shared by a line of versions and only ever appended to, by
 * the newest version (the tip): a version sees the first `count` keys and the slots below `count`, so what an
 * older version shows never changes. Adding a key to an older version copies them first.
 */
type Store = {
	/** Key to slot; entries at `count` or above belong to newer versions. */
	readonly slots: Map<string, number>;
	/** Own keys in the order a plain object lists them (integer-like keys first, then insertion order). */
	readonly keys: string[];
	readonly count: number;
	readonly root: Trie;
	/** Bits to shift the slot by at the root: 0 for a single leaf. */
	readonly shift: number;
};

const stores = new WeakMap<object, Store>();

function slotValue(store: Store, slot: number): unknown {
	let node = store.root;
	for (let level = store.shift; level > 0; level -= bits) {
		node = node[(slot >>> level) & mask] as Trie;
	}

	return node[slot & mask];
}

function setSlot(node: Trie | undefined, shift: number, slot: number, value: unknown): Trie {
	const copy = node ? [...node] : [];
	const index = (slot >>> shift) & mask;
	copy[index] = shift === 0 ? value : setSlot(copy[index] as Trie | undefined, shift - bits, slot, value);
	return copy;
}

function build(values: readonly unknown[]): {readonly root: Trie; readonly shift: number} {
	let level: Trie[] = [];
	for (let start = 0; start < values.length; start += width) {
		level.push(values.slice(start, start + width));
	}

	let shift = 0;
	while (level.length > 1) {
		const parents: Trie[] = [];
		for (let start = 0; start < level.length; start += width) {
			parents.push(level.slice(start, start + width));
		}

		level = parents;
		shift += bits;
	}

	return {root: level[0] ?? [], shift};
}

function isArrayIndex(key: string): boolean {
	return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}

/** Where a new key goes in plain-object order: integer-like keys ascending before the others. */
function withKey(keys: readonly string[], key: string): string[] {
	if (!isArrayIndex(key)) {
		return [...keys, key];
	}

	const value = Number(key);
	const position = keys.findIndex((each) => !isArrayIndex(each) || Number(each) > value);
	return position === -1 ? [...keys, key] : [...keys.slice(0, position), key, ...keys.slice(position)];
}

function slotOf(store: Store, key: string | symbol): number | undefined {
	const slot = typeof key === 'string' ? store.slots.get(key) : undefined;
	return slot !== undefined && slot < store.count ? slot : undefined;
}

function keysOf(store: Store): string[] {
	return store.keys.length === store.count ? store.keys : store.keys.slice(0, store.count);
}

const handler: ProxyHandler<object> = {
	get(target, key, receiver) {
		const store = stores.get(target)!;
		const slot = slotOf(store, key);
		return slot === undefined ? Reflect.get(target, key, receiver) : slotValue(store, slot);
	},
	has(target, key) {
		return slotOf(stores.get(target)!, key) !== undefined || Reflect.has(target, key);
	},
	ownKeys(target) {
		// The engine copies the list it is given, so the shared key list can be handed out as is.
		return keysOf(stores.get(target)!);
	},
	getOwnPropertyDescriptor(target, key) {
		const store = stores.get(target)!;
		const slot = slotOf(store, key);
		return slot === undefined ? undefined : {value: slotValue(store, slot), writable: true, enumerable: true, configurable: true};
	},
	set: () => false,
	defineProperty: () => false,
	deleteProperty: () => false,
	preventExtensions: () => false,
	setPrototypeOf: () => false,
};

function fromStore<V>(store: Store): Readonly<Record<string, V>> {
	const target = {};
	const proxy = new Proxy(target, handler);
	stores.set(target, store);
	stores.set(proxy, store);
	return proxy as Readonly<Record<string, V>>;
}

function storeOf(record: Readonly<Record<string, unknown>>): Store {
	const keys = Object.keys(record);
	const {root, shift} = build(keys.map((key) => record[key]));
	return {slots: new Map(keys.map((key, slot) => [key, slot])), keys, count: keys.length, root, shift};
}

/** True for a record made by this module (a persistent one), false for plain objects. */
export function isPersistentRecord(record: object): boolean {
	return stores.has(record);
}

/**
 * The record as a persistent one when it is large (at least `persistentThreshold` entries), otherwise the
 * record itself. Costs one pass over the record: builders call it once when a tenant loads, so the first
 * sign-in does not pay it. (A large plain record given to `recordWith` is converted on every call.)
 */
export function persistentRecord<V>(record: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
	if (stores.has(record)) {
		return record;
	}

	return Object.keys(record).length < persistentThreshold ? record : fromStore(storeOf(record));
}

/**
 * The record with `key` set to `value`, the input unchanged. Large records share everything but one trie
 * path. A new key is appended to the shared key list when the record is the newest version (so building a
 * record key by key stays linear); adding to an older version copies the list first.
 */
export function recordWith<V>(record: Readonly<Record<string, V>>, key: string, value: V): Readonly<Record<string, V>> {
	const existing = stores.get(record);
	if (!existing && Object.keys(record).length < persistentThreshold) {
		const copy: Record<string, V> = {...record};
		Object.defineProperty(copy, key, {value, enumerable: true, writable: true, configurable: true});
		return copy;
	}

	const store = existing ?? storeOf(record);
	const slot = slotOf(store, key);
	if (slot !== undefined) {
		return fromStore({...store, root: setSlot(store.root, store.shift, slot, value)});
	}

	const added = store.count;
	const isTip = store.slots.size === added && store.keys.length === added;
	const slots = isTip ? store.slots : new Map([...store.slots].filter(([, each]) => each < added));
	slots.set(key, added);
	let keys: string[];
	if (isArrayIndex(key)) {
		keys = withKey(keysOf(store), key);
	} else {
		keys = isTip ? store.keys : store.keys.slice(0, added);
		keys.push(key);
	}

	const grows = added >= width ** Math.floor(store.shift / bits + 1);
	const root = grows ? [store.root] : store.root;
	const shift = grows ? store.shift + bits : store.shift;
	return fromStore({slots, keys, count: added + 1, root: setSlot(root, shift, added, value), shift});
}
