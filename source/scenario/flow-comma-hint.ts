import type {ScenarioIssue} from './issues.js';
import type {SourceFormat} from './source-document.js';

/**
 * In a YAML flow mapping a comma separates fields, so `{note: Hi, and where is that phone?}` holds a field
 * `note: Hi` and a second field named `and where is that phone?`. The schema then reports an unknown field;
 * this says what happened instead, with the quoted value to write.
 */

const unknownField = /^unknown field "([^"]*\s[^"]*)"/;

/** The previous field in the same flow mapping, read back from the text before the comma: `note: Hi, ` → note, Hi. */
const previousField = /(?:^|[{,])\s*([^\s{},:'"]+):\s+([^{},:'"]*?),\s*$/;

/**
 * Rewrites "unknown field" issues whose field name looks like the rest of the previous value (it has spaces
 * and follows a comma in a YAML flow mapping): "did you mean to quote the value?", with the fix when the
 * previous field can be read back. Other issues pass unchanged.
 */
export function hintUnquotedCommas(issues: readonly ScenarioIssue[], text: string, format: SourceFormat): ScenarioIssue[] {
	if (format !== 'yaml') {
		return [...issues];
	}

	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	return issues.map((issue) => {
		const field = unknownField.exec(issue.message)?.[1];
		const line = lines[issue.line - 1];
		const before = line?.slice(0, issue.column - 1) ?? '';
		if (field === undefined || line === undefined || !/,\s*$/.test(before) || /^['"]/.test(line.slice(issue.column - 1))) {
			return issue;
		}

		const previous = previousField.exec(before);
		const fix = previous === null ? '' : ` (write ${previous[1]!}: '${`${previous[2]!}, ${field}`.replaceAll("'", "''")}')`;
		return {...issue, message: `unknown field "${field}": did you mean to quote the value? A comma inside {…} separates fields${fix}`};
	});
}
