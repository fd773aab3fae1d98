import type {GradeCheck} from '../scenario/grading/grade-check.js';
import type {RunReport, StepReport} from '../scenario/grading/run-report.js';
import {elapsedWords} from '../scenario/grading/elapsed-words.js';
import {casesOf, type CaseResult, type TestReport} from '../services/scenario-test-service.js';
import {plural} from '../domain/common/plural.js';

const mark = (passed: boolean): string => (passed ? '✓' : '✗');

function stepLines(step: StepReport): string[] {
	const outcome = step.outcome === 'check-passed' ? 'check passed' : step.outcome === 'check-failed' ? 'CHECK FAILED' : step.outcome === 'refused' ? 'REFUSED' : 'done';
	// In words (the script form is in --json as `step`, for authors).
	const lines = [`  ${String(step.number).padStart(2)}. ${step.text}  [${outcome}, +${elapsedWords(step.minute)}]`];
	if (step.note !== undefined) {
		lines.push(`      note: ${step.note}`);
	}

	if (step.refusal) {
		lines.push(`      refused (${step.refusal.code}): ${step.refusal.message}`);
	}

	for (const signIn of step.signIns) {
		const code = signIn.errorCode === 0 ? '' : ` AADSTS${signIn.errorCode}`;
		const detail = signIn.mfaResultDetail === undefined ? '' : `, ${signIn.mfaResultDetail}`;
		lines.push(`      sign-in log: ${signIn.upn} to ${signIn.application} via ${signIn.client} (${signIn.clientApp}): ${signIn.status}${code}${detail}`);
	}

	for (const said of step.userSaid) {
		lines.push(`      user: "${said}"`);
	}

	for (const check of step.checks ?? []) {
		lines.push(...checkLines(check, '      '));
	}

	return lines;
}

function checkLines(check: GradeCheck, indent: string): string[] {
	return [`${indent}${mark(check.passed)} ${check.label}`, `${indent}    expected: ${check.expected}`, `${indent}    actual:   ${check.actual}`, `${indent}    ${check.explanation}`];
}

/** A run report for people: the steps in a trainer's words with the user's, goal checks, red flags, score and debrief. */
export function formatRunReport(report: RunReport): string {
	const variables = Object.entries(report.variables).map(([name, value]) => `${name} = ${JSON.stringify(value)}`);
	const raised = report.redFlags.filter((flag) => flag.raised);
	const lines = [
		`${report.scenario.id}: ${report.scenario.title}`,
		`seed ${report.seed}${variables.length > 0 ? `; ${variables.join(', ')}` : ''}`,
		`script: ${report.script.kind} "${report.script.name}"${report.script.file === undefined ? '' : ` (${report.script.file})`}`,
		'',
		'Steps',
		...report.steps.flatMap(stepLines),
		'',
		`Goal: ${report.goal.met ? 'met' : 'NOT met'}`,
		...report.goal.checks.flatMap((check) => checkLines(check, '  ')),
		'',
		`Red flags: ${raised.length === 0 ? 'none raised' : `${raised.length} raised`}`,
		...raised.flatMap((flag) => [...checkLines(flag, '  '), `      penalty ${flag.penalty}${flag.steps.length > 0 ? `, at step ${flag.steps.join(', ')}` : ''}`]),
		'',
		`Score: ${report.score.total}/100  (${report.actions} change${report.actions === 1 ? '' : 's'}, par ${report.scenario.par}; ${elapsedWords(report.elapsedMinutes)}${report.scenario.timeLimit === undefined ? '' : ` of ${report.scenario.timeLimit}`})`,
		...report.score.breakdown.map((line) => `  ${line.component.padEnd(10)} ${String(line.points).padStart(4)} / ${line.max}  ${line.detail}`),
		'',
		'Debrief',
		...(report.debrief.text === undefined ? [] : [`  ${report.debrief.text}`]),
		`  Reference solution "${report.debrief.referenceSolution.name}":`,
		...(report.debrief.referenceSolution.text ?? report.debrief.referenceSolution.steps).map((step, index) => `    ${index + 1}. ${step}`),
		'',
		`Result: ${report.passed && report.checksPassed ? 'PASSED' : 'FAILED'}${report.passed ? '' : report.goal.met ? ' (red flag raised)' : ' (goal not met)'}${report.checksPassed ? '' : ' (a check step failed)'}`,
	];
	return `${lines.join('\n')}\n`;
}

function caseLine(result: CaseResult): string {
	if (result.kind === 'do-nothing') {
		return `    ${mark(result.passed)} ${result.name}: ${result.reason}`;
	}

	const kind = result.kind === 'solution' ? 'solution' : 'wrong remedy';
	return `    ${mark(result.passed)} ${kind} "${result.name}": ${result.reason}`;
}

/**
 * The one summary of a test run: `PASSED: all 11 cases passed in 2 scenarios (...)` or
 * `FAILED: 1 of 6 cases failed in 2 scenarios (5 passed; ...)`, with the file problems when there are any.
 */
export function testSummary(report: TestReport): string {
	const {counts} = report;
	const kinds = `${plural(counts.doNothing, 'do-nothing check')}, ${plural(counts.solutions, 'solution')}, ${plural(counts.wrongRemedies, 'wrong remedy', 'wrong remedies')}; seed ${report.seed}`;
	const inScenarios = `in ${plural(counts.scenarios, 'scenario')}`;
	const cases =
		counts.failed > 0
			? `${counts.failed} of ${plural(counts.cases, 'case')} failed ${inScenarios} (${counts.cases - counts.failed} passed; ${kinds})`
			: counts.cases === 0
				? `no scenario could be tested`
				: `${counts.cases === 1 ? 'the only case' : `all ${counts.cases} cases`} passed ${inScenarios} (${kinds})`;
	const files = new Set(report.issues.map((issue) => issue.file)).size;
	const problems = `${plural(counts.issues, 'problem')} in ${plural(files, 'file')} (listed on stderr)`;
	if (counts.issues === 0) {
		return `${report.passed ? 'PASSED' : 'FAILED'}: ${cases}`;
	}

	if (counts.cases === 0) {
		return `FAILED: ${cases}: ${problems}`;
	}

	return counts.failed > 0 ? `FAILED: ${cases}, and ${problems}` : `FAILED: ${problems}; ${cases}`;
}

/** A test report for people: every scenario with its do-nothing case, each solution and wrong remedy, and the summary line. */
export function formatTestReport(report: TestReport): string {
	const lines: string[] = [];
	for (const scenario of report.scenarios) {
		lines.push(`${mark(scenario.passed)} ${scenario.id}  ${scenario.title}`);
		lines.push(...casesOf(scenario).map(caseLine));
	}

	lines.push('', testSummary(report));
	return `${lines.join('\n')}\n`;
}
