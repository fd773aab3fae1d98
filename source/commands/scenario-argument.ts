import {findScenario, looksLikePath, type ScenarioSources} from '../services/scenario-source-service.js';
import type {CommandName} from './command-specs.js';
import {describeWrongKind, isPlainlyNoScenario, pathKindOf, tenantHint} from './file-kind.js';

/** What findScenario answers. */
type Found = Awaited<ReturnType<typeof findScenario>>;

/**
 * Why a path given as `<id|file>` is plainly no scenario, as one sentence: a directory, a tenant fixture, other
 * YAML, a file of another kind. Steps files are left to findScenario, which says how to play them.
 */
async function notAScenario(reference: string, command: CommandName): Promise<string | undefined> {
	const found = await pathKindOf(reference);
	if (!isPlainlyNoScenario(found) || found.kind === 'steps') {
		return undefined;
	}

	const hint = found.kind === 'directory' ? ` (mfadesk test ${reference} tests the scenarios in it)` : found.kind === 'tenant' ? ` (${tenantHint})` : '';
	return `${describeWrongKind(reference, found, 'scenario')!}: ${command} takes one scenario id or scenario file${hint}`;
}

/**
 * findScenario for a command's `<id|file>` argument, but a path that is plainly no scenario (a directory, a tenant
 * fixture, `notes.txt`) gets one sentence saying what it is, not "no scenario" or the schema's list of problems.
 */
export async function findScenarioArgument(reference: string, sources: ScenarioSources, command: CommandName): Promise<Found> {
	const before = looksLikePath(reference) ? await notAScenario(reference, command) : undefined;
	if (before !== undefined) {
		return {ok: false, issues: [], message: before};
	}

	const found = await findScenario(reference, sources);
	if (found.ok || found.issues.length > 0 || looksLikePath(reference)) {
		return found;
	}

	// Not an id: perhaps a path without a scenario's extension or slash (`notes.txt`, a directory).
	const after = await notAScenario(reference, command);
	return after === undefined ? found : {ok: false, issues: [], message: after};
}
