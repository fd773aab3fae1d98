import {describe, expect, it} from 'vitest';
import type {Rejection} from '../../source/domain/common/rejection.js';
import type {Applied} from '../../source/domain/state/events.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {SignInResult} from '../../source/domain/sign-in/evaluate-sign-in.js';
import {signIn} from '../../source/services/sign-in-service.js';
import {runUserIntent} from '../../source/services/user-service.js';
import {before2022, browser, buildPerson, buildPhone, buildState, buildUser, outlook, registeredMethods, type StateOptions} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

type Deps = ReturnType<typeof testDeps>;

/** Priya: per-user MFA enforced, Authenticator codes by default, a browser and Outlook 2010. */
async function priya(deps: Deps, {clockOffsetSeconds = 0, ...options}: StateOptions & {clockOffsetSeconds?: number} = {}): Promise<SimState> {
	const user = buildUser({id: 'priya', perUserMfa: 'enforced', defaultMethod: 'app-code', passwordHash: await deps.hasher.hash('password-of-priya'), methods: registeredMethods()});
	const person = buildPerson({userId: 'priya', phone: buildPhone({clockOffsetSeconds}), clients: [browser(), outlook('2010')]});
	return buildState({users: [user], people: [person], ...options});
}

function accepted<T extends Applied<SimState>>(result: T | Rejection): T {
	if (!result.ok) {
		throw new Error(`expected the step to be accepted: ${result.code} ${result.message}`);
	}

	return result;
}

function row(result: SignInResult | Rejection) {
	const {entry} = accepted(result);
	return {status: entry.status, errorCode: entry.errorCode, detail: entry.mfaResultDetail};
}

describe('sign-in service, end to end through the evaluation', () => {
	it('a phone clock two minutes fast fails with an invalid app code; automatic time fixes it', async () => {
		const deps = testDeps();
		const state = await priya(deps, {clockOffsetSeconds: 120});

		const failed = await signIn(state, {userId: 'priya', clientId: 'browser'}, deps);
		expect(row(failed)).toEqual({status: 'Failure', errorCode: 500_121, detail: 'MFA denied; invalid mobile app verification code'});

		const fixed = accepted(await runUserIntent(accepted(failed).state, {type: 'set-phone-automatic-time', userId: 'priya'}, deps));
		expect(row(await signIn(fixed.state, {userId: 'priya', clientId: 'browser'}, deps))).toEqual({status: 'Success', errorCode: 0, detail: 'MFA successfully completed'});
	});

	it('in 2021 Priya makes an app password for Outlook 2010: one verification, MFA skipped due to app password', async () => {
		const deps = testDeps();
		const state = await priya(deps, {now: before2022, settings: {appPasswordsAllowed: true}});

		const created = accepted(await runUserIntent(state, {type: 'create-app-password', userId: 'priya', name: 'Laptop'}, deps));
		const appPasswordId = created.state.tenant.users['priya']?.appPasswords[0]?.id ?? '';
		const inOutlook = accepted(await runUserIntent(created.state, {type: 'use-app-password-in-client', userId: 'priya', clientId: 'outlook', appPasswordId}, deps));
		const before = deps.hasher.stats.verifications;

		expect(row(await signIn(inOutlook.state, {userId: 'priya', clientId: 'outlook'}, deps))).toEqual({status: 'Success', errorCode: 0, detail: 'MFA requirement skipped due to app password'});
		expect(deps.hasher.stats.verifications - before).toBe(1);
	});

	it('asking the user to sign in again goes through the same service and writes a sign-in log row', async () => {
		const deps = testDeps();
		const state = await priya(deps);

		const result = accepted(await runUserIntent(state, {type: 'sign-in', userId: 'priya', clientId: 'browser'}, deps));

		expect(result.state.signInLog).toHaveLength(1);
		expect(result.state.signInLog[0]?.status).toBe('Success');
	});

	it('an unknown client is refused by the evaluation, without any argon2 work', async () => {
		const deps = testDeps();
		const state = await priya(deps);
		const before = deps.hasher.stats.verifications;

		expect(await signIn(state, {userId: 'priya', clientId: 'fax-machine'}, deps)).toMatchObject({ok: false, code: 'client/not-found'});
		expect(deps.hasher.stats.verifications).toBe(before);
	});
});
