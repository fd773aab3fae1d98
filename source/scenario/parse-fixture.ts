import type {ScenarioIssue} from './issues.js';
import {locateAll, stemOf, type LocatedProblem} from './parse-support.js';
import {tenantFixtureSchema, type TenantFixture} from './schema/tenant-fixture-schema.js';
import {parseSource, type SourceFormat} from './source-document.js';
import {checkTenantData} from './tenant-checks.js';
import {flattenIssues, parseParams} from './zod-messages.js';

/** A tenant fixture read from text: the fixture, or every problem with file, line and column. */
export type FixtureParseResult = {readonly ok: true; readonly fixture: TenantFixture} | {readonly ok: false; readonly issues: readonly ScenarioIssue[]};

/**
 * Parses and validates a tenant fixture (`fixtures/tenants/<id>.yaml`): hostile-input limits, the schema, the
 * id against the file name, and the tenant's internal references. Never throws. No hashing happens.
 */
export function parseTenantFixtureText(text: string, options: {readonly fileName: string; readonly format?: SourceFormat}): FixtureParseResult {
	const format = options.format ?? (/\.json$/i.test(options.fileName) ? 'json' : 'yaml');
	const source = parseSource(text, {file: options.fileName, format});
	if (!source.ok) {
		return source;
	}

	const {document} = source;
	const problems: LocatedProblem[] = [];
	const stem = stemOf(options.fileName);
	const raw = document.value as {readonly id?: unknown} | null;
	if (typeof raw?.id === 'string' && raw.id !== stem) {
		problems.push({path: ['id'], message: `id "${raw.id}" must equal the file name "${stem}"`});
	}

	const parsed = tenantFixtureSchema.safeParse(document.value, parseParams);
	if (!parsed.success) {
		problems.push(...flattenIssues(parsed.error.issues));
		return {ok: false, issues: locateAll(document, problems)};
	}

	checkTenantData(parsed.data, (path, message) => problems.push({path, message}));
	return problems.length > 0 ? {ok: false, issues: locateAll(document, problems)} : {ok: true, fixture: parsed.data};
}
