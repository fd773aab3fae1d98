import {sortIssues, type IssuePath, type ScenarioIssue} from './issues.js';
import {scenarioLimits} from './limits.js';
import type {SourceDocument} from './source-document.js';

/** A problem at a value path, before it is located in the file. */
export type LocatedProblem = {readonly path: IssuePath; readonly message: string};

/** The file name without directories and without a .yaml, .yml or .json extension. */
export function stemOf(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	return base.replace(/\.(?:ya?ml|json)$/i, '');
}

/** Locates problems in the file, drops exact duplicates, sorts them top to bottom and caps the list. */
export function locateAll(document: SourceDocument, problems: readonly LocatedProblem[]): ScenarioIssue[] {
	const seen = new Set<string>();
	const issues: ScenarioIssue[] = [];
	for (const problem of problems) {
		const issue = document.issueAt(problem.path, problem.message);
		const key = `${issue.path}\n${issue.message}`;
		if (!seen.has(key)) {
			seen.add(key);
			issues.push(issue);
		}
	}

	const sorted = sortIssues(issues);
	if (sorted.length <= scenarioLimits.maxIssues) {
		return sorted;
	}

	const more = sorted.length - scenarioLimits.maxIssues;
	return [...sorted.slice(0, scenarioLimits.maxIssues), {...sorted[scenarioLimits.maxIssues]!, path: '', message: `and ${more} more problems`}];
}
