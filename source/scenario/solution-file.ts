import {z} from 'zod';
import {hintUnquotedCommas} from './flow-comma-hint.js';
import type {ScenarioIssue} from './issues.js';
import {locateAll} from './parse-support.js';
import {labelSchema, strict, textSchema} from './schema/primitives.js';
import {stepSchema, type Step} from './schema/step-schema.js';
import {parseSource, type SourceFormat} from './source-document.js';
import {flattenIssues, friendlyMessage} from './zod-messages.js';

/**
 * A script file for `mfadesk run --solution <file>`: the steps a trainee or a runbook takes, in the same
 * step format as a scenario's solutions. `${variable}` references are filled in from the run's variant.
 */
export const solutionFileSchema = strict({
	$schema: z.string().optional(),
	name: labelSchema.optional().describe('How the report names this script; default: the file name.'),
	note: textSchema.optional(),
	steps: z.array(stepSchema).min(1, 'needs at least one step').max(200),
});

/** A validated solution file. */
export type SolutionFile = {readonly name?: string | undefined; readonly steps: readonly Step[]};

/** A solution file read from text: its steps, or every problem with file, line and column. */
export type SolutionParseResult = {readonly ok: true; readonly solution: SolutionFile} | {readonly ok: false; readonly issues: readonly ScenarioIssue[]};

/** Parses and validates a solution file (YAML or JSON) with the scenario step schema. Never throws. */
export function parseSolutionText(text: string, options: {readonly fileName: string; readonly format?: SourceFormat}): SolutionParseResult {
	const format = options.format ?? (/\.json$/i.test(options.fileName) ? 'json' : 'yaml');
	const source = parseSource(text, {file: options.fileName, format});
	if (!source.ok) {
		return source;
	}

	const parsed = solutionFileSchema.safeParse(source.document.value, {error: friendlyMessage, reportInput: true});
	if (!parsed.success) {
		return {ok: false, issues: hintUnquotedCommas(locateAll(source.document, flattenIssues(parsed.error.issues)), text, format)};
	}

	return {ok: true, solution: {name: parsed.data.name, steps: parsed.data.steps}};
}
