import {describe, expect, test} from 'vitest';
import {formatTestReport, testSummary} from '../../source/commands/report-text.js';
import type {TestReport} from '../../source/services/scenario-test-service.js';

function report(counts: Partial<TestReport['counts']>, issueFiles: readonly string[] = []): TestReport {
	const full = {scenarios: 2, cases: 6, doNothing: 2, solutions: 3, wrongRemedies: 1, failed: 0, issues: issueFiles.length, ...counts};
	return {
		seed: '1',
		passed: full.failed === 0 && full.issues === 0,
		counts: full,
		issues: issueFiles.map((file) => ({file, line: 1, column: 1, path: '', message: 'x'})),
		scenarios: [],
	};
}

describe('the one summary of mfadesk test', () => {
	test.each([
		[{}, [], 'PASSED: all 6 cases passed in 2 scenarios (2 do-nothing checks, 3 solutions, 1 wrong remedy; seed 1)'],
		[{failed: 1}, [], 'FAILED: 1 of 6 cases failed in 2 scenarios (5 passed; 2 do-nothing checks, 3 solutions, 1 wrong remedy; seed 1)'],
		[{scenarios: 1, cases: 1, doNothing: 1, solutions: 0, wrongRemedies: 0}, [], 'PASSED: the only case passed in 1 scenario (1 do-nothing check, 0 solutions, 0 wrong remedies; seed 1)'],
		[{failed: 2}, ['a.yaml', 'a.yaml', 'b.yaml'], 'FAILED: 2 of 6 cases failed in 2 scenarios (4 passed; 2 do-nothing checks, 3 solutions, 1 wrong remedy; seed 1), and 3 problems in 2 files (listed on stderr)'],
		[{}, ['a.yaml'], 'FAILED: 1 problem in 1 file (listed on stderr); all 6 cases passed in 2 scenarios (2 do-nothing checks, 3 solutions, 1 wrong remedy; seed 1)'],
		[{scenarios: 0, cases: 0, doNothing: 0, solutions: 0, wrongRemedies: 0}, ['a.yaml'], 'FAILED: no scenario could be tested: 1 problem in 1 file (listed on stderr)'],
	] as Array<[Partial<TestReport['counts']>, string[], string]>)('%j with problems in %j', (counts, files, summary) => {
		const tested = report(counts, files);
		expect(testSummary(tested)).toBe(summary);
		expect(formatTestReport(tested)).toBe(`\n${summary}\n`);
	});
});
