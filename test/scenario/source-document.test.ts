import {afterEach, describe, expect, test} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {parseSource, utf8Length} from '../../source/scenario/source-document.js';
import {substitute} from '../../source/scenario/variables.js';
import {fixtureMap, minimalScenario, read} from './scenario-test-helpers.js';

function polluted(): unknown {
	return ({} as Record<string, unknown>)['polluted'];
}

afterEach(() => {
	// A failing test must not leave pollution behind for the next one.
	delete (Object.prototype as Record<string, unknown>)['polluted'];
});

describe('prototype pollution', () => {
	test('a __proto__ key is refused and nothing reaches Object.prototype', () => {
		const result = parseScenarioText(read('fixtures/invalid/proto-key.yaml'), {fileName: 'proto-key.yaml', fixtures: fixtureMap()});
		expect(result.ok).toBe(false);
		expect(polluted()).toBeUndefined();
	});

	test.each([
		['YAML', 'proto.yaml', 'a: 1\n__proto__: {polluted: yes}\n', 'proto.yaml:2:1 __proto__: key "__proto__" is not allowed (it could reach an object\'s prototype)'],
		['JSON', 'proto.json', '{"a": {"__proto__": {"polluted": true}}}', 'proto.json:1:8 a.__proto__: key "__proto__" is not allowed (it could reach an object\'s prototype)'],
		['constructor', 'c.yaml', 'constructor: {prototype: {polluted: 1}}\n', 'c.yaml:1:1 constructor: key "constructor" is not allowed (it could reach an object\'s prototype)'],
		['prototype', 'p.yaml', 'x: {prototype: 1}\n', 'p.yaml:1:5 x.prototype: key "prototype" is not allowed (it could reach an object\'s prototype)'],
		['quoted', 'q.yaml', '"__proto__": {polluted: 1}\n', 'q.yaml:1:1 __proto__: key "__proto__" is not allowed (it could reach an object\'s prototype)'],
	])('%s form is refused with its position', (_name, fileName, text, message) => {
		const result = parseSource(text, {file: fileName, format: fileName.endsWith('.json') ? 'json' : 'yaml'});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([message]);
		expect(polluted()).toBeUndefined();
	});

	test('a variable whose value is "__proto__" becomes an own key when substituted into a map key', () => {
		const out = substitute({users: {'${who}': {polluted: true}}}, {who: '__proto__'});
		expect(Object.hasOwn(out.users, '__proto__')).toBe(true);
		expect(polluted()).toBeUndefined();
		expect(Object.getPrototypeOf(out.users)).toBe(Object.prototype);
	});
});

describe('parseSource', () => {
	test('keys must be plain text', () => {
		const result = parseSource('? [a, b]\n: 1\n', {file: 'k.yaml', format: 'yaml'});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['k.yaml:1:3 keys must be plain text, not lists, maps or aliases']);
	});

	test('aliases within the limit work', () => {
		const result = parseSource('a: &x [1, 2]\nb: *x\n', {file: 'a.yaml', format: 'yaml'});
		expect(result.ok && result.document.value).toEqual({a: [1, 2], b: [1, 2]});
	});

	test('a byte-order mark is ignored', () => {
		const result = parseSource('\uFEFFa: 1\n', {file: 'bom.yaml', format: 'yaml'});
		expect(result.ok && result.document.value).toEqual({a: 1});
	});

	test('JSON goes through the JSON schema of the YAML parser (no YAML-only scalars)', () => {
		const result = parseSource('{"a": yes}', {file: 'y.json', format: 'json'});
		expect(result.ok).toBe(false);
	});

	test('an issue path that runs past the file points at the deepest node that exists', () => {
		const result = parseSource(minimalScenario(), {file: 'm.yaml', format: 'yaml'});
		expect(result.ok && formatIssue(result.document.issueAt(['goal', 'perUserMfa', 'nothing', 'deeper'], 'x'))).toBe('m.yaml:13:3 goal.perUserMfa.nothing.deeper: x');
		expect(result.ok && formatIssue(result.document.issueAt(['solutions', 0, 'steps', 5], 'x'))).toBe('m.yaml:17:5 solutions[0].steps[5]: x');
	});

	test('utf8Length counts bytes as UTF-8 encodes them', () => {
		for (const text of ['abc', 'é', '€', '😀', 'a😀é€']) {
			expect(utf8Length(text)).toBe(Buffer.byteLength(text));
		}
	});
});

describe('syntax errors are reported where the fix goes', () => {
	const issues = (text: string, file = 's.yaml'): string[] => {
		const result = parseSource(text, {file, format: file.endsWith('.json') ? 'json' : 'yaml'});
		return result.ok ? [] : result.issues.map(formatIssue);
	};

	test.each([
		['double', 'a: 1\nb: "abc\nc: 2\n', 's.yaml:2:4 YAML syntax error: the string opened here with " is never closed; add the closing " (the parser read on to the end of the file looking for it)'],
		['single', "a: 1\nb: 'abc\nc: 2\n", "s.yaml:2:4 YAML syntax error: the string opened here with ' is never closed; add the closing ' (the parser read on to the end of the file looking for it)"],
		['flow-map',  'a:\n  - {text: "abc, cost: 5}\n  - {text: x}\nb: 2\n', 's.yaml:2:12 YAML syntax error: the string opened here with " is never closed; add the closing " (the parser read on to the end of the file looking for it)'],
	])('an unclosed quote (%s) is reported where the string opens', (_name, text, message) => {
		expect(issues(text)).toEqual([message]);
	});

	test('errors before the unclosed quote are kept', () => {
		expect(issues('a: [1\nb: 2\nc: "x\n')).toEqual([
			's.yaml:1:4 YAML syntax error: the list opened here with [ is not closed before 2:1: add the closing ], or indent the lines that continue it further',
			's.yaml:3:4 YAML syntax error: the string opened here with " is never closed; add the closing " (the parser read on to the end of the file looking for it)',
		]);
	});

	test.each([
		['list', 'a:\n  b: [1, 2\n  c: 3\n', 's.yaml:2:6 YAML syntax error: the list opened here with [ is not closed before 3:3: add the closing ], or indent the lines that continue it further'],
		['map', 'a: {x: 1, y: 2\nb: 1\n', 's.yaml:1:4 YAML syntax error: the map opened here with { is not closed before 2:1: add the closing }, or indent the lines that continue it further'],
		['inner list', '- [1, [2, 3]\n- 4\n', 's.yaml:1:3 YAML syntax error: the list opened here with [ is not closed before 2:1: add the closing ], or indent the lines that continue it further'],
	])('an unclosed flow %s is reported where it opens', (_name, text, message) => {
		expect(issues(text)).toEqual([message]);
	});
});
