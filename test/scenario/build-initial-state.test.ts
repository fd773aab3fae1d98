import {describe, expect, test} from 'vitest';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {buildInitialState, withAppPasswordFacts} from '../../source/scenario/build-initial-state.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import type {Scenario} from '../../source/scenario/schema/scenario-schema.js';
import {fixture, fixtureMap, minimalScenario, read} from './scenario-test-helpers.js';

function scenario(text: string, fileName: string): Scenario {
	const result = parseScenarioText(text, {fileName, fixtures: fixtureMap()});
	if (!result.ok) {
		throw new Error(JSON.stringify(result.issues));
	}

	return result.scenario;
}

const codes = scenario(read('fixtures/scenarios/codes-wrong-number.yaml'), 'codes-wrong-number.yaml');
const outlook = scenario(read('fixtures/scenarios/outlook-2013-prompts.yaml'), 'outlook-2013-prompts.yaml');
const contoso = fixture('contoso-small');

describe('buildInitialState', () => {
	test('materialises the broken state the ticket describes', () => {
		const {state, variables} = buildInitialState(codes, contoso, createSeededRandom(1));
		const priya = state.tenant.users['priya']!;
		expect(['+1 425555012', '+1 4255505123', '+1 4255550213']).toContain(variables['typo']);
		expect(priya.methods.authenticationPhone?.number).toBe(variables['typo']);
		expect(state.world.people['priya']!.phone?.number).toBe('+1 4255550123');
		expect(state.world.people['priya']!.networkId).toBe('office');
		expect(state.now).toBe(Date.parse('2024-03-12T09:00:00Z'));
		expect(state.actorId).toBe('sam');
		expect(state.tenant.users['sam']!.roles).toEqual(['helpdesk-administrator', 'authentication-administrator']);
		expect(Object.keys(state.tenant.users)).toHaveLength(contoso.users.length);
		expect(state.tenant.upnIndex['priya.patel@contoso.com']).toBe('priya');
	});

	test('the same seed gives the same state; seeds pick different variants', () => {
		const first = buildInitialState(outlook, contoso, createSeededRandom(42));
		const again = buildInitialState(outlook, contoso, createSeededRandom(42));
		expect(JSON.stringify(again)).toBe(JSON.stringify(first));
		const variants = new Set(Array.from({length: 20}, (_, seed) => buildInitialState(outlook, contoso, createSeededRandom(seed)).variables['who']));
		expect(variants).toEqual(new Set(['sofia', 'george']));
	});

	test('substitutes variables everywhere: ticket, tenant patches, goal and steps', () => {
		const seed = Array.from({length: 20}, (_, each) => each).find((each) => buildInitialState(outlook, contoso, createSeededRandom(each)).variables['who'] === 'george')!;
		const {state, scenario: variant} = buildInitialState(outlook, contoso, createSeededRandom(seed));
		expect(variant.ticket.from).toBe('george');
		expect(JSON.stringify(variant)).not.toContain('${who}');
		const client = state.world.people['george']!.clients.find((each) => each.id === 'outlook');
		expect(client).toMatchObject({kind: 'outlook', version: '2013', registry: {}, name: 'Outlook 2013 on desktop'});
		expect(state.world.people['george']!.clients.map((each) => each.id)).toEqual(['browser', 'outlook', 'teams']);
	});

	test('generates missing TOTP seeds from the seeded generator and mirrors them on the phone', () => {
		const {state} = buildInitialState(codes, contoso, createSeededRandom(3));
		const mei = state.tenant.users['mei']!;
		const registration = mei.methods.authenticatorApps[0]!;
		expect(registration).toMatchObject({id: 'app-1', deviceName: 'iPhone 14 Plus', push: true, code: true});
		expect(registration.secret).toMatch(/^[A-Z2-7]{16}$/);
		const account = state.world.people['mei']!.phone!.authenticator.accounts[0]!;
		expect(account).toMatchObject({registrationId: 'app-1', secret: registration.secret, activated: true});
		expect(state.world.people['ahmed']!.tokens[0]!.secret).toBe(state.tenant.users['ahmed']!.methods.hardwareTokens[0]!.secret);
	});

	test('applies person defaults and overrides: clients, no phone, own password', () => {
		const {state} = buildInitialState(codes, contoso, createSeededRandom(3));
		expect(state.world.people['oliver']!.clients.map((each) => each.id)).toEqual(['browser', 'outlook']);
		expect(state.world.people['mei']!.clients.map((each) => each.name)).toEqual(['Edge on work laptop', 'Outlook for Microsoft 365', 'Microsoft Teams']);
		expect(state.world.people['scanner']!.phone).toBeUndefined();
		expect(state.world.people['scanner']!.clients[0]!.savedSecret).toBe(contoso.defaultPassword);
		expect(state.world.people['gwen']!.knownPassword).toBe('Quartz-Falcon-19#');
		expect(state.tenant.users['gwen']!.passwordHash).not.toBe(contoso.passwordHash);
		expect(state.tenant.users['priya']!.passwordHash).toBe(contoso.passwordHash);
		expect(state.world.people['noah']!.phone).toMatchObject({isSmartphone: false, number: '+1 4255550136'});
		expect(state.world.people['alex']!.homeCountry).toBe('FR');
	});

	test('no plaintext secret reaches the tenant side', () => {
		const {state} = buildInitialState(codes, contoso, createSeededRandom(3));
		const tenantText = JSON.stringify(state.tenant);
		expect(tenantText).not.toContain(contoso.defaultPassword);
		expect(tenantText).not.toContain('Quartz-Falcon-19#');
		expect(tenantText).not.toContain('hqvzmtrwkcpxbnld');
		expect(JSON.stringify(state.world)).toContain('hqvzmtrwkcpxbnld');
	});

	test('known app passwords are handed to the service to tag (and hash if needed), then filled in purely', () => {
		const {state, pendingAppPasswords} = buildInitialState(codes, contoso, createSeededRandom(3));
		expect(pendingAppPasswords).toEqual([{userId: 'ben', appPasswordId: 'ap-1', secret: 'hqvzmtrwkcpxbnld', hash: contoso.users.find((each) => each.id === 'ben')!.appPasswords![0]!.hash}]);
		expect(state.world.people['ben']!.notedAppPasswords).toEqual({'ap-1': 'hqvzmtrwkcpxbnld'});
		expect(state.world.people['ben']!.clients.find((each) => each.id === 'thunderbird')!.savedSecret).toBe('hqvzmtrwkcpxbnld');
		const filled = withAppPasswordFacts(state, [{userId: 'ben', appPasswordId: 'ap-1', hash: 'h', lookupTag: 't'}]);
		expect(filled.tenant.users['ben']!.appPasswords[0]).toMatchObject({hash: 'h', lookupTag: 't'});
		expect(state.tenant.users['ben']!.appPasswords[0]!.lookupTag).toBe('');
	});

	test('remembered-device grants link to the browser cookie and expire after the remember-MFA days', () => {
		const text = minimalScenario().replace(
			'  base: contoso-small',
			'  base: contoso-small\n  settings: {rememberMfa: {enabled: true, days: 30}}\n  users:\n    priya: {rememberedDevices: [{client: browser, grantedAt: 2024-03-01T10:00:00Z}]}',
		);
		const {state} = buildInitialState(scenario(text, 'minimal.yaml'), contoso, createSeededRandom(1));
		const grant = state.tenant.users['priya']!.rememberedDevices[0]!;
		expect(grant).toEqual({id: 'rd-priya-1', clientId: 'browser', grantedAt: Date.parse('2024-03-01T10:00:00Z'), expiresAt: Date.parse('2024-03-31T10:00:00Z')});
		expect(state.world.people['priya']!.clients[0]).toMatchObject({kind: 'browser', rememberCookie: {grantId: 'rd-priya-1'}});
		expect(state.tenant.settings.rememberMfa).toEqual({enabled: true, days: 30});
	});

	test('builds the large tenant without hashing: every user shares the fixture hash', () => {
		const large = fixture('fabrikam-large');
		const text = minimalScenario().replace('base: contoso-small', 'base: fabrikam-large').replace(/priya/g, 'svc-reports').replace('aisha', 'laila.novak').replace('client: browser', 'client: powershell');
		const {state} = buildInitialState(scenario(text, 'minimal.yaml'), large, createSeededRandom(9));
		expect(Object.keys(state.tenant.users).length).toBeGreaterThanOrEqual(150);
		expect(new Set(Object.values(state.tenant.users).map((user) => user.passwordHash))).toEqual(new Set([large.passwordHash]));
		expect(state.tenant.exchange.modernAuthEnabled).toBe(true);
		expect(state.tenant.settings.trustedIpRanges).toEqual(['203.0.113.128/27']);
	});
});
