import {describe, expect, test} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseSolutionText} from '../../source/scenario/solution-file.js';

function problems(text: string, fileName = 'fix.yaml'): string[] {
	const parsed = parseSolutionText(text, {fileName});
	return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

describe('steps files get the same unquoted-comma hint as scenarios', () => {
	test('a comma inside a {…} note: the message says to quote the value, and how', () => {
		expect(problems('steps:\n  - {ask: priya, to: sign-in, client: browser, note: Hi, and where is that phone?}\n')).toEqual([
			'fix.yaml:2:58 steps[0]["and where is that phone?"]: unknown field "and where is that phone?": did you mean to quote the value? A comma inside {…} separates fields (write note: \'Hi, and where is that phone?\')',
		]);
	});

	test('a quoted value with a comma is fine, and an unknown field that is no comma mistake keeps its message', () => {
		expect(problems("steps:\n  - {ask: priya, to: sign-in, client: browser, note: 'Hi, and where is that phone?'}\n")).toEqual([]);
		expect(problems('steps:\n  - {ask: priya, to: sign-in, client: browser, colour: blue}\n')).toEqual([expect.not.stringContaining('quote the value')]);
	});

	test('JSON steps files are left alone (a comma there is always a separator)', () => {
		expect(problems('{"steps": [{"wait": "5m", "and more": 1}]}', 'fix.json')).toEqual([expect.not.stringContaining('quote the value')]);
	});
});
