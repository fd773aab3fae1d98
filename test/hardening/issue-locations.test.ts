/**
 * Issues point where the problem is, even after a syntax error: the yaml package's own line counter skips
 * newlines it meets while recovering from an error, which put later issues on the wrong line (found by the
 * fuzz test's "the position is inside the file" check).
 */
import {describe, expect, it} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseSource} from '../../source/scenario/source-document.js';

describe('issue positions after a syntax error', () => {
	it('a JSON file with a stray closing brace: the later issues keep their lines', () => {
		// Given a JSON file whose first line closes a map that was never opened
		const text = ['  },', '  "id": {', '    "not": "x"', '{', '  "title": "We reset my password",', '  "topic": "compromise"', '}'].join('\n');
		// When it is read
		const result = parseSource(text, {file: 'broken.json', format: 'json'});
		// Then the issue about the ":" after "topic" is on line 6, column 10, where that ":" is
		const issues = result.ok ? [] : result.issues.map(formatIssue);
		expect(issues).toContain('broken.json:6:10 JSON syntax error: Unexpected map-value-ind token in YAML stream: ":"');
		const lines = text.split('\n');
		for (const issue of result.ok ? [] : result.issues) {
			expect(issue.column, formatIssue(issue)).toBeLessThanOrEqual(lines[issue.line - 1]!.length + 1);
		}
	});

	it('a lone carriage return starts a line, as editors show it', () => {
		// Given a file with old Mac line endings before a nested mapping
		const result = parseSource('a: 1\r\rb: c: d\n', {file: 'cr.yaml', format: 'yaml'});
		// Then the second issue is at "c", on the third line an editor shows
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
			'cr.yaml:1:4 YAML syntax error: Nested mappings are not allowed in compact mappings',
			'cr.yaml:3:4 YAML syntax error: Nested mappings are not allowed in compact mappings',
		]);
	});

	it('a byte-order mark does not shift positions', () => {
		const result = parseSource('\uFEFFa: 1\nb: [\n', {file: 'bom.yaml', format: 'yaml'});
		expect(result.ok ? [] : result.issues.map((issue) => `${issue.line}:${issue.column}`)).toEqual(['2:4']);
	});
});
