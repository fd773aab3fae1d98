/**
 * Mutations of valid scenario files for the loader fuzz test. A case takes one seed file, optionally
 * changes its data (delete, duplicate, swap or add keys, change a value's type, nest it, hostile keys
 * and values) and writes it back as YAML or JSON, then changes the text (truncate, insert YAML syntax,
 * unicode or huge numbers, delete, duplicate or swap lines, re-indent, replace a scalar).
 */
import fc from 'fast-check';
import {parse, stringify} from 'yaml';

type Json = null | boolean | number | string | readonly Json[] | {readonly [key: string]: Json};

export type TreeMutation =
	| {readonly kind: 'delete-key'; readonly pick: number}
	| {readonly kind: 'duplicate-key'; readonly pick: number; readonly as: string}
	| {readonly kind: 'swap-values'; readonly a: number; readonly b: number}
	| {readonly kind: 'set'; readonly pick: number; readonly value: Json}
	| {readonly kind: 'add-key'; readonly pick: number; readonly key: string; readonly value: Json}
	| {readonly kind: 'nest'; readonly pick: number; readonly depth: number; readonly asList: boolean};

export type TextMutation =
	| {readonly kind: 'truncate'; readonly at: number}
	| {readonly kind: 'insert'; readonly at: number; readonly text: string}
	| {readonly kind: 'delete-line'; readonly line: number}
	| {readonly kind: 'duplicate-line'; readonly line: number}
	| {readonly kind: 'swap-lines'; readonly a: number; readonly b: number}
	| {readonly kind: 'indent'; readonly line: number; readonly by: number}
	| {readonly kind: 'replace-scalar'; readonly line: number; readonly text: string}
	/** Anchor the value on one line and alias it on another (a cycle when the alias lands inside the anchored node). */
	| {readonly kind: 'anchor-alias'; readonly anchor: number; readonly alias: number};

/** One fuzz case: which seed, the data changes (none for `original`: the seed's own text), the output format and the text changes. */
export type MutationCase = {
	readonly seed: number;
	readonly tree: readonly TreeMutation[];
	readonly format: 'yaml' | 'json' | 'original';
	readonly text: readonly TextMutation[];
};

const hugeString = 'x'.repeat(10_001);

/** Values that sit on or past a schema's edges, or are hostile. */
const edgeValues: readonly Json[] = [
	null,
	true,
	false,
	0,
	-1,
	1.5,
	1e308,
	-1e308,
	2 ** 53 + 1,
	'',
	' ',
	hugeString,
	'\u202E\u0000\uFEFF',
	'😀'.repeat(40),
	'\uD800',
	'${nope}',
	'${who}',
	'../../etc/passwd',
	'../../../fixtures/tenants/contoso-small',
	'/etc/passwd',
	String.raw`C:\Windows\system32`,
	'file:///etc/passwd',
	'__proto__',
	'constructor',
	'2024-02-30',
	'2024-13-01T00:00:00Z',
	'9999-12-31T23:59:59Z',
	'0001-01-01',
	'007',
	'NaN',
	'.inf',
	'yes',
	'~',
	'+1 4255550123',
	'203.0.113.0/24',
	'10.0.0.0/8',
	[],
	{},
	[null],
	[[[]]],
	{a: {b: {c: 1}}},
	{not: {not: {not: {perUserMfa: {user: 'priya', is: 'enforced'}}}}},
];

/** Keys worth adding: the prototype trio, YAML's merge key, nonsense and over-long keys. */
const edgeKeys: readonly string[] = ['__proto__', 'constructor', 'prototype', '<<', 'polluted', 'k'.repeat(201), 'id', 'title', 'secret', '${who}', '', 'ünïcödé', 'toString'];

