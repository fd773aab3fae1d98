/** One problem found in a scenario or tenant fixture file, located for an editor jump. */
export type ScenarioIssue = {
	readonly file: string;
	/** 1-based line. */
	readonly line: number;
	/** 1-based column. */
	readonly column: number;
	/** Dotted path to the offending value, e.g. `goal.all[1].signIn.client`; empty for the whole file. */
	readonly path: string;
	/** What was expected, as a sentence fragment an author can act on. */
	readonly message: string;
};

/** A path as zod and the loader walk it: object keys and list indexes. */
export type IssuePath = readonly PropertyKey[];

/** Formats a path the way issues print it: `goal.all[1].signIn.client`. */
export function formatPath(path: IssuePath): string {
	let text = '';
	for (const part of path) {
		if (typeof part === 'number') {
			text += `[${part}]`;
		} else {
			const key = String(part);
			const plain = /^[A-Za-z_$][\w$-]*$/.test(key);
			text += plain ? (text === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
		}
	}

	return text;
}

/** Formats an issue as `file:line:column path: message`, the shape editors and CI annotators recognise. */
export function formatIssue(issue: ScenarioIssue): string {
	const where = `${issue.file}:${issue.line}:${issue.column}`;
	return issue.path === '' ? `${where} ${issue.message}` : `${where} ${issue.path}: ${issue.message}`;
}

/** Sorts issues by position so they read top to bottom, keeping the order of issues at the same place. */
export function sortIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
	return issues
		.map((issue, index) => ({issue, index}))
		.sort((a, b) => a.issue.file.localeCompare(b.issue.file) || a.issue.line - b.issue.line || a.issue.column - b.issue.column || a.index - b.index)
		.map(({issue}) => issue);
}
