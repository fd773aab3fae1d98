import {jsonReportFormat} from '../domain/progress/report-json.js';

/**
 * Whether a file is plainly something other than an mfadesk progress file, judged before it is validated:
 * so a path typed by mistake (notes, a package.json, a report) is refused and left alone, while a damaged
 * progress file is told apart from it and handled as one.
 */

/** Top-level fields of progress files: `schemaVersion` (v1 and later) or the v0 draft's lists. */
const progressKeys: ReadonlySet<string> = new Set(['schemaVersion', 'trainees', 'attempts']);

function listed(names: readonly string[]): string {
	return names.length <= 4 ? names.join(', ') : `${names.slice(0, 4).join(', ')} and ${names.length - 4} more`;
}

function kindOf(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	return Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true or false' : 'a value';
}

/**
 * Why a parsed JSON value is plainly not a progress file, or undefined when it may be one (it has
 * `schemaVersion`, `trainees` or `attempts`, or is an empty object). `reports` accepts JSON reports
 * (`report --merge` reads them).
 */
export function foreignJsonReason(value: unknown, options: {readonly reports?: boolean} = {}): string | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return `the JSON holds ${kindOf(value)}, not an object with schemaVersion`;
	}

	const keys = Object.keys(value);
	if ((value as {format?: unknown}).format === jsonReportFormat) {
		return options.reports === true ? undefined : 'it is an mfadesk JSON report, not a progress file; report --merge reads reports';
	}

	if (keys.length === 0 || keys.some((key) => progressKeys.has(key))) {
		return undefined;
	}

	return `JSON without schemaVersion; its top-level fields: ${listed(keys)}`;
}

/** True when text that is not valid JSON still reads like a damaged progress file (it names `schemaVersion`). */
export function mentionsSchemaVersion(text: string): boolean {
	return /"schemaVersion"\s*:/.test(text.slice(0, 4096));
}
