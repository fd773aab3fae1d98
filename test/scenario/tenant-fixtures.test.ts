import {describe, expect, test} from 'vitest';
import {adminRoles} from '../../source/domain/tenant/roles.js';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseTenantFixtureText} from '../../source/scenario/parse-fixture.js';
import {fixture, fixtureResult, read} from './scenario-test-helpers.js';

describe('built-in tenant fixtures', () => {
	test.each(['contoso-small', 'fabrikam-large'])('%s is valid', (id) => {
		const result = fixtureResult(id);
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
	});

	test('contoso-small: about 25 users with one account per admin role a scenario needs, and mixed MFA states', () => {
		const contoso = fixture('contoso-small');
		expect(contoso.users.length).toBeGreaterThanOrEqual(25);
		const roles = new Set(contoso.users.flatMap((user) => user.roles ?? []));
		for (const role of ['global-administrator', 'privileged-authentication-administrator', 'authentication-administrator', 'authentication-policy-administrator', 'helpdesk-administrator', 'user-administrator', 'security-administrator'] as const) {
			expect(roles.has(role)).toBe(true);
		}

		expect(new Set(contoso.users.map((user) => user.perUserMfa))).toEqual(new Set(['enforced', 'enabled', 'disabled', undefined]));
		const methods = contoso.users.map((user) => user.methods ?? {});
		expect(methods.some((each) => each.softwareTokens?.length)).toBe(true);
		expect(methods.some((each) => each.hardwareTokens?.length)).toBe(true);
		expect(methods.some((each) => each.officePhone)).toBe(true);
		expect(contoso.users.some((user) => user.userType === 'guest')).toBe(true);
	});

	test('fabrikam-large: 150+ users', () => {
		const large = fixture('fabrikam-large');
		expect(large.users.length).toBeGreaterThanOrEqual(150);
		expect(large.users.every((user) => (user.roles ?? []).every((role) => adminRoles.includes(role)))).toBe(true);
	});

	test('passwords are one shared precomputed argon2id hash at the OWASP minimum', () => {
		for (const id of ['contoso-small', 'fabrikam-large']) {
			expect(fixture(id).passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
		}
	});
});

describe('parseTenantFixtureText', () => {
	const base = read('fixtures/tenants/contoso-small.yaml');

	test.each([
		['a duplicate user id', '  - id: marcus\n', '  - id: gwen\n', 'contoso-small.yaml:60:9 users[1].id: duplicate user id "gwen"'],
		['an unknown person', 'people:\n', 'people:\n  nobody: {network: home}\n', 'contoso-small.yaml:284:3 people.nobody: unknown user "nobody": people are keyed by user id'],
		['an own hash without a password', '    password: Quartz-Falcon-19#\n', '', 'contoso-small.yaml:284:3 people.gwen.password: gwen has their own passwordHash: give the person\'s password (plaintext) too'],
		['a remembered device on a missing client', '    defaultMethod: text\n', '    defaultMethod: text\n    rememberedDevices: [{client: edge, grantedAt: 2024-03-01}]\n', 'contoso-small.yaml:159:34 users[10].rememberedDevices[0].client: priya has no browser client "edge": expected one of browser, outlook, iphone-mail'],
		['an id that is not the file name', 'id: contoso-small\n', 'id: contoso\n', 'contoso-small.yaml:3:5 id: id "contoso" must equal the file name "contoso-small"'],
	])('%s', (_name, from, to, message) => {
		expect(base.includes(from)).toBe(true);
		const result = parseTenantFixtureText(base.replace(from, to), {fileName: 'contoso-small.yaml'});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([message]);
	});
});
