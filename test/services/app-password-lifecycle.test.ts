/**
 * The app-password lifecycle of fact sheet 4.3, played end to end through the session service:
 * intents in, facts computed by the (fake) hasher, the pure model deciding, the sign-in log out.
 */
import {describe, expect, it} from 'vitest';
import {currentState, startSession} from '../../source/domain/session/play-session.js';
import {mfaResultDetails} from '../../source/domain/sign-in/mfa-result-detail.js';
import type {SignInLogEntry} from '../../source/domain/state/logs.js';
import {findUser} from '../../source/domain/tenant/tenant.js';
import {playIntent, type Session, type SessionIntent} from '../../source/services/session-service.js';
import {before2022, browser, buildPerson, buildState, buildUser, imapClient, outlook, registeredMethods} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

const deps = testDeps('lifecycle');

async function play(session: Session, ...intents: SessionIntent[]): Promise<Session> {
	let current = session;
	for (const intent of intents) {
		current = await playIntent(current, intent, deps);
	}

	return current;
}

function lastSignIn(session: Session): SignInLogEntry {
	const entry = currentState(session).signInLog.at(-1);
	if (!entry) {
		throw new Error('no sign-in recorded');
	}

	return entry;
}

const outlookSignIn: SessionIntent = {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'outlook'}};

/** Priya, Enforced in 2021, with Outlook 2010 that only does Basic auth, in a tenant that allows app passwords. */
async function priyaWithOutlook2010(): Promise<Session> {
	const passwordHash = await deps.hasher.hash('password-of-priya');
	return startSession<SessionIntent>(
		buildState({
			now: before2022,
			settings: {appPasswordsAllowed: true},
			users: [buildUser({id: 'priya', passwordHash, perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification'})],
			people: [buildPerson({userId: 'priya', clients: [browser(), outlook('2010')]})],
		}),
	);
}

async function withWorkingAppPassword(): Promise<Session> {
	return play(
		await priyaWithOutlook2010(),
		{kind: 'user', intent: {type: 'create-app-password', userId: 'priya', name: 'Laptop'}},
		{kind: 'user', intent: {type: 'use-app-password-in-client', userId: 'priya', clientId: 'outlook', appPasswordId: 'ap-0001'}},
		outlookSignIn,
	);
}

describe('app passwords before 1 Oct 2022 (fact sheet 4.3)', () => {
	it('Outlook 2010 fails with the normal password once priya is Enforced', async () => {
		const session = await play(await priyaWithOutlook2010(), outlookSignIn);
		expect(lastSignIn(session)).toMatchObject({status: 'Failure', errorCode: 50_076});
	});

	it('works again with an app password, logged as skipped due to app password', async () => {
		const session = await withWorkingAppPassword();
		expect(lastSignIn(session)).toMatchObject({status: 'Success', mfaResultDetail: mfaResultDetails.skippedAppPassword, clientApp: 'Outlook Anywhere (RPC over HTTP)'});
	});

	it('keeps working after an admin resets her password: resets do not revoke app passwords', async () => {
		const session = await play(await withWorkingAppPassword(), {kind: 'admin', intent: {type: 'reset-password', userId: 'priya'}}, outlookSignIn);
		expect(lastSignIn(session).status).toBe('Success');
	});

	it('keeps working after the tenant stops allowing app passwords', async () => {
		const session = await play(await withWorkingAppPassword(), {kind: 'admin', intent: {type: 'set-app-passwords-allowed', allowed: false}}, outlookSignIn);
		expect(lastSignIn(session).status).toBe('Success');
	});

	it('stops working once the admin deletes all existing app passwords', async () => {
		const session = await play(
			await withWorkingAppPassword(),
			{kind: 'admin', intent: {type: 'manage-user-settings', userIds: ['priya'], requireContactMethodsAgain: false, deleteAllAppPasswords: true, restoreMfaOnRememberedDevices: false}},
			outlookSignIn,
		);
		expect(lastSignIn(session)).toMatchObject({status: 'Failure', errorCode: 50_126});
		expect(findUser(currentState(session).tenant, 'priya')?.appPasswords).toEqual([]);
	});

	it('stops an attacker whose IMAP client holds the app password, where a password reset did not', async () => {
		// Given an attacker's IMAP client saved priya's app password
		let session = await play(await priyaWithOutlook2010(), {kind: 'user', intent: {type: 'create-app-password', userId: 'priya', name: 'Laptop'}});
		const secret = currentState(session).world.people['priya']!.notedAppPasswords['ap-0001']!;
		const state = currentState(session);
		const person = state.world.people['priya']!;
		session = startSession<SessionIntent>({...state, world: {...state.world, people: {priya: {...person, clients: [...person.clients, imapClient({savedSecret: secret})]}}}});
		const imapSignIn: SessionIntent = {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'thunderbird'}};
		// When the admin only resets the password, the IMAP client still gets in
		session = await play(session, {kind: 'admin', intent: {type: 'reset-password', userId: 'priya'}}, imapSignIn);
		expect(lastSignIn(session).status).toBe('Success');
		// Then deleting all app passwords locks it out
		session = await play(
			session,
			{kind: 'admin', intent: {type: 'manage-user-settings', userIds: ['priya'], requireContactMethodsAgain: false, deleteAllAppPasswords: true, restoreMfaOnRememberedDevices: false}},
			imapSignIn,
		);
		expect(lastSignIn(session).status).toBe('Failure');
	});
});

describe('after 1 Oct 2022 (fact sheet 10)', () => {
	it('refuses the app password for Outlook 2010 because Exchange retired Basic authentication', async () => {
		const state = currentState(await withWorkingAppPassword());
		const later = startSession<SessionIntent>({...state, now: Date.parse('2023-02-01T09:00:00Z')});
		const session = await play(later, outlookSignIn);
		expect(lastSignIn(session)).toMatchObject({status: 'Failure', errorCode: 0});
		expect(lastSignIn(session).failureReason).toContain('retired on 1 Oct 2022');
	});
});

describe('the session is an exact fold', () => {
	it('replays the same intents with the same seed to the same sign-in outcomes', async () => {
		const first = await withWorkingAppPassword();
		const second = await withWorkingAppPassword();
		expect(currentState(second).signInLog.map((entry) => entry.status)).toEqual(currentState(first).signInLog.map((entry) => entry.status));
	});
});