/** Fragments of YAML syntax, control characters, unicode and numbers to splice into the text. */
const fragments: readonly string[] = [
	': ',
	'- ',
	'[',
	']',
	'{',
	'}',
	'&a ',
	'*a',
	'*nowhere',
	'!!python/object/apply:os.system ["id"] ',
	'!!binary ',
	'!custom ',
	'!!js/function "function(){}" ',
	'|',
	'>-',
	'#',
	"'",
	'"',
	'\t',
	'%YAML 1.1\n',
	'%TAG ! tag:evil.example,2024:\n',
	'---\n',
	'...\n',
	'? ',
	',',
	'\n',
	'\r\n',
	'\r',
	'\u0000',
	'\uFEFF',
	'\u2028',
	'\u0085',
	'<<: *a\n',
	'&__proto__ ',
	'__proto__: {polluted: 1}\n',
	'constructor: {prototype: {polluted: 1}}\n',
	'1e999',
	'-1e999',
	'0x7FFFFFFFFFFFFFFFF',
	'99999999999999999999999999999',
	'.nan',
	'2001-12-14t21:59:43.10-05:00',
	'${x}',
	'\\',
	'\u{1F600}',
	'\uDC00',
];

const fraction = fc.integer({min: 0, max: 1_000_000}).map((value) => value / 1_000_000);

const jsonValueArb: fc.Arbitrary<Json> = fc.oneof(
	{arbitrary: fc.constantFrom(...edgeValues), weight: 4},
	{arbitrary: fc.string({unit: 'grapheme', maxLength: 40}), weight: 2},
	{arbitrary: fc.string({unit: 'binary', maxLength: 20}), weight: 1},
	{arbitrary: fc.oneof(fc.integer(), fc.double({noNaN: true, noDefaultInfinity: true}), fc.bigInt({min: -(2n ** 70n), max: 2n ** 70n}).map(Number)), weight: 2},
	{arbitrary: fc.boolean(), weight: 1},
	{arbitrary: fc.array(fc.constantFrom<Json>('a', 1, null, true), {maxLength: 4}), weight: 1},
);

const keyArb: fc.Arbitrary<string> = fc.oneof({arbitrary: fc.constantFrom(...edgeKeys), weight: 3}, {arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 12}), weight: 1});

export const treeMutationArb: fc.Arbitrary<TreeMutation> = fc.oneof(
	fc.record({kind: fc.constant('delete-key' as const), pick: fc.nat()}),
	fc.record({kind: fc.constant('duplicate-key' as const), pick: fc.nat(), as: keyArb}),
	fc.record({kind: fc.constant('swap-values' as const), a: fc.nat(), b: fc.nat()}),
	fc.record({kind: fc.constant('set' as const), pick: fc.nat(), value: jsonValueArb}),
	fc.record({kind: fc.constant('add-key' as const), pick: fc.nat(), key: keyArb, value: jsonValueArb}),
	fc.record({kind: fc.constant('nest' as const), pick: fc.nat(), depth: fc.oneof(fc.integer({min: 1, max: 45}), fc.constant(200)), asList: fc.boolean()}),
);

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
	{arbitrary: fc.record({kind: fc.constant('truncate' as const), at: fraction}), weight: 1},
	{arbitrary: fc.record({kind: fc.constant('insert' as const), at: fraction, text: fc.oneof({arbitrary: fc.constantFrom(...fragments), weight: 4}, {arbitrary: fc.string({unit: 'binary', maxLength: 8}), weight: 1})}), weight: 4},
	{arbitrary: fc.record({kind: fc.constant('delete-line' as const), line: fraction}), weight: 2},
	{arbitrary: fc.record({kind: fc.constant('duplicate-line' as const), line: fraction}), weight: 2},
	{arbitrary: fc.record({kind: fc.constant('swap-lines' as const), a: fraction, b: fraction}), weight: 1},
	{arbitrary: fc.record({kind: fc.constant('indent' as const), line: fraction, by: fc.integer({min: -4, max: 4})}), weight: 1},
	{arbitrary: fc.record({kind: fc.constant('replace-scalar' as const), line: fraction, text: fc.oneof(fc.constantFrom(...fragments), jsonValueArb.map((value) => JSON.stringify(value) ?? 'null'))}), weight: 3},
	{arbitrary: fc.record({kind: fc.constant('anchor-alias' as const), anchor: fraction, alias: fraction}), weight: 2},
);

