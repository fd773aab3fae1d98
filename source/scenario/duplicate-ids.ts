import type {ScenarioIssue} from './issues.js';
import type {SourceDocument} from './source-document.js';

/** A scenario that parsed, with where it came from. */
export type LoadedScenarioRef = {readonly id: string; readonly file: string; readonly document: SourceDocument};

/** One issue per scenario whose id an earlier file (in the given order) already uses. */
export function findDuplicateIds(scenarios: readonly LoadedScenarioRef[]): ScenarioIssue[] {
	const first = new Map<string, string>();
	const issues: ScenarioIssue[] = [];
	for (const scenario of scenarios) {
		const earlier = first.get(scenario.id);
		if (earlier === undefined) {
			first.set(scenario.id, scenario.file);
		} else {
			issues.push(scenario.document.issueAt(['id'], `duplicate scenario id "${scenario.id}": ${earlier} already uses it`));
		}
	}

	return issues;
}
