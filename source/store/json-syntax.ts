/**
 * Where JSON text stops being JSON, as a line, a column and what was expected there. V8's messages give
 * no position for an unexpected character and quote the text around it (line breaks included), so a
 * user-facing sentence cannot be built from them.
 */

/** The first syntax error in some JSON text: 1-based line and column, and what was wrong there. */
export type JsonSyntaxError = {readonly line: number; readonly column: number; readonly message: string};

type Expectation = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';

const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function skipSpace(text: string, index: number): number {
	let at = index;
	while (at < text.length && ' \t\n\r'.includes(text[at]!)) {
		at++;
	}

	return at;
}

/** The end of the string starting at `start` (a quote), or the offset and problem of its first error. */
function scanString(text: string, start: number): number | {readonly at: number; readonly problem: string} {
	let at = start + 1;
	while (at < text.length) {
		const character = text[at]!;
		if (character === '"') {
			return at + 1;
		}

		if (character === '\\') {
			const next = text[at + 1];
			if (next === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
				at += 6;
			} else if (next !== undefined && escapes.has(next)) {
				at += 2;
			} else {
				return {at, problem: 'a string holds an invalid escape (\\ must be followed by ", \\, /, b, f, n, r, t or u and four hex digits)'};
			}
		} else if (character.charCodeAt(0) < 0x20) {
			return {at, problem: 'a string is not closed on its line (a line break or control character inside quotes)'};
		} else {
			at++;
		}
	}

	return {at, problem: 'a string is not closed (the file ends inside quotes)'};
}

function found(text: string, at: number): string {
	if (at >= text.length) {
		return 'the end of the file';
	}

	const character = String.fromCodePoint(text.codePointAt(at)!);
	return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `"${character}"` : `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const wanted: Readonly<Record<Expectation, string>> = {
	value: 'a value',
	'value-or-close': 'a value or "]"',
	key: 'a double-quoted field name',
	'key-or-close': 'a double-quoted field name or "}"',
	colon: '":" after the field name',
	'after-value': '"," or the end of the list or object',
};

function scan(text: string): {readonly at: number; readonly problem: string} | undefined {
	const open: string[] = [];
	let expect: Expectation = 'value';
	let at = 0;
	for (;;) {
		at = skipSpace(text, at);
		const character = text[at];
		if (expect === 'after-value') {
			const top = open.at(-1);
			if (top === undefined) {
				return at < text.length ? {at, problem: `expected the end of the file after the JSON value, found ${found(text, at)}`} : undefined;
			}

			if (character === ',') {
				expect = top === '{' ? 'key' : 'value';
				at++;
			} else if (character === (top === '{' ? '}' : ']')) {
				open.pop();
				at++;
			} else {
				return {at, problem: `expected "," or "${top === '{' ? '}' : ']'}", found ${found(text, at)}`};
			}

			continue;
		}

		if (expect === 'colon') {
			if (character !== ':') {
				return {at, problem: `expected ${wanted.colon}, found ${found(text, at)}`};
			}

			expect = 'value';
			at++;
			continue;
		}

		if ((expect === 'key-or-close' && character === '}') || (expect === 'value-or-close' && character === ']')) {
			open.pop();
			expect = 'after-value';
			at++;
			continue;
		}

		if (expect === 'key' || expect === 'key-or-close') {
			if (character !== '"') {
				return {at, problem: `expected ${wanted[expect]}, found ${found(text, at)}`};
			}

			const end = scanString(text, at);
			if (typeof end !== 'number') {
				return end;
			}

			expect = 'colon';
			at = end;
			continue;
		}

		// A value is expected.
		if (character === '{' || character === '[') {
			open.push(character);
			expect = character === '{' ? 'key-or-close' : 'value-or-close';
			at++;
			continue;
		}

		if (character === '"') {
			const end = scanString(text, at);
			if (typeof end !== 'number') {
				return end;
			}

			expect = 'after-value';
			at = end;
			continue;
		}

		literal.lastIndex = at;
		const match = literal.exec(text);
		if (match === null) {
			return {at, problem: `expected ${wanted[expect]}, found ${found(text, at)}`};
		}

		expect = 'after-value';
		at += match[0].length;
	}
}

/**
 * The first syntax error in `text`, or undefined when it is valid JSON. Iterative (no recursion), so deep
 * nesting cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	const error = scan(text);
	if (error === undefined) {
		return undefined;
	}

	const before = text.slice(0, error.at);
	const lineStart = before.lastIndexOf('\n') + 1;
	return {line: before.split('\n').length, column: error.at - lineStart + 1, message: error.problem};
}

/** `line 3, column 7: expected ...`: why text is not JSON, in one line (V8's message, flattened, if the scan finds nothing). */
export function describeJsonSyntaxError(text: string, parseError: unknown): string {
	const error = findJsonSyntaxError(text);
	if (error !== undefined) {
		return `line ${error.line}, column ${error.column}: ${error.message}`;
	}

	return parseError instanceof Error ? parseError.message.replaceAll(/\s+/g, ' ') : 'not JSON';
}
