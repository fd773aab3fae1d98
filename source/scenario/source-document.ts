import {CST, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Lexer, parseDocument, type Document, type Node, type ParsedNode} from 'yaml';
import {formatPath, type IssuePath, type ScenarioIssue} from './issues.js';
import {forbiddenKeys, scenarioLimits} from './limits.js';
import {syntaxProblems, type SourceFormat} from './syntax-problems.js';

export type {SourceFormat} from './syntax-problems.js';

/** A parsed file that can turn a value path back into a line and column. */
export type SourceDocument = {
	readonly file: string;
	/** The plain data, built only after the hostile-input checks passed. */
	readonly value: unknown;
	/** An issue located at the deepest node of `path` that exists in the file. */
	issueAt(path: IssuePath, message: string): ScenarioIssue;
};

/** The outcome of reading text into data: the document, or every syntax and hostile-input problem. */
export type SourceResult = {readonly ok: true; readonly document: SourceDocument} | {readonly ok: false; readonly issues: readonly ScenarioIssue[]};

/** Number of bytes the text takes in UTF-8, without allocating an encoded copy. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) {
			bytes += 1;
		} else if (code < 0x800) {
			bytes += 2;
		} else if (code >= 0xd8_00 && code <= 0xdb_ff) {
			bytes += 4;
			index++;
		} else {
			bytes += 3;
		}
	}

	return bytes;
}

/**
 * Parses YAML or JSON text into data with positions. Refuses, with a located message and never a throw: files
 * over the size limit, syntax errors, duplicate keys, unknown tags, nesting deeper than the limit, huge strings,
 * `__proto__` / `constructor` / `prototype` keys and alias bombs.
 */
export function parseSource(text: string, options: {readonly file: string; readonly format: SourceFormat}): SourceResult {
	const {file} = options;
	const at = (line: number, column: number, path: string, message: string): ScenarioIssue => ({file, line, column, path, message});
	const size = text.length > scenarioLimits.maxFileBytes ? text.length : utf8Length(text);
	if (size > scenarioLimits.maxFileBytes) {
		const limit = scenarioLimits.maxFileBytes;
		return {ok: false, issues: [at(1, 1, '', `file is ${size} bytes; the limit is ${limit} bytes (${limit / 1024} KiB): split it or trim it`)]};
	}

	const source = text.replace(/^\uFEFF/, '');
	// Line starts from the text itself: the yaml package's LineCounter skips newlines it meets while recovering
	// from a syntax error, which put later issues on the wrong line.
	const lineStarts = lineStartsOf(source);
	const position = (offset: number): {line: number; col: number} => positionOf(lineStarts, offset);
	const deep = deepFlowOffset(source, scenarioLimits.maxFlowDepthBeforeParse);
	if (deep !== undefined) {
		const {line, col} = position(deep);
		return {ok: false, issues: [at(line, col, '', `nesting is too deep (more than ${scenarioLimits.maxDepth} levels are refused)`)]};
	}

	let doc: Document.Parsed;
	try {
		// resolveKnownTags off: YAML 1.1 tags (!!omap, !!pairs, !!set, !!binary, !!timestamp) are refused like any
		// other tag. Resolved, their pairs slipped past the key and depth checks and !!binary keys made the yaml
		// package print a warning to stderr.
		doc = parseDocument(source, {prettyErrors: false, schema: options.format === 'json' ? 'json' : 'core', uniqueKeys: true, resolveKnownTags: false});
	} catch {
		return {ok: false, issues: [at(1, 1, '', 'the file could not be parsed (it is too deeply nested or too complex)')]};
	}

	const syntax = syntaxProblems(doc, options.format, (offset) => {
		const {line, col} = position(offset);
		return offset >= source.trimEnd().length ? 'the end of the file' : `${line}:${col}`;
	}).map(({offset, message}) => {
		const {line, col} = position(offset);
		return at(line, col, '', message);
	});
	if (syntax.length > 0) {
		return {ok: false, issues: syntax.slice(0, scenarioLimits.maxIssues)};
	}

	const hostile: ScenarioIssue[] = [];
	inspect(doc.contents, [], 0, {anchors: new Map(), ancestors: new Set()}, (node, path, message) => {
		if (hostile.length < scenarioLimits.maxIssues) {
			const {line, col} = position(node.range?.[0] ?? 0);
			hostile.push(at(line, col, formatPath(path), message));
		}
	});
	if (hostile.length > 0) {
		return {ok: false, issues: hostile};
	}

	if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
		return {ok: false, issues: [at(1, 1, '', 'the file is empty: expected a map of key: value pairs')]};
	}

	let value: unknown;
	try {
		value = doc.toJS({maxAliasCount: scenarioLimits.maxAliasCount});
	} catch (error: unknown) {
		const bomb = error instanceof Error && /alias/i.test(error.message);
		const message = bomb
			? `aliases expand too much (more than ${scenarioLimits.maxAliasCount} expansions): this looks like an alias bomb`
			: 'the file could not be read as data (it is too deeply nested or too complex)';
		return {ok: false, issues: [at(1, 1, '', message)]};
	}

	const issueAt = (path: IssuePath, message: string): ScenarioIssue => {
		const offset = offsetOf(doc.contents, path);
		const {line, col} = position(offset);
		return at(line, col, formatPath(path), message);
	};

	return {ok: true, document: {file, value, issueAt}};
}

