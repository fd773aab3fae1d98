import type {RunReport, ScriptKind} from '../scenario/grading/run-report.js';
import type {ScenarioIssue} from '../scenario/issues.js';
import {RunInterrupted, runScenario, type RunnableScenario, type RunPorts, type ScriptChoice} from './scenario-run-service.js';

/**
 * What a case proves: a `solution` meets the goal with no red flag; a `wrong-remedy` fails the goal or raises a red
 * flag; `do-nothing` (the untouched initial state) fails the goal, so the fault really happens.
 */
export type CaseKind = Exclude<ScriptKind, 'file'> | 'do-nothing';

/** The name of every scenario's do-nothing case. */
export const doNothingName = 'doing nothing fails the goal';

/** One solution or wrong remedy, or the do-nothing case, tested. `passed` = it behaved as its kind must. */
export type CaseResult = {
	readonly kind: CaseKind;
	readonly name: string;
	readonly passed: boolean;
	/** Why it passed or failed, in one sentence. */
	readonly reason: string;
	readonly goalMet: boolean;
	readonly redFlagsRaised: readonly string[];
	readonly checksPassed: boolean;
	readonly score: number;
	/** The author's explanation of why a wrong remedy is wrong. */
	readonly why?: string;
};

/** One scenario, tested: doing nothing must fail the goal, every solution must pass, every wrong remedy must fail. */
export type ScenarioTestResult = {
	readonly id: string;
	readonly title: string;
	readonly file: string;
	readonly passed: boolean;
	/** The fault reproduces: the initial state, played with no step, does not meet the goal. */
	readonly doNothing: CaseResult;
	readonly solutions: readonly CaseResult[];
	readonly wrongRemedies: readonly CaseResult[];
};

/** The outcome of `mfadesk test`: load problems and every scenario's cases. JSON-serialisable, no wall-clock time. */
export type TestReport = {
	readonly seed: string;
	readonly passed: boolean;
	/** `cases` = every case run: one do-nothing case per scenario, plus its solutions and wrong remedies. */
	readonly counts: {
		readonly scenarios: number;
		readonly cases: number;
		readonly doNothing: number;
		readonly solutions: number;
		readonly wrongRemedies: number;
		readonly failed: number;
		readonly issues: number;
	};
	readonly issues: readonly ScenarioIssue[];
	readonly scenarios: readonly ScenarioTestResult[];
};

/** A loaded scenario and the name its file goes by in reports. */
export type TestableScenario = RunnableScenario & {readonly file: string};

/** Options of a test run. */
export type TestOptions = {
	readonly seed: string | number;
	readonly ports: RunPorts;
	readonly signal?: AbortSignal;
	/** Runs in flight at once (argon2 works on libuv's thread pool). Default 4. */
	readonly concurrency?: number;
};

function firstFailure(report: RunReport): string {
	const check = report.goal.checks.find((each) => !each.passed);
	return check ? `"${check.label}" (${check.explanation})` : 'a goal check';
}

/** Judges one run against what its kind must do. */
export function judge(kind: CaseKind, name: string, report: RunReport, why?: string): CaseResult {
	const raised = report.redFlags.filter((flag) => flag.raised).map((flag) => flag.label);
	const base = {kind, name, goalMet: report.goal.met, redFlagsRaised: raised, checksPassed: report.checksPassed, score: report.score.total, ...(why === undefined ? {} : {why})};
	if (kind === 'do-nothing') {
		return report.goal.met
			? {...base, passed: false, reason: 'the untouched tenant already meets the goal: the fault does not happen (check the tenant patch, history and goal)'}
			: {...base, passed: true, reason: `the fault reproduces: ${firstFailure(report)}`};
	}

	if (kind === 'solution') {
		const failedCheck = report.steps.find((step) => step.outcome === 'check-failed');
		if (!report.goal.met) {
			return {...base, passed: false, reason: `the goal is not met: ${firstFailure(report)}`};
		}

		if (raised.length > 0) {
			return {...base, passed: false, reason: `the goal is met but a red flag is raised: ${raised.join('; ')}`};
		}

		return failedCheck
			? {...base, passed: false, reason: `the check at step ${failedCheck.number} failed: ${failedCheck.checks?.find((each) => !each.passed)?.explanation ?? ''}`}
			: {...base, passed: true, reason: `goal met with no red flag (score ${report.score.total})`};
	}

	if (!report.goal.met || raised.length > 0) {
		const parts = [...(report.goal.met ? [] : [`the goal is not met: ${firstFailure(report)}`]), ...(raised.length > 0 ? [`red flag: ${raised.join('; ')}`] : [])];
		return {...base, passed: true, reason: parts.join('; ')};
	}

	return {...base, passed: false, reason: 'it meets the goal with no red flag, but a wrong remedy must fail the goal or raise a red flag'};
}

