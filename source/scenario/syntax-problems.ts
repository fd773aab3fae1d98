import {isScalar, visit, type Document, type YAMLError} from 'yaml';
import {scenarioLimits} from './limits.js';

/** Which syntax a file is written in; JSON goes through the same YAML parser (YAML 1.2 is a superset). */
export type SourceFormat = 'yaml' | 'json';

/** A syntax problem at an offset of the text. */
export type SyntaxProblem = {readonly offset: number; readonly message: string};

/**
 * The syntax errors and warnings of a parsed document, as messages an author can act on. Running out of stack
 * leaves half-read nodes behind, so then only that is said. An unclosed quote is reported where the string
 * opens (the yaml package notices it where the file ends), and the errors after it are dropped: they come from
 * reading the rest of the file as part of the string.
 */
export function syntaxProblems(doc: Document.Parsed, format: SourceFormat, describe: (offset: number) => string): SyntaxProblem[] {
	const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
	if (exhausted) {
		return [{offset: exhausted.pos[0], message: syntaxMessage(exhausted, format)}];
	}

	const all: readonly YAMLError[] = [...doc.errors, ...doc.warnings];
	const located = (error: YAMLError): SyntaxProblem => unclosedFlow(doc, error, format, describe) ?? {offset: error.pos[0], message: syntaxMessage(error, format)};
	const unclosed = all.find((error) => error.code === 'MISSING_CHAR' && /^Missing closing .quote/.test(error.message));
	const opened = unclosed === undefined ? undefined : quoteStart(doc, unclosed.pos[0]);
	if (unclosed === undefined || opened === undefined) {
		return all.map(located);
	}

	const quote = /^Missing closing (.)quote/.exec(unclosed.message)?.[1] ?? '"';
	const before = all.filter((error) => error.pos[0] < opened).map(located);
	const message = `${prefix(format)}the string opened here with ${quote} is never closed; add the closing ${quote} (the parser read on to ${describe(unclosed.pos[0])} looking for it)`;
	return [...before, {offset: opened, message}];
}

/**
 * A flow list or map (`[`, `{`) the parser found unclosed where a line with less indentation starts: said where
 * it opens, since the fix (the closing bracket, or more indentation on the lines that continue it) is there.
 */
function unclosedFlow(doc: Document.Parsed, error: YAMLError, format: SourceFormat, describe: (offset: number) => string): SyntaxProblem | undefined {
	const bracket = error.code === 'BAD_INDENT' ? /^Flow (sequence|map) in block collection must be sufficiently indented and end with an? ([\]}])/.exec(error.message) : null;
	if (bracket === null) {
		return undefined;
	}

	const isSequence = bracket[1] === 'sequence';
	let start: number | undefined;
	const find = (_key: unknown, node: {readonly flow?: boolean; readonly range?: readonly number[] | null}) => {
		if (node.flow === true && node.range && node.range[0]! < error.pos[0] && node.range[1] === error.pos[0]) {
			start = Math.max(start ?? 0, node.range[0]!);
		}
	};

	visit(doc, isSequence ? {Seq: find} : {Map: find});
	if (start === undefined) {
		return undefined;
	}

	const what = isSequence ? 'list opened here with [' : 'map opened here with {';
	return {offset: start, message: `${prefix(format)}the ${what} is not closed before ${describe(error.pos[0])}: add the closing ${bracket[2]!}, or indent the lines that continue it further`};
}

/** Where the quoted scalar that runs on to `end` opens. */
function quoteStart(doc: Document.Parsed, end: number): number | undefined {
	let start: number | undefined;
	visit(doc, {
		Scalar(_key, node) {
			const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
			if (quoted && isScalar(node) && node.range && node.range[0] < end && node.range[1] >= end) {
				start = node.range[0];
				return visit.BREAK;
			}

			return undefined;
		},
	});
	return start;
}

function prefix(format: SourceFormat): string {
	return `${format === 'json' ? 'JSON' : 'YAML'} syntax error: `;
}

function syntaxMessage(error: YAMLError, format: SourceFormat): string {
	const text = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	switch (error.code) {
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
			return `${prefix(format)}${text}`;
		}
	}
}