/** Tokens of the yaml lexer that mark a state and take up no source text. */
const zeroWidthTokens: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * The offset where flow collections (`[`, `{`) first nest deeper than `limit`, or undefined. Only a text with more
 * than `limit` opening brackets can, so most files skip the lexer pass; the lexer is iterative and reads quoted
 * strings and comments as they are, so brackets inside them don't count.
 */
function deepFlowOffset(text: string, limit: number): number | undefined {
	let openers = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x5b || code === 0x7b) {
			openers++;
		}
	}

	if (openers <= limit) {
		return undefined;
	}

	let depth = 0;
	let offset = 0;
	for (const token of new Lexer().lex(text)) {
		if (token === '[' || token === '{') {
			depth++;
			if (depth > limit) {
				return offset;
			}
		} else if (token === ']' || token === '}') {
			depth = Math.max(0, depth - 1);
		}

		if (!zeroWidthTokens.has(token)) {
			offset += token.length;
		}
	}

	return undefined;
}

/** Offsets where lines start: after each \n, \r\n or lone \r, as editors count lines. */
function lineStartsOf(text: string): number[] {
	const starts = [0];
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
			starts.push(index + 1);
		}
	}

	return starts;
}

/** 1-based line and column of an offset, by binary search over the line starts. */
function positionOf(lineStarts: readonly number[], offset: number): {line: number; col: number} {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (lineStarts[middle]! <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return {line: low + 1, col: offset - lineStarts[low]! + 1};
}

type Report = (node: Node, path: IssuePath, message: string) => void;

/**
 * What the walk has seen: the latest node defined for each anchor (document order, as YAML resolves an alias)
 * and the collections it is inside. An alias to one of those would make cyclic data, which overflows the stack
 * of everything that walks it (one alias is far below the alias-count limit).
 */
type Walk = {readonly anchors: Map<string, Node>; readonly ancestors: Set<Node>};

function inspect(node: ParsedNode | Node | null | undefined, path: PropertyKey[], depth: number, walk: Walk, report: Report): void {
	if (!node) {
		return;
	}

	if (isAlias(node)) {
		const target = walk.anchors.get(node.source);
		if (target !== undefined && walk.ancestors.has(target)) {
			report(node, path, `alias *${node.source} points back into the node anchored &${node.source} that contains it: cyclic data is not allowed`);
		}

		return;
	}

	if (node.anchor !== undefined) {
		walk.anchors.set(node.anchor, node);
	}

	if (isScalar(node)) {
		if (typeof node.value === 'string' && node.value.length > scenarioLimits.maxStringLength) {
			report(node, path, `string is ${node.value.length} characters long; the limit is ${scenarioLimits.maxStringLength}`);
		}

		return;
	}

	if (!isCollection(node)) {
		return;
	}

	if (depth >= scenarioLimits.maxDepth) {
		report(node, path, `nesting is too deep (more than ${scenarioLimits.maxDepth} levels are refused)`);
		return;
	}

	walk.ancestors.add(node);
	inspectCollection(node, path, depth, walk, report);
	walk.ancestors.delete(node);
}

function inspectCollection(node: Node, path: PropertyKey[], depth: number, walk: Walk, report: Report): void {
	if (isSeq(node)) {
		for (const [index, item] of node.items.entries()) {
			inspect(item as Node, [...path, index], depth + 1, walk, report);
		}

		return;
	}

	if (!isMap(node)) {
		return;
	}

	for (const pair of node.items) {
		if (!isPair(pair)) {
			continue;
		}

		const key = pair.key as Node | null;
		if (!isScalar(key)) {
			report(key ?? node, path, 'keys must be plain text, not lists, maps or aliases');
			continue;
		}

		if (key.anchor !== undefined) {
			walk.anchors.set(key.anchor, key);
		}

		const name = String(key.value);
		if (forbiddenKeys.has(name)) {
			report(key, [...path, name], `key "${name}" is not allowed (it could reach an object's prototype)`);
			continue;
		}

		if (name.length > 200) {
			report(key, path, `a key is ${name.length} characters long; the limit is 200`);
			continue;
		}

		inspect(pair.value as Node | null, [...path, name], depth + 1, walk, report);
	}
}

/** Offset of the deepest node on `path`: a value, or the key it hangs from when the value is a collection or absent. */
function offsetOf(root: Node | null, path: IssuePath): number {
	let node: Node | null = root;
	let keyOffset: number | undefined;
	for (const part of path) {
		if (!node || isAlias(node)) {
			break;
		}

		if (isMap(node)) {
			const pair = node.items.find((each) => isScalar(each.key) && String(each.key.value) === String(part));
			if (!pair) {
				break;
			}

			keyOffset = (pair.key as Node).range?.[0];
			node = (pair.value as Node | null) ?? null;
			if (!node) {
				return keyOffset ?? 0;
			}

			continue;
		}

		if (isSeq(node) && typeof part === 'number' && part < node.items.length) {
			node = node.items[part] as Node;
			keyOffset = undefined;
			continue;
		}

		break;
	}

	if (node && !isCollection(node) && node.range) {
		return node.range[0];
	}

	return keyOffset ?? node?.range?.[0] ?? 0;
}
