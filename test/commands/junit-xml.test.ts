import {describe, expect, test} from 'vitest';
import {escapeXml, junitXml} from '../../source/commands/junit-xml.js';
import {expectWellFormedXml} from './xml-check.js';

describe('JUnit XML', () => {
	test('escapes markup and drops characters XML cannot hold', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
	});

	test('one testsuite per scenario, one testcase per script, failures with message and details, no timestamps', () => {
		const xml = junitXml([
			{name: 'codes <wrong> number', file: 'a.yaml', cases: [{classname: 'c', name: 'solution: "Fix" & go'}, {classname: 'c', name: 'wrong-remedy: x', failure: {message: 'goal met', details: 'a < b'}}]},
			{name: 'empty', cases: []},
		]);
		expectWellFormedXml(xml);
		expect(xml).toContain('<testsuites name="mfadesk" tests="2" failures="1" errors="0">');
		expect(xml).toContain('<failure message="goal met" type="AssertionError">a &lt; b</failure>');
		expect(xml).not.toMatch(/time=|timestamp=/);
	});
});