/** A case over `seeds` seed files: the seed's own text with one to three text changes, or its data changed and written back as YAML or JSON, then maybe changed as text. */
export function mutationCaseArb(seeds: number): fc.Arbitrary<MutationCase> {
	const seed = fc.noBias(fc.integer({min: 0, max: seeds - 1}));
	return fc.oneof(
		fc.record({seed, tree: fc.constant([]), format: fc.constant('original' as const), text: fc.array(textMutationArb, {minLength: 1, maxLength: 3})}),
		fc.record({seed, tree: fc.array(treeMutationArb, {minLength: 1, maxLength: 3}), format: fc.constantFrom('yaml' as const, 'json' as const), text: fc.array(textMutationArb, {maxLength: 2})}),
	);
}

// ---- Applying ------------------------------------------------------------------------------------

type Container = Record<string, unknown> | unknown[];
type Slot = {readonly parent: Container; readonly key: string | number};

/** Every slot (a key of a map or an index of a list) in the tree, in document order. */
function slotsOf(root: unknown): Slot[] {
	const slots: Slot[] = [];
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) {
			for (const [index, item] of node.entries()) {
				slots.push({parent: node, key: index});
				walk(item);
			}
		} else if (typeof node === 'object' && node !== null) {
			for (const [key, item] of Object.entries(node)) {
				slots.push({parent: node as Record<string, unknown>, key});
				walk(item);
			}
		}
	};

	walk(root);
	return slots;
}

function containersOf(root: unknown): Container[] {
	const found: Container[] = [];
	const walk = (node: unknown): void => {
		if (typeof node === 'object' && node !== null) {
			found.push(node as Container);
			for (const item of Object.values(node)) {
				walk(item);
			}
		}
	};

	walk(root);
	return found;
}

/** Sets an own property, even `__proto__` (as JSON.parse would). */
function put(parent: Container, key: string | number, value: unknown): void {
	Object.defineProperty(parent, key, {value, enumerable: true, writable: true, configurable: true});
}

function read(slot: Slot): unknown {
	return (slot.parent as Record<string | number, unknown>)[slot.key];
}

function applyTree(root: unknown, mutation: TreeMutation): void {
	const slots = slotsOf(root);
	const at = (index: number): Slot | undefined => slots[index % Math.max(1, slots.length)];
	switch (mutation.kind) {
		case 'delete-key': {
			const slot = at(mutation.pick);
			if (slot && Array.isArray(slot.parent)) {
				slot.parent.splice(Number(slot.key), 1);
			} else if (slot) {
				delete (slot.parent as Record<string, unknown>)[slot.key];
			}

			return;
		}

		case 'duplicate-key': {
			const slot = at(mutation.pick);
			if (slot && Array.isArray(slot.parent)) {
				slot.parent.push(structuredClone(read(slot)));
			} else if (slot) {
				put(slot.parent, mutation.as, structuredClone(read(slot)));
			}

			return;
		}

		case 'swap-values': {
			const a = at(mutation.a);
			const b = at(mutation.b);
			if (a && b) {
				const value = read(a);
				put(a.parent, a.key, read(b));
				put(b.parent, b.key, value);
			}

			return;
		}

		case 'set': {
			const slot = at(mutation.pick);
			if (slot) {
				put(slot.parent, slot.key, structuredClone(mutation.value));
			}

			return;
		}

		case 'add-key': {
			const containers = containersOf(root);
			const target = containers[mutation.pick % Math.max(1, containers.length)];
			if (Array.isArray(target)) {
				target.push(structuredClone(mutation.value));
			} else if (target) {
				put(target, mutation.key, structuredClone(mutation.value));
			}

			return;
		}

		case 'nest': {
			const slot = at(mutation.pick);
			if (slot) {
				let value = read(slot);
				for (let level = 0; level < mutation.depth; level++) {
					value = mutation.asList ? [value] : {not: value};
				}

				put(slot.parent, slot.key, value);
			}
		}
	}
}

