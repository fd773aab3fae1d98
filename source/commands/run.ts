import type {RunReport} from '../scenario/grading/run-report.js';
import {findScript, RunInterrupted, runScenario, type ScriptChoice} from '../services/scenario-run-service.js';
import {loadSolutionFile, looksLikePath} from '../services/scenario-source-service.js';
import {findScenarioArgument} from './scenario-argument.js';
import type {Scenario} from '../scenario/schema/scenario-schema.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';
import {checkReportPath, checkScenariosDirectory, displayIssues, displayPath, ignoreBrokenPipe, interruptible, printIssues, seedOf, toJson, usageError, writeLine, writeReportFile} from './command-support.js';
import {junitXml} from './junit-xml.js';
import {describeWrongKind, pathKindOf, type FileKind} from './file-kind.js';
import {createRunPorts} from './real-deps.js';
import {withReferenceWords} from './reference-words.js';
import {formatRunReport} from './report-text.js';

const commandName = 'run';

/** Why `--solution <path>` is plainly no steps file (a scenario, a tenant fixture, another extension, a directory). */
function notStepsFile(wanted: string, found: FileKind, id: string): string | undefined {
	// Other YAML is left to the steps schema: it may be a steps file with a misspelt key (`step:`), which it names.
	const wrong = found.kind === 'yaml' ? undefined : describeWrongKind(wanted, found, 'steps file');
	if (wrong === undefined) {
		return undefined;
	}

	const test = found.kind === 'scenario' ? ` (mfadesk test ${wanted} plays a scenario's own solutions)` : '';
	return `--solution ${wrong}: it takes a steps file (only steps:) or the name of a solution or wrong remedy of ${id}${test}`;
}

/** The script to play: a solution file, a solution or wrong remedy by name, or the first reference solution. */
async function chooseScript(context: CommandContext, scenario: Scenario): Promise<{readonly ok: true; readonly script: ScriptChoice} | {readonly ok: false; readonly code: ExitCode}> {
	const wanted = context.flags.solution;
	if (wanted === undefined) {
		const first = scenario.solutions[0]!;
		writeLine(context.stderr, `mfadesk: no --solution given; playing the reference solution "${first.name}"`);
		return {ok: true, script: {kind: 'solution', name: first.name}};
	}

	const kind = await pathKindOf(wanted);
	const wrongKind = notStepsFile(wanted, kind, scenario.id);
	if (wrongKind !== undefined) {
		return {ok: false, code: usageError(context, wrongKind, commandName)};
	}

	if (looksLikePath(wanted) || kind.kind !== 'missing') {
		const loaded = await loadSolutionFile(wanted);
		if (!loaded.ok && 'message' in loaded) {
			return {ok: false, code: usageError(context, `--solution ${loaded.message}`, commandName)};
		}

		if (!loaded.ok) {
			printIssues(context, displayIssues(loaded.issues));
			return {ok: false, code: exitCodes.failed};
		}

		const file = displayPath(wanted);
		return {ok: true, script: {kind: 'file', name: loaded.solution.name ?? file, file, steps: loaded.solution.steps}};
	}

	const named = findScript(scenario, wanted);
	if (named) {
		return {ok: true, script: named};
	}

	const names = [...scenario.solutions, ...(scenario.wrongRemedies ?? [])].map((each) => `"${each.name}"`).join(', ');
	return {ok: false, code: usageError(context, `--solution ${wanted}: no such file, and ${scenario.id} has no solution or wrong remedy of that name (it has ${names})`, commandName)};
}

function junitOf(report: RunReport, file: string | undefined): string {
	const failed = !(report.passed && report.checksPassed);
	const check = report.goal.checks.find((each) => !each.passed);
	const raised = report.redFlags.filter((flag) => flag.raised);
	const message = !report.goal.met ? `goal not met: ${check?.label ?? ''}` : raised.length > 0 ? `red flag: ${raised.map((flag) => flag.label).join('; ')}` : 'a check step failed';
	const details = [...report.goal.checks, ...raised].filter((each) => !each.passed).map((each) => `${each.label}\n  expected: ${each.expected}\n  actual: ${each.actual}\n  ${each.explanation}`);
	return junitXml([
		{
			name: report.scenario.id,
			...(file === undefined ? {} : {file}),
			cases: [{classname: report.scenario.id, name: `${report.script.kind}: ${report.script.name}`, ...(failed ? {failure: {message, details: details.join('\n')}} : {})}],
		},
	]);
}

/**
 * `mfadesk run <id|file> --solution <file|name>`: plays a script headlessly on a seeded variant and grades the
 * end state. Exit 0 when the goal is met with no red flag and every check passed, 1 otherwise, 2 on usage
 * errors, 130 when interrupted. `--json` output holds no wall-clock time: the same seed gives the same bytes.
 */
export const runCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	if (context.args.length !== 1) {
		return usageError(context, 'run needs exactly one scenario id or file', commandName);
	}

	const seed = seedOf(context);
	if (!seed.ok) {
		return usageError(context, seed.message, commandName);
	}

	const badDirectory = await checkScenariosDirectory(context, commandName);
	if (badDirectory !== undefined) {
		return badDirectory;
	}

	const badReport = await checkReportPath(context, commandName);
	if (badReport !== undefined) {
		return badReport;
	}

	const reference = context.args[0]!;
	const found = await findScenarioArgument(reference, {fixturesDir: context.fixturesDir, extraDirectory: context.flags.scenarios}, commandName);
	if (!found.ok) {
		printIssues(context, displayIssues(found.issues, context.fixturesDir));
		if (found.message !== undefined && found.issues.length === 0) {
			return usageError(context, found.message, commandName);
		}

		writeLine(context.stderr, `mfadesk: ${reference} has problems; fix them first (mfadesk lint)`);
		return exitCodes.failed;
	}

	const chosen = await chooseScript(context, found.loaded.scenario);
	if (!chosen.ok) {
		return chosen.code;
	}

	let report: RunReport;
	const ports = createRunPorts();
	try {
		report = withReferenceWords(await interruptible(async (signal) => runScenario(found.loaded, chosen.script, {seed: seed.seed, ports, signal})), found.loaded, ports);
	} catch (error: unknown) {
		if (error instanceof RunInterrupted) {
			writeLine(context.stderr, 'mfadesk: interrupted');
			return exitCodes.interrupted;
		}

		throw error;
	}

	context.stdout.write(context.flags.json ? toJson(report) : formatRunReport(report));
	if (context.flags.junit !== undefined) {
		const problem = await writeReportFile(context.flags.junit, junitOf(report, looksLikePath(reference) ? displayPath(reference, context.fixturesDir) : undefined));
		if (problem !== undefined) {
			writeLine(context.stderr, `mfadesk: ${problem}`);
			return exitCodes.failed;
		}
	}

	return report.passed && report.checksPassed ? exitCodes.ok : exitCodes.failed;
};