type Case = {readonly kind: CaseKind; readonly script: ScriptChoice; readonly why?: string};

async function testCase(loaded: TestableScenario, {kind, script, why}: Case, options: TestOptions): Promise<CaseResult> {
	try {
		return judge(kind, script.name, await runScenario(loaded, script, options), why);
	} catch (error: unknown) {
		if (error instanceof RunInterrupted) {
			throw error;
		}

		const message = error instanceof Error ? error.message : String(error);
		return {kind, name: script.name, passed: false, reason: `the run crashed: ${message}`, goalMet: false, redFlagsRaised: [], checksPassed: false, score: 0, ...(why === undefined ? {} : {why})};
	}
}

/** Runs async jobs with at most `limit` in flight, keeping results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array<R>(items.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const index = next++;
			results[index] = await job(items[index]!);
		}
	};

	await Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, worker));
	return results;
}

/**
 * Tests one scenario: doing nothing must fail the goal (the fault reproduces); each solution must meet the goal
 * with no red flag (and pass its checks); each wrong remedy must fail the goal or raise a red flag.
 */
export async function testScenario(loaded: TestableScenario, options: TestOptions): Promise<ScenarioTestResult> {
	const {scenario} = loaded;
	const cases: Case[] = [
		{kind: 'do-nothing', script: {kind: 'file', name: doNothingName, steps: []}},
		...scenario.solutions.map((each) => ({kind: 'solution' as const, script: {kind: 'solution' as const, name: each.name}})),
		...(scenario.wrongRemedies ?? []).map((each) => ({kind: 'wrong-remedy' as const, script: {kind: 'wrong-remedy' as const, name: each.name}, why: each.why})),
	];
	const results = await mapLimit(cases, options.concurrency ?? 4, async (each) => {
		if (options.signal?.aborted) {
			throw new RunInterrupted();
		}

		return testCase(loaded, each, options);
	});
	const [doNothing, ...rest] = results;
	const solutions = rest.filter((each) => each.kind === 'solution');
	const wrongRemedies = rest.filter((each) => each.kind === 'wrong-remedy');
	return {id: scenario.id, title: scenario.title, file: loaded.file, passed: results.every((each) => each.passed), doNothing: doNothing!, solutions, wrongRemedies};
}

/** Every case of a scenario in the order reports list them: do nothing, solutions, wrong remedies. */
export function casesOf(result: ScenarioTestResult): CaseResult[] {
	return [result.doNothing, ...result.solutions, ...result.wrongRemedies];
}

/** Tests scenarios one after another (their cases run concurrently) and sums up; load problems make it fail. */
export async function testScenarios(scenarios: readonly TestableScenario[], issues: readonly ScenarioIssue[], options: TestOptions): Promise<TestReport> {
	const results: ScenarioTestResult[] = [];
	for (const loaded of scenarios) {
		results.push(await testScenario(loaded, options));
	}

	const cases = results.flatMap(casesOf);
	const failed = cases.filter((each) => !each.passed).length;
	return {
		seed: String(options.seed),
		passed: failed === 0 && issues.length === 0,
		counts: {
			scenarios: results.length,
			cases: cases.length,
			doNothing: results.length,
			solutions: cases.filter((each) => each.kind === 'solution').length,
			wrongRemedies: cases.filter((each) => each.kind === 'wrong-remedy').length,
			failed,
			issues: issues.length,
		},
		issues,
		scenarios: results,
	};
}
