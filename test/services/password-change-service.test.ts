/**
 * "Update your password" end to end through the session service: the admin resets Priya's password, her next
 * browser sign-in stops at the password change, she picks a new one (facts: a seeded password, one argon2 hash,
 * one verification of the temporary password), and then she signs in with MFA.
 */
import {describe, expect, it} from 'vitest';
import {currentState, startSession} from '../../source/domain/session/play-session.js';
import {playIntent, type Session, type SessionIntent} from '../../source/services/session-service.js';
import {resolveUserIntent} from '../../source/services/user-service.js';
import {buildPerson, buildState, buildUser, registeredMethods} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

async function priyaWithHashedPassword(deps: ReturnType<typeof testDeps>) {
	const passwordHash = await deps.hasher.hash('Lantern-Harbour-47!');
	return buildState({
		users: [buildUser({id: 'priya', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification', passwordHash})],
		people: [buildPerson({userId: 'priya', knownPassword: 'Lantern-Harbour-47!'})],
	});
}

function lastSignIn(session: Session) {
	return currentState(session).signInLog.at(-1)!;
}

describe('change-password through the services', () => {
	it('reset, "Update your password", then a normal sign-in with MFA', async () => {
		// Given Priya's password was reset by the admin
		const deps = testDeps();
		let session: Session = startSession<SessionIntent>(await priyaWithHashedPassword(deps));
		session = await playIntent(session, {kind: 'admin', intent: {type: 'reset-password', userId: 'priya'}}, deps);

		// When she signs in in the browser, she is asked to update her password
		session = await playIntent(session, {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}}, deps);
		expect([lastSignIn(session).status, lastSignIn(session).errorCode]).toEqual(['Interrupted', 50_055]);

		// And when she chooses a new one and signs in again
		session = await playIntent(session, {kind: 'user', intent: {type: 'change-password', userId: 'priya'}}, deps);
		expect(session.turns.at(-1)!.rejection).toBeUndefined();
		session = await playIntent(session, {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}}, deps);

		// Then she is in, with MFA
		expect([lastSignIn(session).status, lastSignIn(session).mfaResultDetail]).toEqual(['Success', 'MFA successfully completed']);
		expect(currentState(session).tenant.users['priya']!.mustChangePassword).toBe(false);
	});

	it('the facts: a seeded new password, hashed once, and one verification of the password she knows', async () => {
		const deps = testDeps('cohort-7');
		const state = await priyaWithHashedPassword(deps);
		const before = {...deps.hasher.stats};

		const action = await resolveUserIntent(state, {type: 'change-password', userId: 'priya'}, deps);

		expect(action).toMatchObject({type: 'change-password', userId: 'priya', currentPasswordAccepted: true, newPassword: expect.stringMatching(/^[A-Z][a-z]{3}-[A-Z][a-z]{3}-\d{3}$/)});
		expect({hashes: deps.hasher.stats.hashes - before.hashes, verifications: deps.hasher.stats.verifications - before.verifications}).toEqual({hashes: 1, verifications: 1});
		const again = await resolveUserIntent(state, {type: 'change-password', userId: 'priya'}, testDeps('cohort-7'));
		expect(again.type === 'change-password' && action.type === 'change-password' && again.newPassword === action.newPassword).toBe(true);
	});

	it('a person who does not know the current password is refused, and nothing is hashed for nobody', async () => {
		const deps = testDeps();
		const state = buildState({users: [buildUser({id: 'priya', mustChangePassword: true, passwordHash: await deps.hasher.hash('Temp1234')})], people: [buildPerson({userId: 'priya', knownPassword: 'something-else'})]});

		expect(await resolveUserIntent(state, {type: 'change-password', userId: 'priya'}, deps)).toMatchObject({currentPasswordAccepted: false});
		const before = deps.hasher.stats.hashes;
		expect(await resolveUserIntent(state, {type: 'change-password', userId: 'ghost'}, deps)).toMatchObject({currentPasswordAccepted: false, passwordHash: ''});
		expect(deps.hasher.stats.hashes).toBe(before);
	});
});