function lineIndex(lines: readonly string[], position: number): number {
	return Math.min(lines.length - 1, Math.floor(position * lines.length));
}

function applyText(text: string, mutation: TextMutation): string {
	const lines = text.split('\n');
	switch (mutation.kind) {
		case 'truncate': {
			return text.slice(0, Math.floor(mutation.at * text.length));
		}

		case 'insert': {
			const at = Math.floor(mutation.at * text.length);
			return text.slice(0, at) + mutation.text + text.slice(at);
		}

		case 'delete-line': {
			lines.splice(lineIndex(lines, mutation.line), 1);
			return lines.join('\n');
		}

		case 'duplicate-line': {
			const index = lineIndex(lines, mutation.line);
			lines.splice(index, 0, lines[index] ?? '');
			return lines.join('\n');
		}

		case 'swap-lines': {
			const a = lineIndex(lines, mutation.a);
			const b = lineIndex(lines, mutation.b);
			[lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
			return lines.join('\n');
		}

		case 'indent': {
			const index = lineIndex(lines, mutation.line);
			const line = lines[index] ?? '';
			lines[index] = mutation.by >= 0 ? ' '.repeat(mutation.by) + line : line.slice(Math.min(-mutation.by, line.length - line.trimStart().length));
			return lines.join('\n');
		}

		case 'replace-scalar': {
			const index = lineIndex(lines, mutation.line);
			const line = lines[index] ?? '';
			const colon = line.indexOf(': ');
			lines[index] = colon === -1 ? mutation.text : `${line.slice(0, colon + 2)}${mutation.text}`;
			return lines.join('\n');
		}

		case 'anchor-alias': {
			const anchorAt = lineIndex(lines, Math.min(mutation.anchor, mutation.alias));
			const aliasAt = lineIndex(lines, Math.max(mutation.anchor, mutation.alias));
			const line = lines[anchorAt] ?? '';
			const colon = line.indexOf(':');
			lines[anchorAt] = colon === -1 ? `&z ${line}` : `${line.slice(0, colon + 1)} &z${line.slice(colon + 1)}`;
			const target = lines[aliasAt] ?? '';
			const valueAt = target.indexOf(': ');
			lines[aliasAt] = valueAt === -1 ? `${target.slice(0, target.length - target.trimStart().length)}- *z` : `${target.slice(0, valueAt + 2)}*z`;
			return lines.join('\n');
		}
	}
}

const parsedSeeds = new Map<string, unknown>();

/** The mutated file: its text and the name it is parsed under (.json for JSON output). */
export function applyCase(seedText: string, seedName: string, mutation: MutationCase): {readonly text: string; readonly fileName: string} {
	let text = seedText;
	let fileName = seedName;
	if (mutation.format !== 'original') {
		let parsed = parsedSeeds.get(seedText);
		if (parsed === undefined) {
			parsed = parse(seedText) as unknown;
			parsedSeeds.set(seedText, parsed);
		}

		const data = structuredClone(parsed);
		for (const each of mutation.tree) {
			applyTree(data, each);
		}

		if (mutation.format === 'json') {
			text = JSON.stringify(data, undefined, 2) ?? 'null';
			fileName = seedName.replace(/\.ya?ml$/, '.json');
		} else {
			text = stringify(data, {aliasDuplicateObjects: false, lineWidth: 0});
		}
	}

	for (const each of mutation.text) {
		text = applyText(text, each);
	}

	return {text, fileName};
}
