import {describe, expect, test} from 'vitest';
import {generateTenantCommand} from '../../source/commands/generate-tenant.js';
import {parseTenantFixtureText} from '../../source/scenario/parse-fixture.js';
import {runCommand} from './command-harness.js';

describe('mfadesk generate-tenant', () => {
	test('--users 300 --seed 5 prints a fixture the loader accepts under its own id, the same bytes every time', async () => {
		const first = await runCommand(generateTenantCommand, [], {users: 300, seed: 5});
		const second = await runCommand(generateTenantCommand, [], {users: 300, seed: 5});
		expect(first.code).toBe(0);
		expect(first.stderr).toBe('');
		expect(first.stdout).toBe(second.stdout);
		expect(first.stdout).toMatch(/^# generated-300-seed-5: a synthetic tenant of 300 users/);
		const parsed = parseTenantFixtureText(first.stdout, {fileName: 'generated-300-seed-5.yaml'});
		expect(parsed.ok && parsed.fixture.users.length).toBe(300);
	});

	test('a tenant over the fixture file limit is still printed, with a note on stderr', async () => {
		const result = await runCommand(generateTenantCommand, [], {users: 2000});
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n').filter((line) => line.startsWith('  - {id: '))).toHaveLength(2000);
		expect(result.stderr).toMatch(/note: .* bytes and 2,000 users; tenant fixture files are limited to 256 KiB/);
	});

	test('--users is required and bounded; a bad seed is a usage error', async () => {
		for (const flags of [{}, {users: 0}, {users: 100_001}, {users: 1.5}, {users: 10, seed: -1}]) {
			const result = await runCommand(generateTenantCommand, [], flags);
			expect(result.code, JSON.stringify(flags)).toBe(2);
			expect(result.stderr).toMatch(/Usage: mfadesk generate-tenant/);
		}

		expect((await runCommand(generateTenantCommand, ['extra'], {users: 10})).code).toBe(2);
		expect((await runCommand(generateTenantCommand, [])).stderr).toMatch(/^mfadesk: --users <n> is required: how many users, from 1 to 100,000\n/);
		expect((await runCommand(generateTenantCommand, [], {users: 0})).stderr).toMatch(/^mfadesk: --users must be a whole number from 1 to 100,000, got 0\n/);
	});
});
