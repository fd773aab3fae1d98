import type {ScenarioIssue} from './issues.js';
import {hintUnquotedCommas} from './flow-comma-hint.js';
import {forbiddenKeys} from './limits.js';
import {mergeTenant} from './merge-tenant.js';
import type {FixtureParseResult} from './parse-fixture.js';
import {locateAll, stemOf, type LocatedProblem} from './parse-support.js';
import {checkHistoryPlays, hasHistory} from './history/history-plays.js';
import {asWritten, keepsReferenceProblem, salvageScenario} from './salvage-scenario.js';
import {checkScenario, checkScenarioShape} from './scenario-checks.js';
import {scenarioSchema, type Scenario} from './schema/scenario-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import {parseSource, type SourceDocument, type SourceFormat} from './source-document.js';
import {suggest} from './suggest.js';
import {findReferences, namesIn, substitute, substituteText, unsubstitutedKeys, variableCombinations, type VariableChoices, type VariableValues} from './variables.js';
import {flattenIssues, parseParams} from './zod-messages.js';

/** Options for reading one scenario file. */
export type ScenarioParseOptions = {
	/** The name messages show (a path relative to the working directory reads best); its stem must equal the id. */
	readonly fileName: string;
	/** Default: `json` for a .json name, otherwise `yaml`. */
	readonly format?: SourceFormat;
	/** Tenant fixtures by id, as parsed. When given, the reference checks run against the scenario's base. */
	readonly fixtures?: ReadonlyMap<string, FixtureParseResult>;
	/** Built-in pack rules: at least two wrong remedies. */
	readonly builtIn?: boolean;
};

/** A scenario read from text: the validated scenario (its base fixture when checked, and the document for later located checks), or every problem. */
export type ScenarioParseResult =
	| {readonly ok: true; readonly scenario: Scenario; readonly fixture?: TenantFixture; readonly document: SourceDocument}
	| {readonly ok: false; readonly issues: readonly ScenarioIssue[]};

export {unsubstitutedKeys} from './variables.js';

function describe(values: VariableValues): string {
	return Object.entries(values)
		.map(([name, value]) => `${name} = ${JSON.stringify(value)}`)
		.join(', ');
}

/**
 * Parses and validates a scenario file, never throwing: hostile-input limits and syntax, then the schema
 * (every problem at once), then (with `fixtures`) the reference checks for every seeded variable choice.
 * Each issue has file, line, column, path and a message saying what was expected.
 */
export function parseScenarioText(text: string, options: ScenarioParseOptions): ScenarioParseResult {
	const format = options.format ?? (/\.json$/i.test(options.fileName) ? 'json' : 'yaml');
	const source = parseSource(text, {file: options.fileName, format});
	if (!source.ok) {
		return source;
	}

	const {document} = source;
	const problems: LocatedProblem[] = [];
	const stem = stemOf(options.fileName);
	const raw = document.value as {readonly id?: unknown; readonly variables?: unknown} | null;
	if (typeof raw?.id === 'string' && raw.id !== stem) {
		problems.push({path: ['id'], message: `id "${raw.id}" must equal the file name "${stem}"`});
	}

	const declared = typeof raw?.variables === 'object' && raw.variables !== null ? Object.keys(raw.variables) : [];
	for (const use of findReferences(document.value, unsubstitutedKeys)) {
		if (!declared.includes(use.name)) {
			problems.push({path: use.path, message: `unknown variable "\${${use.name}}": declare it under variables${suggest(use.name, declared)}`});
		}
	}

	problems.push(...forbiddenKeysFromVariables(document.value, raw?.variables));
	const parsed = scenarioSchema.safeParse(document.value, parseParams);
	const schemaProblems = parsed.success ? [] : flattenIssues(parsed.error.issues);
	problems.push(...schemaProblems);
	// With schema problems, the references are still checked where that is safe, so one round of lint shows both.
	const salvage = parsed.success ? asWritten(parsed.data) : salvageScenario(document.value, schemaProblems);
	let fixture: TenantFixture | undefined;
	if (salvage) {
		const found: LocatedProblem[] = [];
		checkScenarioShape(salvage.scenario, (path, message) => found.push({path, message}), options);
		fixture = options.fixtures ? baseFixture(salvage.scenario, options.fixtures, found) : undefined;
		if (fixture) {
			found.push(...checkEveryVariant(salvage.scenario, fixture, salvage.historyAsWritten));
		}

		problems.push(...found.filter((problem) => keepsReferenceProblem(salvage, problem.path)));
	}

	if (!parsed.success || problems.length > 0) {
		return {ok: false, issues: hintUnquotedCommas(locateAll(document, problems), text, format)};
	}

	const scenario = parsed.data;
	return fixture ? {ok: true, scenario, fixture, document} : {ok: true, scenario, document};
}

