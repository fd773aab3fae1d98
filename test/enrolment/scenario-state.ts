/** Loads a built-in scenario and builds its seeded initial state the way `mfadesk run --seed` does. */
import path from 'node:path';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {createRunPorts} from '../../source/commands/real-deps.js';
import {buildInitialState, type InitialState} from '../../source/scenario/build-initial-state.js';
import type {Deps} from '../../source/services/deps.js';
import {findScenario} from '../../source/services/scenario-source-service.js';

export const fixturesDir = path.resolve('fixtures');

/** The initial state of a built-in scenario for a seed, and the real ports (argon2 verifies the fixture hashes). */
export async function builtInState(id: string, seed: number): Promise<{readonly initial: InitialState; readonly deps: Deps}> {
	const found = await findScenario(id, {fixturesDir});
	if (!found.ok) {
		throw new Error(`${id} did not load`);
	}

	const random = createSeededRandom(String(seed));
	const initial = buildInitialState(found.loaded.scenario, found.loaded.fixture, random);
	const deps = createRunPorts().depsFor({seed: String(seed), tenantId: initial.state.tenant.id, random});
	return {initial, deps};
}
