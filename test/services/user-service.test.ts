import {describe, expect, it} from 'vitest';
import type {HardwareOathToken} from '../../source/domain/tenant/methods.js';
import {resolveUserIntent, type UserIntent} from '../../source/services/user-service.js';
import {buildPerson, buildState, buildUser, registeredMethods} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

const base32Seed = /^[A-Z2-7]{16}$/;

describe('user service', () => {
	it('a new app password is 16 lowercase letters, hashed once and tagged for lookup', async () => {
		const deps = testDeps();
		const state = buildState({users: [buildUser({id: 'priya'})], people: [buildPerson({userId: 'priya'})]});

		const action = await resolveUserIntent(state, {type: 'create-app-password', userId: 'priya', name: 'Laptop'}, deps);

		expect(action.type).toBe('create-app-password');
		if (action.type === 'create-app-password') {
			expect(action.secret).toMatch(/^[a-z]{16}$/);
			expect(action.hash).not.toContain(action.secret);
			expect(action.lookupTag).toBe(deps.hasher.lookupTag(action.secret));
			expect(await deps.hasher.verify(action.hash, action.secret)).toBe(true);
		}

		expect(deps.hasher.stats.hashes).toBe(1);
	});

	it('finishing registration with the Authenticator app gets a fresh 10-byte seed; a text registration gets none', async () => {
		const state = buildState({users: [buildUser({id: 'priya', perUserMfa: 'enabled'})], people: [buildPerson({userId: 'priya'})]});

		const app = await resolveUserIntent(state, {type: 'complete-registration', userId: 'priya', method: 'authenticator-app'}, testDeps());
		const text = await resolveUserIntent(state, {type: 'complete-registration', userId: 'priya', method: 'text'}, testDeps());

		expect(app).toMatchObject({secret: expect.stringMatching(base32Seed)});
		expect(text).toEqual({type: 'complete-registration', userId: 'priya', method: 'text'});
	});

	it.each(['re-add-authenticator-account', 'move-authenticator-to-new-phone'] as const)('%s sets the account up again with a new seed', async (type) => {
		const state = buildState({users: [buildUser({id: 'priya', methods: registeredMethods()})], people: [buildPerson({userId: 'priya'})]});

		expect(await resolveUserIntent(state, {type, userId: 'priya'}, testDeps())).toEqual({type, userId: 'priya', secret: expect.stringMatching(base32Seed)});
	});

	it('the same intents with the same seed give the same secrets, so transcripts replay exactly', async () => {
		const state = buildState({users: [buildUser({id: 'priya'})], people: [buildPerson({userId: 'priya'})]});
		const intent: UserIntent = {type: 'create-app-password', userId: 'priya', name: 'iPhone'};

		const first = await resolveUserIntent(state, intent, testDeps('cohort-3'));
		const again = await resolveUserIntent(state, intent, testDeps('cohort-3'));

		expect(again).toEqual(first);
	});

	it('self-activating a key fob checks the code it shows now against the uploaded seed and interval', async () => {
		const fob: HardwareOathToken = {id: 'fob-1', serialNumber: 'TK-20417', manufacturer: 'Token2', model: 'C202', secret: 'GEZDGNBVGY3TQOJQ', periodSeconds: 30, status: 'assigned'};
		const state = buildState({
			users: [buildUser({id: 'sam', methods: registeredMethods({hardwareTokens: [fob]})})],
			people: [buildPerson({userId: 'sam', tokens: [{serialNumber: 'TK-20417', secret: 'GEZDGNBVGY3TQOJQ', periodSeconds: 30}]})],
		});

		expect(await resolveUserIntent(state, {type: 'activate-hardware-token', userId: 'sam', tokenId: 'fob-1'}, testDeps())).toMatchObject({codeAccepted: true});
	});

	it('actions without facts pass through untouched', async () => {
		const intent: UserIntent = {type: 'set-phone-automatic-time', userId: 'priya'};

		expect(await resolveUserIntent(buildState(), intent, testDeps())).toBe(intent);
	});
});
