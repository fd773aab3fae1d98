/** Shared helpers for the scenario format tests: fixtures read once, a minimal valid scenario to mutate. */
import {readFileSync} from 'node:fs';
import {parseTenantFixtureText, type FixtureParseResult} from '../../source/scenario/parse-fixture.js';
import type {TenantFixture} from '../../source/scenario/schema/tenant-fixture-schema.js';

export const fixturesDirectory = 'fixtures/tenants';

const cache = new Map<string, FixtureParseResult>();

/** A built-in tenant fixture, parsed (and cached) the way the loader does it. */
export function fixtureResult(id: string): FixtureParseResult {
	let result = cache.get(id);
	if (!result) {
		const fileName = `${fixturesDirectory}/${id}.yaml`;
		result = parseTenantFixtureText(readFileSync(fileName, 'utf8'), {fileName});
		cache.set(id, result);
	}

	return result;
}

/** A built-in tenant fixture that must be valid. */
export function fixture(id: string): TenantFixture {
	const result = fixtureResult(id);
	if (!result.ok) {
		throw new Error(`fixture ${id} is invalid: ${JSON.stringify(result.issues)}`);
	}

	return result.fixture;
}

/** Both built-in fixtures by id, as `parseScenarioText` takes them. */
export function fixtureMap(): ReadonlyMap<string, FixtureParseResult> {
	return new Map([
		['contoso-small', fixtureResult('contoso-small')],
		['fabrikam-large', fixtureResult('fabrikam-large')],
	]);
}

/** A minimal valid scenario on contoso-small with the given id (file name `<id>.yaml`). */
export function minimalScenario(id = 'minimal'): string {
	return `id: ${id}
title: Minimal scenario
topic: missing-codes
difficulty: 1
startsAt: 2024-03-12T09:00:00Z
actor: {user: aisha}
ticket:
  from: priya
  text: No code arrives by text.
tenant:
  base: contoso-small
goal:
  perUserMfa: {user: priya, is: enforced}
par: 1
solutions:
  - name: Ask her to sign in
    steps:
      - {ask: priya, to: sign-in, client: browser}
`;
}

/** Reads a repository file as text. */
export function read(file: string): string {
	return readFileSync(file, 'utf8');
}
