import {createSeededRandom} from '../adapters/seeded-random.js';
import type {SimState} from '../domain/state/sim-state.js';
import {buildInitialState} from '../scenario/build-initial-state.js';
import {generateTenantFixture} from '../scenario/generate-tenant.js';
import {parseScenarioText} from '../scenario/parse-scenario.js';
import type {Scenario} from '../scenario/schema/scenario-schema.js';
import type {TenantFixture} from '../scenario/schema/tenant-fixture-schema.js';
import type {Deps} from '../services/deps.js';
import {finishAppPasswords, type RunPorts} from '../services/scenario-run-service.js';

/** A generated tenant of `users` users (seed 1), as `mfadesk generate-tenant --users <n>` writes it. */
export function generatedTenant(users: number): TenantFixture {
	return generateTenantFixture({users, seed: 1}, createSeededRandom('generate-tenant:1'));
}

/**
 * A minimal valid scenario on a fixture: the trainee is the fixture's first user (a Global Administrator) and
 * the clock starts at `startsAt`. Parsed by the real scenario loader, so it is exactly what a file would give.
 */
export function benchScenario(fixture: TenantFixture, startsAt = '2024-03-12T09:00:00Z'): Scenario {
	const admin = fixture.users[0]!.id;
	const text = [
		'id: bench',
		'title: Benchmark',
		'topic: missing-codes',
		'difficulty: 1',
		`startsAt: ${startsAt}`,
		`actor: {user: ${admin}}`,
		`ticket: {from: ${admin}, text: Benchmark}`,
		`tenant: {base: ${fixture.id}}`,
		`goal: {perUserMfa: {user: ${admin}, is: enforced}}`,
		'par: 1',
		'solutions:',
		`  - {name: none, steps: [{ask: ${admin}, to: sign-in, client: browser}]}`,
		'',
	].join('\n');
	const parsed = parseScenarioText(text, {fileName: 'bench.yaml'});
	if (!parsed.ok) {
		throw new Error(`bench scenario: ${JSON.stringify(parsed.issues)}`);
	}

	return parsed.scenario;
}

/** A loaded play: the start state (pending app passwords finished) and the ports it was built with. */
export type LoadedPlay = {readonly state: SimState; readonly deps: Deps};

/**
 * Loads a tenant the way `run` and `play` do: seeded materialisation of the scenario on the fixture, then the
 * app passwords people know get their hash (precomputed here) and lookup tag from the session's hasher.
 */
export async function loadPlay(fixture: TenantFixture, ports: RunPorts, startsAt?: string): Promise<LoadedPlay> {
	const random = ports.randomFor('1');
	const initial = buildInitialState(benchScenario(fixture, startsAt), fixture, random);
	const deps = ports.depsFor({seed: '1', tenantId: initial.state.tenant.id, random});
	return {state: await finishAppPasswords(initial, deps), deps};
}
