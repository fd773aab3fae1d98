import {performance} from 'node:perf_hooks';
import type {LoadedScenario} from '../adapters/scenario-files.js';
import {RunInterrupted} from '../services/scenario-run-service.js';
import {collectScenarioFiles, loadCatalogue, loadScenarioFiles, type LoadedSet} from '../services/scenario-source-service.js';
import {casesOf, testScenarios, type TestReport} from '../services/scenario-test-service.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';
import {checkScenariosDirectory, displayIssues, displayPath, ignoreBrokenPipe, interruptible, printIssues, seedOf, toJson, usageError, writeLine, writeReportFile} from './command-support.js';
import {junitXml} from './junit-xml.js';
import {createRunPorts} from './real-deps.js';
import {formatTestReport} from './report-text.js';

const commandName = 'test';

/** JUnit XML of a test report: one testsuite per scenario, one testcase for doing nothing and per solution and wrong remedy. */
export function testReportJunit(report: TestReport): string {
	return junitXml(
		report.scenarios.map((scenario) => ({
			name: scenario.id,
			file: scenario.file,
			cases: casesOf(scenario).map((result) => ({
				classname: scenario.id,
				name: `${result.kind}: ${result.name}`,
				file: scenario.file,
				...(result.passed ? {} : {failure: {message: result.reason, details: `${scenario.id} / ${result.kind} "${result.name}": ${result.reason}`}}),
			})),
		})),
	);
}

/** The scenarios to test, or a usage error's sentence: a path that does not exist, a --scenarios that is no directory. */
async function scenariosFor(context: CommandContext): Promise<LoadedSet | {readonly problem: ExitCode}> {
	if (context.args.length === 0) {
		const problem = await checkScenariosDirectory(context, commandName);
		return problem === undefined ? loadCatalogue({fixturesDir: context.fixturesDir, extraDirectory: context.flags.scenarios}) : {problem};
	}

	const {scenarioFiles, missing} = await collectScenarioFiles(context.args);
	// Steps files (only steps:, for run --solution) found under the paths are not scenarios: they are skipped.
	return missing.length > 0 ? {problem: usageError(context, missing.join('; '), commandName)} : loadScenarioFiles(scenarioFiles, context.fixturesDir);
}

/**
 * `mfadesk test [paths...]`: doing nothing must fail each scenario's goal (the fault reproduces); its solutions
 * must meet the goal with no red flag (and pass their checks); every wrong remedy must fail the goal or raise a
 * red flag. Without paths: the built-in pack (and `--scenarios`). Exit 0 when all hold and every file is valid,
 * 1 otherwise, 130 when interrupted.
 */
export const testCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	const seed = seedOf(context);
	if (!seed.ok) {
		return usageError(context, seed.message, commandName);
	}

	const started = performance.now();
	const loaded = await scenariosFor(context);
	if ('problem' in loaded) {
		return loaded.problem;
	}

	if (loaded.scenarios.length === 0 && loaded.issues.length === 0) {
		writeLine(context.stderr, `mfadesk: no scenario files found${context.args.length > 0 ? ` under ${context.args.join(', ')}` : ''}`);
		return exitCodes.failed;
	}

	const scenarios = loaded.scenarios.map((each: LoadedScenario) => ({...each, file: displayPath(each.file, context.fixturesDir)}));
	const issues = displayIssues(loaded.issues, context.fixturesDir);
	let report: TestReport;
	try {
		report = await interruptible(async (signal) => testScenarios(scenarios, issues, {seed: seed.seed, ports: createRunPorts(), signal}));
	} catch (error: unknown) {
		if (error instanceof RunInterrupted) {
			writeLine(context.stderr, 'mfadesk: interrupted');
			return exitCodes.interrupted;
		}

		throw error;
	}

	context.stdout.write(context.flags.json ? toJson(report) : formatTestReport(report));
	printIssues(context, issues);
	if (context.flags.junit !== undefined) {
		const problem = await writeReportFile(context.flags.junit, testReportJunit(report));
		if (problem !== undefined) {
			writeLine(context.stderr, `mfadesk: ${problem}`);
			return exitCodes.failed;
		}
	}

	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const {counts} = report;
	writeLine(context.stderr, `${report.passed ? 'passed' : 'FAILED'}: ${counts.cases - counts.failed}/${counts.cases} cases in ${counts.scenarios} scenarios (${seconds} s)`);
	return report.passed ? exitCodes.ok : exitCodes.failed;
};
