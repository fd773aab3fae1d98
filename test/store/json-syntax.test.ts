import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {describeJsonSyntaxError, findJsonSyntaxError} from '../../source/store/json-syntax.js';

function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

/** JSON text with one edit: a character deleted or inserted, or the end cut off. */
const nearlyJson = fc
	.tuple(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert', 'cut'), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', '-', '.', 'e', ' ', '\n', '\t', '\u0001', 'n'))
	.map(([text, position, edit, character]) => {
		const at = text.length === 0 ? 0 : position % text.length;
		return edit === 'delete' ? text.slice(0, at) + text.slice(at + 1) : edit === 'insert' ? text.slice(0, at) + character + text.slice(at) : text.slice(0, at);
	});

describe('where JSON text stops being JSON', () => {
	test.each([
		['my notes\n', 1, 1, 'expected a value, found "m"'],
		['{"a": 1,\n "b": tru}', 2, 7, 'expected a value, found "t"'],
		['{"a": 1,}', 1, 9, 'expected a double-quoted field name, found "}"'],
		['{"a" 1}', 1, 6, 'expected ":" after the field name, found "1"'],
		['[1, 2', 1, 6, 'expected "," or "]", found the end of the file'],
		['{"a": "line\nbreak"}', 1, 12, 'a string is not closed on its line (a line break or control character inside quotes)'],
		['{"a": "\\q"}', 1, 8, 'a string holds an invalid escape'],
		['{"a": 1}\n{"b": 2}', 2, 1, 'expected the end of the file after the JSON value, found "{"'],
		['\uFEFF{}', 1, 1, 'expected a value, found U+FEFF'],
		['"open', 1, 6, 'a string is not closed (the file ends inside quotes)'],
	])('%j: line %i, column %i', (text, line, column, message) => {
		expect(parses(text)).toBe(false);
		const error = findJsonSyntaxError(text)!;
		expect([error.line, error.column]).toEqual([line, column]);
		expect(error.message).toContain(message);
	});

	test('valid JSON has no error, nested 100,000 deep too (no recursion)', () => {
		expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}}')).toBeUndefined();
		expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
		expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(99_999)}`)).toMatchObject({line: 1, column: 200_000});
	});

	test('it agrees with JSON.parse on nearly-JSON text', () => {
		fc.assert(
			fc.property(nearlyJson, (text) => {
				expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
			}),
			{numRuns: 2000},
		);
	});

	test('the description is one line', () => {
		expect(describeJsonSyntaxError('my notes\nmore\n', new SyntaxError('x'))).toBe('line 1, column 1: expected a value, found "m"');
	});
});
