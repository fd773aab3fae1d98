import {describe, expect, it} from 'vitest';
import type {HardwareOathToken} from '../../source/domain/tenant/methods.js';
import {buildSignInFacts, type SignInRequest} from '../../source/services/sign-in-service.js';
import {authenticatorSecret, browser, buildPerson, buildPhone, buildState, buildUser, outlook, registeredMethods, today} from '../helpers/build-state.js';
import {storedAppPassword, testDeps} from '../helpers/fake-ports.js';

const tenantStep = Math.floor(today / 1000 / 30);
const priyaInBrowser: SignInRequest = {userId: 'priya', clientId: 'browser'};
const freshSeed = 'KRSXG5CTMVRXEZLU';

const keyFob = (overrides: Partial<HardwareOathToken> = {}): HardwareOathToken => ({
	id: 'fob-1',
	serialNumber: 'TK-20417',
	manufacturer: 'Token2',
	model: 'C202',
	secret: 'GEZDGNBVGY3TQOJQ',
	periodSeconds: 30,
	status: 'activated',
	...overrides,
});

describe('sign-in facts: what the person types and what the tenant accepts', () => {
	it('Priya\'s phone on automatic time shows a code the tenant accepts at the current step', async () => {
		const deps = testDeps();
		const state = buildState({users: [buildUser({id: 'priya', methods: registeredMethods()})], people: [buildPerson({userId: 'priya'})]});

		const facts = await buildSignInFacts(state, priyaInBrowser, deps);

		expect(facts.totp['auth-app-1']).toEqual({code: deps.totp.generate(authenticatorSecret, today / 1000, 30), accepted: true, timeStep: tenantStep});
	});

	it('a phone clock two minutes fast shows a code the tenant rejects', async () => {
		const state = buildState({
			users: [buildUser({id: 'priya', methods: registeredMethods()})],
			people: [buildPerson({userId: 'priya', phone: buildPhone({clockOffsetSeconds: 120, automaticTime: false})})],
		});

		const fact = (await buildSignInFacts(state, priyaInBrowser, testDeps())).totp['auth-app-1'];

		expect(fact?.code).toMatch(/^\d{6}$/);
		expect(fact?.accepted).toBe(false);
	});

	it('a phone clock 25 seconds fast is still inside the one-step window', async () => {
		const state = buildState({
			users: [buildUser({id: 'priya', methods: registeredMethods()})],
			people: [buildPerson({userId: 'priya', phone: buildPhone({clockOffsetSeconds: 25, automaticTime: false})})],
		});

		expect((await buildSignInFacts(state, priyaInBrowser, testDeps())).totp['auth-app-1']?.accepted).toBe(true);
	});

	it('an Authenticator account restored from an old backup holds a stale seed: its codes are rejected', async () => {
		const reRegistered = registeredMethods({
			authenticatorApps: [{id: 'auth-app-1', deviceName: 'iPhone 13', push: true, code: true, secret: freshSeed, registeredAt: today}],
		});
		const state = buildState({users: [buildUser({id: 'priya', methods: reRegistered})], people: [buildPerson({userId: 'priya'})]});

		const fact = (await buildSignInFacts(state, priyaInBrowser, testDeps())).totp['auth-app-1'];

		expect(fact?.code).toMatch(/^\d{6}$/);
		expect(fact?.accepted).toBe(false);
	});

	it('a key fob that ticks every 60 s, uploaded as 30 s, shows codes the tenant rejects', async () => {
		const state = buildState({
			users: [buildUser({id: 'sam', methods: registeredMethods({hardwareTokens: [keyFob({periodSeconds: 30})]})})],
			people: [buildPerson({userId: 'sam', tokens: [{serialNumber: 'TK-20417', secret: 'GEZDGNBVGY3TQOJQ', periodSeconds: 60}]})],
		});

		const fact = (await buildSignInFacts(state, {userId: 'sam', clientId: 'browser'}, testDeps())).totp['fob-1'];

		expect(fact?.code).toMatch(/^\d{6}$/);
		expect(fact?.accepted).toBe(false);
	});

	it('the same fob uploaded with the right 60 s interval is accepted at its own step', async () => {
		const state = buildState({
			users: [buildUser({id: 'sam', methods: registeredMethods({hardwareTokens: [keyFob({periodSeconds: 60})]})})],
			people: [buildPerson({userId: 'sam', tokens: [{serialNumber: 'TK-20417', secret: 'GEZDGNBVGY3TQOJQ', periodSeconds: 60}]})],
		});

		const fact = (await buildSignInFacts(state, {userId: 'sam', clientId: 'browser'}, testDeps())).totp['fob-1'];

		expect(fact).toMatchObject({accepted: true, timeStep: Math.floor(today / 1000 / 60)});
	});

	it('nothing shows a code when the phone is off, the app is gone, or the fob is not in hand', async () => {
		const methods = registeredMethods({hardwareTokens: [keyFob()]});
		const phoneOff = buildState({users: [buildUser({id: 'priya', methods})], people: [buildPerson({userId: 'priya', phone: buildPhone({poweredOn: false})})]});
		const appGone = buildState({
			users: [buildUser({id: 'priya', methods})],
			people: [buildPerson({userId: 'priya', phone: buildPhone({authenticator: {installed: false, notificationsAllowed: true, batteryOptimised: false, accounts: []}})})],
		});

		for (const state of [phoneOff, appGone]) {
			const facts = await buildSignInFacts(state, priyaInBrowser, testDeps());
			expect(facts.totp['auth-app-1']).toEqual({accepted: false});
			expect(facts.totp['fob-1']).toEqual({accepted: false});
		}
	});

	it('only OATH credentials get facts: a push-only Authenticator registration has none', async () => {
		const pushOnly = registeredMethods({authenticatorApps: [{id: 'auth-app-1', deviceName: 'Pixel 8', push: true, code: false, secret: authenticatorSecret, registeredAt: today}]});
		const state = buildState({users: [buildUser({id: 'priya', methods: pushOnly})], people: [buildPerson({userId: 'priya'})]});

		expect((await buildSignInFacts(state, priyaInBrowser, testDeps())).totp).toEqual({});
	});

	it('a browser asks, so the person types their password: one verification, password matched', async () => {
		const deps = testDeps();
		const priya = buildUser({id: 'priya', passwordHash: await deps.hasher.hash('password-of-priya')});
		const state = buildState({users: [priya], people: [buildPerson({userId: 'priya', clients: [browser()]})]});
		const before = deps.hasher.stats.verifications;

		expect((await buildSignInFacts(state, priyaInBrowser, deps)).credential).toEqual({kind: 'password'});
		expect(deps.hasher.stats.verifications - before).toBe(1);
	});

	it('Outlook 2010 sends the app password saved in it, not the password the person knows', async () => {
		const deps = testDeps();
		const laptop = await storedAppPassword(deps.hasher, 'ap-0001', 'qwertyuiopasdfgh');
		const priya = buildUser({id: 'priya', passwordHash: await deps.hasher.hash('password-of-priya'), appPasswords: [laptop]});
		const state = buildState({users: [priya], people: [buildPerson({userId: 'priya', clients: [outlook('2010', {}, {savedSecret: 'qwertyuiopasdfgh'})]})]});
		const before = deps.hasher.stats.verifications;

		expect((await buildSignInFacts(state, {userId: 'priya', clientId: 'outlook'}, deps)).credential).toEqual({kind: 'app-password', appPasswordId: 'ap-0001'});
		expect(deps.hasher.stats.verifications - before).toBe(1);
	});

	it('an unknown client checks nothing: no argon2 work, no match (the evaluation rejects it)', async () => {
		const deps = testDeps();
		const state = buildState({users: [buildUser({id: 'priya'})], people: [buildPerson({userId: 'priya'})]});

		expect((await buildSignInFacts(state, {userId: 'priya', clientId: 'fax-machine'}, deps)).credential).toEqual({kind: 'no-match'});
		expect(deps.hasher.stats.verifications).toBe(0);
	});

	it('draws a 6-digit text code and a 10-99 number match, the same for the same seed', async () => {
		const state = buildState({users: [buildUser({id: 'priya', methods: registeredMethods()})], people: [buildPerson({userId: 'priya'})]});
		const first = await buildSignInFacts(state, priyaInBrowser, testDeps('seed-1'));

		expect(first.oneTimeCode).toMatch(/^\d{6}$/);
		expect(first.numberMatch).toBeGreaterThanOrEqual(10);
		expect(first.numberMatch).toBeLessThanOrEqual(99);
		expect(await buildSignInFacts(state, priyaInBrowser, testDeps('seed-1'))).toEqual(first);
	});

	it('in real-time mode the code the trainee typed from a real app is what the tenant checks', async () => {
		const deps = testDeps();
		const state = buildState({users: [buildUser({id: 'priya', methods: registeredMethods()})], people: [buildPerson({userId: 'priya'})]});
		const fromRealApp = deps.totp.generate(authenticatorSecret, today / 1000 - 20, 30);

		const typedRight = await buildSignInFacts(state, {...priyaInBrowser, typedCode: fromRealApp}, deps);
		const typedWrong = await buildSignInFacts(state, {...priyaInBrowser, typedCode: '12a456'}, deps);

		expect(typedRight.totp['auth-app-1']).toMatchObject({code: fromRealApp, accepted: true});
		expect(typedWrong.totp['auth-app-1']).toEqual({code: '12a456', accepted: false});
	});
});