/** The declared choices of each variable, as far as they are strings or numbers (the schema checks the rest). */
function declaredChoices(variables: unknown): VariableChoices {
	const choices: Record<string, string[]> = {};
	if (typeof variables === 'object' && variables !== null && !Array.isArray(variables)) {
		for (const [name, list] of Object.entries(variables)) {
			choices[name] = Array.isArray(list) ? list.filter((each) => typeof each === 'string' || typeof each === 'number').map(String) : [];
		}
	}

	return choices;
}

/**
 * Map keys that a variable choice turns into `__proto__`, `constructor` or `prototype`: refused like the same
 * key written out (zod would silently drop a `__proto__` key, and the patch under it would vanish).
 */
function forbiddenKeysFromVariables(value: unknown, variables: unknown): LocatedProblem[] {
	const choices = declaredChoices(variables);
	const problems: LocatedProblem[] = [];
	const seen = new Set<string>();
	for (const use of findReferences(value, unsubstitutedKeys)) {
		const key = use.path.at(-1);
		if (typeof key !== 'string' || seen.has(use.path.join('\u0000'))) {
			continue;
		}

		const names = namesIn(key);
		if (!names.includes(use.name)) {
			continue;
		}

		seen.add(use.path.join('\u0000'));
		const used = Object.fromEntries(names.filter((name) => Object.hasOwn(choices, name)).map((name) => [name, choices[name]!]));
		for (const combo of variableCombinations(used)) {
			const result = substituteText(key, combo);
			if (forbiddenKeys.has(result)) {
				problems.push({path: use.path, message: `key "${key}" becomes "${result}" when ${describe(combo)}: not allowed (it could reach an object's prototype)`});
				break;
			}
		}
	}

	return problems;
}

function baseFixture(scenario: Scenario, fixtures: ReadonlyMap<string, FixtureParseResult>, problems: LocatedProblem[]): TenantFixture | undefined {
	const {base} = scenario.tenant;
	const found = fixtures.get(base);
	if (!found) {
		problems.push({path: ['tenant', 'base'], message: `unknown tenant fixture "${base}"${suggest(base, [...fixtures.keys()])}`});
		return undefined;
	}

	if (!found.ok) {
		problems.push({path: ['tenant', 'base'], message: `tenant fixture "${base}" has ${found.issues.length} problem(s); fix its file first`});
		return undefined;
	}

	return found.fixture;
}

/**
 * Runs the reference checks once per variable assignment; a problem seen only for some choices says which.
 * `replayHistory`: history is as written, so the events the engine refuses can be reported.
 */
function checkEveryVariant(scenario: Scenario, fixture: TenantFixture, replayHistory: boolean): LocatedProblem[] {
	const usesVariables = findReferences(scenario, unsubstitutedKeys).length > 0;
	const combos = usesVariables ? variableCombinations(scenario.variables) : [{}];
	const found = new Map<string, {problem: LocatedProblem; count: number; first: VariableValues}>();
	for (const combo of combos) {
		const seen = new Set<string>();
		const collect = (problem: LocatedProblem): void => {
			const key = `${problem.path.join('\u0000')}\n${problem.message}`;
			if (seen.has(key)) {
				return;
			}

			seen.add(key);
			const entry = found.get(key);
			if (entry) {
				entry.count++;
			} else {
				found.set(key, {problem, count: 1, first: combo});
			}
		};

		let variant = scenario;
		if (usesVariables) {
			const revalidated = scenarioSchema.safeParse(substitute(scenario, combo, unsubstitutedKeys), parseParams);
			if (!revalidated.success) {
				for (const problem of flattenIssues(revalidated.error.issues)) {
					collect(problem);
				}

				continue;
			}

			variant = revalidated.data;
		}

		const before = seen.size;
		checkScenario(variant, fixture, mergeTenant(fixture, variant.tenant), (path, message) => collect({path, message}));
		// Replaying history needs sound references; with none broken, report what the engine refuses.
		if (replayHistory && seen.size === before && hasHistory(variant)) {
			for (const problem of checkHistoryPlays(variant, fixture)) {
				collect(problem);
			}
		}
	}

	return [...found.values()].map(({problem, count, first}) =>
		count < combos.length ? {...problem, message: `${problem.message} (when ${describe(first)})`} : problem,
	);
}
