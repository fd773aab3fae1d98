import {collectScenarioFiles} from '../services/scenario-source-service.js';
import {describeWrongKind, pathKindOf, tenantHint} from './file-kind.js';
import {plural} from '../domain/common/plural.js';

/**
 * Why the paths given to `mfadesk test` hold no scenario: what each path holds (a steps file, a tenant fixture, a
 * file of another kind, a directory with none) and what `test` takes, in one sentence.
 */

/** Why one path holds no scenario, and the steps files in it (to show how they are played). */
export type NoScenarioReason = {readonly why: string; readonly stepsFiles: readonly string[]; readonly namedFile: boolean};

/** Why a path that exists holds no scenario (call it only when none was found under it). */
export async function noScenarioReason(entry: string): Promise<NoScenarioReason> {
	const found = await pathKindOf(entry);
	if (found.kind !== 'directory') {
		const why = describeWrongKind(entry, found, 'scenario') ?? `${entry} is not a scenario`;
		return {why: found.kind === 'tenant' ? `${why}; ${tenantHint}` : why, stepsFiles: found.kind === 'steps' ? [entry] : [], namedFile: true};
	}

	const {stepsFiles} = await collectScenarioFiles([entry]);
	const why = stepsFiles.length === 0 ? 'no .yaml, .yml or .json file (searched recursively)' : `${plural(stepsFiles.length, 'steps file')} (only steps:, for run --solution) and no scenario`;
	return {why: `${entry} holds ${why}`, stepsFiles, namedFile: false};
}

/** The sentence for `test` when no scenario was found under its paths, with how to play a steps file when one was given. */
export function noScenariosMessage(reasons: readonly NoScenarioReason[]): string {
	const steps = reasons.flatMap((reason) => reason.stepsFiles);
	const play = steps.length === 0 ? '' : `; to play a scenario with a steps file: mfadesk run <id|file> --solution ${steps[0]!}`;
	return `${reasons.map((reason) => reason.why).join('; ')}. test takes scenarios (YAML or JSON files with id, title, ticket, tenant, goal and solutions) or directories holding them${play}`;
}
