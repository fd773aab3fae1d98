import {describe, expect, it} from 'vitest';
import type {HardwareOathToken} from '../../source/domain/tenant/methods.js';
import {resolveAdminIntent, runAdminIntent, type AdminIntent} from '../../source/services/admin-service.js';
import {buildPerson, buildState, buildUser, registeredMethods} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

const unactivatedFob: HardwareOathToken = {
	id: 'fob-1',
	serialNumber: 'TK-20417',
	manufacturer: 'Token2',
	model: 'C202',
	secret: 'GEZDGNBVGY3TQOJQ',
	periodSeconds: 30,
	status: 'assigned',
};

function samWithFob(devicePeriod: 30 | 60) {
	return buildState({
		users: [buildUser({id: 'sam', methods: registeredMethods({hardwareTokens: [unactivatedFob]})})],
		people: [buildPerson({userId: 'sam', tokens: [{serialNumber: 'TK-20417', secret: 'GEZDGNBVGY3TQOJQ', periodSeconds: devicePeriod}]})],
	});
}

describe('admin service', () => {
	it('a password reset draws a readable temporary password and hashes it once', async () => {
		const deps = testDeps();
		const state = buildState({users: [buildUser({id: 'priya'})], people: [buildPerson({userId: 'priya'})]});

		const command = await resolveAdminIntent(state, {type: 'reset-password', userId: 'priya'}, deps);

		expect(command).toMatchObject({type: 'reset-password', userId: 'priya', temporaryPassword: expect.stringMatching(/^[A-Z][a-z]{3}\d{4}$/)});
		expect(deps.hasher.stats).toEqual({hashes: 1, verifications: 0});
		if (command.type === 'reset-password') {
			expect(command.passwordHash).not.toContain(command.temporaryPassword);
			expect(await deps.hasher.verify(command.passwordHash, command.temporaryPassword)).toBe(true);
		}
	});

	it('after the reset the person knows the temporary password and the tenant holds only its hash', async () => {
		const deps = testDeps();
		const state = buildState({users: [buildUser({id: 'priya'})], people: [buildPerson({userId: 'priya'})]});

		const result = await runAdminIntent(state, {type: 'reset-password', userId: 'priya'}, deps);

		expect(result.ok).toBe(true);
		if (result.ok) {
			const known = result.state.world.people['priya']?.knownPassword ?? '';
			expect(known).toMatch(/^[A-Z][a-z]{3}\d{4}$/);
			expect(await deps.hasher.verify(result.state.tenant.users['priya']?.passwordHash ?? '', known)).toBe(true);
		}
	});

	it('replaying the same intent with the same seed gives the same temporary password', async () => {
		const state = buildState({users: [buildUser({id: 'priya'})], people: [buildPerson({userId: 'priya'})]});
		const intent: AdminIntent = {type: 'reset-password', userId: 'priya'};

		const first = await resolveAdminIntent(state, intent, testDeps('cohort-3'));
		const again = await resolveAdminIntent(state, intent, testDeps('cohort-3'));

		expect(again).toEqual(first);
	});

	it('Sam reads the code off a fob that really ticks every 60 s, uploaded as 30 s: activation fails', async () => {
		const result = await runAdminIntent(samWithFob(60), {type: 'activate-hardware-token', userId: 'sam', tokenId: 'fob-1'}, testDeps());

		expect(result).toMatchObject({ok: false, code: 'token/invalid-code'});
	});

	it('with the interval uploaded right, the code on the fob activates it', async () => {
		const result = await runAdminIntent(samWithFob(30), {type: 'activate-hardware-token', userId: 'sam', tokenId: 'fob-1'}, testDeps());

		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.state.tenant.users['sam']?.methods.hardwareTokens[0]?.status).toBe('activated');
		}
	});

	it('a token that is not in the tenant resolves to "code not accepted" and the domain names the real problem', async () => {
		const result = await runAdminIntent(samWithFob(30), {type: 'activate-hardware-token', userId: 'sam', tokenId: 'fob-9'}, testDeps());

		expect(result).toMatchObject({ok: false, code: 'token/not-found'});
	});

	it('commands that need no facts pass through untouched, with no hashing', async () => {
		const deps = testDeps();
		const intent: AdminIntent = {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enforced'};

		expect(await resolveAdminIntent(buildState(), intent, deps)).toBe(intent);
		expect(deps.hasher.stats).toEqual({hashes: 0, verifications: 0});
	});
});
