import {isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type ParsedNode} from 'yaml';
import {formatPath, type IssuePath, type ScenarioIssue} from './issues.js';
import {forbiddenKeys, scenarioLimits} from './limits.js';

/** Which syntax a file is written in; JSON goes through the same YAML parser (YAML 1.2 is a superset). */
export type SourceFormat = 'yaml' | 'json';

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

	const lineCounter = new LineCounter();
	let doc: Document.Parsed;
	try {
		doc = parseDocument(text.replace(/^\uFEFF/, ''), {lineCounter, prettyErrors: false, schema: options.format === 'json' ? 'json' : 'core', uniqueKeys: true});
	} catch {
		return {ok: false, issues: [at(1, 1, '', 'the file could not be parsed (it is too deeply nested or too complex)')]};
	}

	const position = (offset: number): {line: number; col: number} => lineCounter.linePos(offset);
	const syntax = [...doc.errors, ...doc.warnings].map((error) => {
		const {line, col} = position(error.pos[0]);
		return at(line, col, '', syntaxMessage(error.code, error.message, options.format));
	});
	if (syntax.length > 0) {
		return {ok: false, issues: syntax.slice(0, scenarioLimits.maxIssues)};
	}

	const hostile: ScenarioIssue[] = [];
	inspect(doc.contents, [], 0, (node, path, message) => {
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

function syntaxMessage(code: string, message: string, format: SourceFormat): string {
	const text = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	switch (code) {
		case 'RESOURCE_EXHAUSTION': {
			return `nesting is too deep (more than ${scenarioLimits.maxDepth} levels are refused)`;
		}

		case 'MULTIPLE_DOCS': {
			return 'a file holds one document: remove the second one (after ---)';
		}

		case 'TAG_RESOLVE_FAILED': {
			return `tags such as ${text.replace(/^Unresolved tag: tag:yaml\.org,2002:/, '!!').replace(/^Unresolved tag: /, '')} are not allowed: write plain values`;
		}

		default: {
			break;
		}
	}

	return `${format === 'json' ? 'JSON' : 'YAML'} syntax error: ${text}`;
}

type Report = (node: Node, path: IssuePath, message: string) => void;

function inspect(node: ParsedNode | Node | null | undefined, path: PropertyKey[], depth: number, report: Report): void {
	if (!node || isAlias(node)) {
		return;
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

	if (isSeq(node)) {
		for (const [index, item] of node.items.entries()) {
			inspect(item as Node, [...path, index], depth + 1, report);
		}

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

		const name = String(key.value);
		if (forbiddenKeys.has(name)) {
			report(key, [...path, name], `key "${name}" is not allowed (it could reach an object's prototype)`);
			continue;
		}

		if (name.length > 200) {
			report(key, path, `a key is ${name.length} characters long; the limit is 200`);
			continue;
		}

		inspect(pair.value as Node | null, [...path, name], depth + 1, report);
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
