/**
 * What the loader accepts, the engine must run: every TOTP seed length a scenario may give works in a
 * sign-in, and longer seeds are refused when the file is read instead of crashing the first sign-in
 * (the TOTP engine refuses seeds over 64 bytes). Found by the hardening work; see the README's Reliability section.
 */
import {describe, expect, it} from 'vitest';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {formatIssue} from '../../source/scenario/issues.js';
import {buildInitialState} from '../../source/scenario/build-initial-state.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {signIn} from '../../source/services/sign-in-service.js';
import {testDeps} from '../helpers/fake-ports.js';
import {fixtureMap, minimalScenario} from '../scenario/scenario-test-helpers.js';

function withSeed(secret: string, method: 'authenticator' | 'hardware'): string {
	const methods = method === 'authenticator' ? `{authenticatorApps: [{deviceName: Pixel 8, secret: ${secret}}]}` : `{hardwareTokens: [{serialNumber: SN-1, secret: ${secret}}]}`;
	return minimalScenario('long-seed').replace('  base: contoso-small\n', `  base: contoso-small\n  users:\n    priya:\n      methods: ${methods}\n`);
}

describe('TOTP seeds: what loads also signs in', () => {
	it.each([16, 32, 64, 103])('a %i-character seed loads and every sign-in runs', async (length) => {
		for (const method of ['authenticator', 'hardware'] as const) {
			// Given a scenario whose seed is at the edge of what the loader accepts
			const parsed = parseScenarioText(withSeed('A'.repeat(length), method), {fileName: 'long-seed.yaml', fixtures: fixtureMap()});
			expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
			if (!parsed.ok || parsed.fixture === undefined) {
				return;
			}

			// When the user signs in with each of their clients, then the sign-in is evaluated (no throw)
			const {state} = buildInitialState(parsed.scenario, parsed.fixture, createSeededRandom(1));
			for (const client of state.world.people['priya']!.clients) {
				const result = await signIn(state, {userId: 'priya', clientId: client.id}, testDeps());
				expect(result.ok).toBe(true);
			}
		}
	});

	it.each([104, 128])('a %i-character seed is refused when the file is read', (length) => {
		for (const method of ['authenticator', 'hardware'] as const) {
			// Given a scenario with a seed longer than 64 bytes, when it is read, then it is refused with a located message
			const parsed = parseScenarioText(withSeed('A'.repeat(length), method), {fileName: 'long-seed.yaml', fixtures: fixtureMap()});
			expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([expect.stringMatching(/^long-seed\.yaml:\d+:\d+ tenant\.users\.priya\.methods\.\w+\[0\]\.secret: expected a Base32 secret of 16 to 103 characters/)]);
		}
	});
});
