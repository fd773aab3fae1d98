import {describe, expect, test} from 'vitest';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {generatedTenantId, generateTenantFixture, sharedAppPassword, sharedPassword} from '../../source/scenario/generate-tenant.js';
import {parseTenantFixtureText} from '../../source/scenario/parse-fixture.js';
import {personOf} from '../../source/scenario/resolve-person.js';
import type {TenantFixture} from '../../source/scenario/schema/tenant-fixture-schema.js';
import {tenantFixtureYamlLines, yamlFlow} from '../../source/scenario/tenant-fixture-yaml.js';

function generate(users: number, seed: number | string = 7): TenantFixture {
	return generateTenantFixture({users, seed}, createSeededRandom(`generate-tenant:${seed}`));
}

function yamlOf(fixture: TenantFixture): string {
	return `${[...tenantFixtureYamlLines(fixture, ['generated'])].join('\n')}\n`;
}

function share(fixture: TenantFixture, predicate: (user: TenantFixture['users'][number]) => boolean): number {
	return fixture.users.filter(predicate).length / fixture.users.length;
}

describe('the tenant generator', () => {
	test('the same seed gives the same tenant, byte for byte; another seed a different one', () => {
		expect(yamlOf(generate(400, 3))).toBe(yamlOf(generate(400, 3)));
		expect(yamlOf(generate(400, 4))).not.toBe(yamlOf(generate(400, 3)));
	});

	test('its YAML is a tenant fixture the loader accepts, with every user and person', () => {
		// Given a tenant small enough for the fixture file limit (256 KiB)
		const fixture = generate(600);
		const file = `${generatedTenantId({users: 600, seed: 7})}.yaml`;

		// When the fixture loader reads the YAML
		const parsed = parseTenantFixtureText(yamlOf(fixture), {fileName: file});

		// Then it is valid and round-trips the users and people
		expect(parsed.ok ? [] : parsed.issues.slice(0, 5)).toEqual([]);
		if (parsed.ok) {
			expect(parsed.fixture.users).toHaveLength(600);
			expect(parsed.fixture.users.map((user) => user.id)).toEqual(fixture.users.map((user) => user.id));
			expect(Object.keys(parsed.fixture.people ?? {})).toEqual(Object.keys(fixture.people ?? {}));
		}
	});

	test('every user shares the precomputed password hash, and saved app passwords carry theirs: loading hashes nothing', () => {
		const fixture = generate(3000);
		expect(fixture.passwordHash).toBe(sharedPassword.hash);
		expect(fixture.users.every((user) => user.passwordHash === undefined)).toBe(true);
		const appPasswords = fixture.users.flatMap((user) => user.appPasswords ?? []);
		expect(appPasswords.length).toBeGreaterThan(0);
		expect(appPasswords.every((entry) => entry.hash === sharedAppPassword.hash)).toBe(true);
	});

	test('the mix looks like a roll-out part-way through: states, methods, clients, app passwords and roles in sane proportions', () => {
		const fixture = generate(5000);
		const members = fixture.users.filter((user) => user.userType !== 'guest');
		const enforced = members.filter((user) => user.perUserMfa === 'enforced').length / members.length;
		const disabled = members.filter((user) => user.perUserMfa === 'disabled').length / members.length;
		expect(enforced).toBeGreaterThan(0.45);
		expect(enforced).toBeLessThan(0.65);
		expect(disabled).toBeGreaterThan(0.25);
		expect(disabled).toBeLessThan(0.45);
		expect(share(fixture, (user) => user.perUserMfa === 'enabled')).toBeGreaterThan(0.05);

		// Most enforced users registered; the Authenticator app is the commonest method, then the phone
		const enforcedUsers = fixture.users.filter((user) => user.perUserMfa === 'enforced');
		expect(enforcedUsers.filter((user) => user.methods !== undefined).length / enforcedUsers.length).toBeGreaterThan(0.9);
		const registered = fixture.users.filter((user) => user.methods !== undefined);
		const withApp = registered.filter((user) => (user.methods?.authenticatorApps ?? []).length > 0).length / registered.length;
		expect(withApp).toBeGreaterThan(0.6);
		expect(withApp).toBeLessThan(0.85);
		expect(registered.some((user) => (user.methods?.hardwareTokens ?? []).length > 0)).toBe(true);

		// App passwords: a few percent of users, and some power users with 10 to 40
		const counts = fixture.users.map((user) => (user.appPasswords ?? []).length);
		expect(counts.filter((count) => count > 0).length / counts.length).toBeGreaterThan(0.01);
		expect(counts.filter((count) => count > 0).length / counts.length).toBeLessThan(0.1);
		expect(Math.max(...counts)).toBeGreaterThanOrEqual(10);
		expect(Math.max(...counts)).toBeLessThanOrEqual(40);

		// Admins are a small minority, the first user is a Global Administrator; guests and blocked accounts exist
		expect(fixture.users[0]?.roles).toEqual(['global-administrator']);
		const admins = share(fixture, (user) => (user.roles ?? []).length > 0);
		expect(admins).toBeGreaterThan(0.005);
		expect(admins).toBeLessThan(0.05);
		expect(share(fixture, (user) => user.userType === 'guest')).toBeGreaterThan(0.01);
		expect(share(fixture, (user) => user.accountEnabled === false)).toBeGreaterThan(0.005);

		// Clients: most people have the modern defaults; some a legacy client, which holds their app password when they have one
		const people = fixture.users.map((user) => personOf(fixture, user));
		const legacy = people.filter((person) => person.clients.some((client) => client.kind === 'ios-mail' || client.kind === 'mail-client' || (client.kind === 'outlook' && client.version !== '365')));
		expect(legacy.length / people.length).toBeGreaterThan(0.05);
		expect(legacy.length / people.length).toBeLessThan(0.3);
		expect(people.filter((person) => Object.keys(person.appPasswords).length > 0).length).toBe(counts.filter((count) => count > 0).length);
	});

	test('ids are unique even when names repeat, and survive accents and apostrophes', () => {
		const fixture = generate(5000);
		const ids = fixture.users.map((user) => user.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.every((id) => /^[a-z0-9][a-z0-9._-]{0,63}$/.test(id))).toBe(true);
	});

	test('flow YAML quotes what would not read back as the same string', () => {
		expect(yamlFlow({a: 'Edge on laptop', b: 'true', c: '+1 4255550100', d: '2010', e: 'x: y', f: "O'Neill"})).toBe(
			'{a: Edge on laptop, b: "true", c: "+1 4255550100", d: "2010", e: "x: y", f: "O\'Neill"}',
		);
	});
});
