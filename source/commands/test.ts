import {performance} from 'node:perf_hooks';
import type {LoadedScenario} from '../adapters/scenario-files.js';
import {RunInterrupted} from '../services/scenario-run-service.js';
import {collectScenarioFiles, loadCatalogue, loadScenarioFiles, type LoadedSet} from '../services/scenario-source-service.js';
import {casesOf, testScenarios, type TestReport} from '../services/scenario-test-service.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';
import {checkReportPath, checkScenariosDirectory, displayIssues, displayPath, ignoreBrokenPipe, interruptible, printIssues, seedOf, toJson, usageError, writeLine, writeReportFile} from './command-support.js';
import {junitXml} from './junit-xml.js';
import {fileKindOf, isPlainlyNoScenario} from './file-kind.js';
import {noScenarioReason, noScenariosMessage} from './not-scenarios.js';
import {createRunPorts} from './real-deps.js';
import {formatTestReport, testSummary} from './report-text.js';

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
	if (missing.length > 0) {
		return {problem: usageError(context, missing.join('; '), commandName)};
	}

	// Steps files (only steps:, for run --solution) under the paths are not scenarios: they are skipped. A file
	// named on the command line that is plainly no scenario (another extension, a tenant fixture) is loaded
	// like any other, to be reported, unless nothing else is left: then what each path holds is the message.
	const named = new Set(context.args);
	if (scenarioFiles.every((file) => named.has(file) && isPlainlyNoScenario(fileKindOf(file)))) {
		return {problem: await noScenarios(context)};
	}

	return loadScenarioFiles(scenarioFiles, context.fixturesDir);
}

/** No scenario under the paths: what each holds and what test takes; a usage error when a file was named. */
async function noScenarios(context: CommandContext): Promise<ExitCode> {
	const reasons = await Promise.all(context.args.map(async (entry) => noScenarioReason(entry)));
	const message = noScenariosMessage(reasons);
	if (reasons.some((reason) => reason.namedFile)) {
		return usageError(context, message, commandName);
	}

	writeLine(context.stderr, `mfadesk: ${message}`);
	return exitCodes.failed;
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

	const badReport = await checkReportPath(context, commandName);
	if (badReport !== undefined) {
		return badReport;
	}

	const started = performance.now();
	const loaded = await scenariosFor(context);
	if ('problem' in loaded) {
		return loaded.problem;
	}

	if (loaded.scenarios.length === 0 && loaded.issues.length === 0) {
		// Only without paths (with paths, scenariosFor has said what they hold): an empty --scenarios and no pack.
		writeLine(context.stderr, 'mfadesk: no scenario files found');
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

	if (context.flags.json) {
		// stdout holds the JSON: the summary the text report ends with goes to stderr, with the time taken.
		writeLine(context.stderr, `${testSummary(report)} [${((performance.now() - started) / 1000).toFixed(1)} s]`);
	}

	return report.passed ? exitCodes.ok : exitCodes.failed;
};
