/**
 * Checks shared by the scenario-file fuzz and hostile-input tests: what a parse result must look like,
 * a prototype-pollution probe, a hang detector, and running a file that loaded through the engine.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import type {ScenarioIssue} from '../../source/scenario/issues.js';
import {parseTenantFixtureText, type FixtureParseResult} from '../../source/scenario/parse-fixture.js';
import {parseScenarioText, type ScenarioParseResult} from '../../source/scenario/parse-scenario.js';
import {runScenario} from '../../source/services/scenario-run-service.js';
import {testDeps} from '../helpers/fake-ports.js';
import {fixtureMap} from '../scenario/scenario-test-helpers.js';

/** A parse that takes longer than this is treated as a hang (a generous bound, not a speed target). */
export const hangBoundMs = 2000;

/** Which loader a file goes through. */
export type FileKind = 'scenario' | 'tenant';

/** The built-in scenario files and tenant fixtures, the fuzz seeds. */
export function seedFiles(): ReadonlyArray<{readonly name: string; readonly text: string; readonly kind: FileKind}> {
	const read = (kind: FileKind, directory: string) =>
		readdirSync(directory)
			.filter((name) => /\.ya?ml$/.test(name))
			.sort()
			.map((name) => ({name, text: readFileSync(path.join(directory, name), 'utf8'), kind}));
	return [...read('scenario', path.join('fixtures', 'scenarios')), ...read('tenant', path.join('fixtures', 'tenants'))];
}

const fixtures = fixtureMap();

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype] as const;

function prototypeShape(): string {
	return prototypes.map((each) => Reflect.ownKeys(each).map(String).sort().join(',')).join('|');
}

const pristine = prototypeShape();

/** Why the built-in prototypes are no longer pristine, or undefined when they are. */
export function pollution(): string | undefined {
	const probe = {} as Record<string, unknown>;
	if (probe['polluted'] !== undefined || Object.getPrototypeOf(probe) !== Object.prototype) {
		return 'a fresh object inherits a "polluted" property';
	}

	return prototypeShape() === pristine ? undefined : 'a built-in prototype gained or lost a property';
}

/** Why an issue is not a located, readable problem, or undefined when it is. */
function issueProblem(issue: ScenarioIssue, fileName: string, lines: readonly string[]): string | undefined {
	if (issue.file !== fileName) {
		return `issue names file ${issue.file}`;
	}

	if (!Number.isInteger(issue.line) || issue.line < 1 || !Number.isInteger(issue.column) || issue.column < 1) {
		return `issue has no 1-based line and column (${issue.line}:${issue.column})`;
	}

	// An editor must be able to jump there: the line exists and the column is on it (or just past its end).
	const line = lines[issue.line - 1];
	if (line === undefined || issue.column > line.length + 2) {
		return `issue points outside the file (${issue.line}:${issue.column}; the file has ${lines.length} lines${line === undefined ? '' : `, that one ${line.length} characters`})`;
	}

	if (typeof issue.path !== 'string' || typeof issue.message !== 'string' || issue.message.trim() === '') {
		return 'issue has no path string or no message';
	}

	return undefined;
}

/** What one parse did, or why it broke the loader's contract. */
export type ParseOutcome =
	| {readonly kind: 'ok'; readonly result?: Extract<ScenarioParseResult, {ok: true}>; readonly ms: number}
	| {readonly kind: 'issues'; readonly issues: readonly ScenarioIssue[]; readonly ms: number}
	| {readonly kind: 'broken'; readonly why: string};

/** Parses `text` with the built-in fixtures and checks the contract: a value (never a throw), nothing printed, in time, located issues, no pollution. */
export function parseChecked(text: string, fileName: string, kind: FileKind = 'scenario'): ParseOutcome {
	const printed: string[] = [];
	const {emitWarning} = process;
	const {warn, error: printError} = console;
	process.emitWarning = ((warning: string | Error) => {
		printed.push(String(warning));
	}) as typeof process.emitWarning;
	console.warn = (...args: unknown[]) => printed.push(args.map(String).join(' '));
	console.error = console.warn;
	const started = performance.now();
	let result: ScenarioParseResult | FixtureParseResult;
	try {
		result = kind === 'scenario' ? parseScenarioText(text, {fileName, fixtures}) : parseTenantFixtureText(text, {fileName});
	} catch (error: unknown) {
		return {kind: 'broken', why: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`};
	} finally {
		process.emitWarning = emitWarning;
		console.warn = warn;
		console.error = printError;
	}

	const ms = performance.now() - started;
	if (printed.length > 0) {
		// A warning on stderr would land in the middle of the TUI's frame or a lint report.
		return {kind: 'broken', why: `the loader printed to stderr: ${printed.join(' / ').slice(0, 300)}`};
	}

	const polluted = pollution();
	if (polluted !== undefined) {
		return {kind: 'broken', why: polluted};
	}

	if (ms > hangBoundMs) {
		return {kind: 'broken', why: `one parse took ${Math.round(ms)} ms (hang bound ${hangBoundMs} ms)`};
	}

	if (result.ok) {
		return 'scenario' in result ? {kind: 'ok', result, ms} : {kind: 'ok', ms};
	}

	if (!Array.isArray(result.issues) || result.issues.length === 0) {
		return {kind: 'broken', why: 'refused without any issue'};
	}

	const lines = text.split(/\r\n|\r|\n/);
	for (const issue of result.issues) {
		const problem = issueProblem(issue, fileName, lines);
		if (problem !== undefined) {
			return {kind: 'broken', why: `${problem}: ${JSON.stringify(issue).slice(0, 300)}`};
		}
	}

	return {kind: 'issues', issues: result.issues, ms};
}

/**
 * A file that loaded must also run: plays its first reference solution headlessly with fake ports
 * (build the seeded state, every step, grading). Returns why it broke, or undefined.
 */
export async function runLoaded(result: Extract<ScenarioParseResult, {ok: true}>, seed: number): Promise<string | undefined> {
	if (result.fixture === undefined) {
		return 'loaded without its base fixture';
	}

	const solution = result.scenario.solutions[0];
	if (solution === undefined) {
		return 'loaded without a solution';
	}

	try {
		await runScenario(
			{scenario: result.scenario, fixture: result.fixture},
			{kind: 'solution', name: solution.name},
			{seed, ports: {randomFor: (each) => createSeededRandom(each), depsFor: ({seed: each}) => testDeps(each)}},
		);
		return undefined;
	} catch (error: unknown) {
		return `running the loaded file threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
	}
}
