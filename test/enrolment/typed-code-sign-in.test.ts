import {describe, expect, it} from 'vitest';
import {createSimulatedClock} from '../../source/adapters/simulated-clock.js';
import {MINUTE, SECOND} from '../../source/domain/common/time.js';
import type {Rejection} from '../../source/domain/common/rejection.js';
import {currentState, startSession} from '../../source/domain/session/play-session.js';
import {mfaResultDetails} from '../../source/domain/sign-in/mfa-result-detail.js';
import type {SignInResult} from '../../source/domain/sign-in/evaluate-sign-in.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import {signInWithTypedCode, startInRealTime} from '../../source/services/real-time.js';
import type {Session} from '../../source/services/session-service.js';
import {signIn} from '../../source/services/sign-in-service.js';
import {unixSeconds} from '../../source/services/totp-facts.js';
import {independentTotp} from './rfc6238.js';
import {builtInState} from './scenario-state.js';

// Lena's phone clock is 3 minutes fast in this scenario, so her simulated app's codes fail; a real app
// enrolled with her seed, on a correct clock, is what the trainee brings.
const scenario = 'codes-clock-drift';
const lenaInBrowser = {userId: 'lena', clientId: 'browser', method: 'app-code'} as const;

function lenaSecret(state: SimState): string {
	return state.tenant.users['lena']!.methods.softwareTokens[0]!.secret;
}

/** The log row of a sign-in, or the rejection itself so a failing expectation shows why. */
function entryOf(result: SignInResult | Rejection) {
	return 'entry' in result ? result.entry : result;
}

function lastSignIn(session: Session) {
	return currentState(session).signInLog.at(-1)!;
}

describe('a code from an independent TOTP implementation, typed at sign-in', () => {
	it('is accepted by the sign-in service at that time and rejected two steps (60 s) later', async () => {
		const {initial, deps} = await builtInState(scenario, 1);
		const {state} = initial;
		const code = independentTotp(lenaSecret(state), unixSeconds(state.now));

		const now = await signIn(state, {...lenaInBrowser, typedCode: code}, deps);
		const later = await signIn({...state, now: state.now + MINUTE}, {...lenaInBrowser, typedCode: code}, deps);

		expect(entryOf(now)).toMatchObject({status: 'Success', mfaResultDetail: mfaResultDetails.completed});
		expect(entryOf(later)).toMatchObject({status: 'Failure', mfaResultDetail: mfaResultDetails.incorrectCode});
	});

	it('is accepted one step late (30 s): the window is the current step and one either side', async () => {
		const {initial, deps} = await builtInState(scenario, 1);
		const {state} = initial;
		const code = independentTotp(lenaSecret(state), unixSeconds(state.now));

		const result = await signIn({...state, now: state.now + 30 * SECOND}, {...lenaInBrowser, typedCode: code}, deps);

		expect(entryOf(result)).toMatchObject({status: 'Success'});
	});

	it('in a real-time session: accepted when typed, refused as already used, refused after 60 s', async () => {
		const {initial, deps} = await builtInState(scenario, 1);
		const secret = lenaSecret(initial.state);
		const clock = createSimulatedClock(initial.state.now + 5 * SECOND);
		let session: Session = startSession(startInRealTime(initial.state, clock).state);
		const code = independentTotp(secret, unixSeconds(clock.now()));

		session = await signInWithTypedCode(session, {userId: 'lena', clientId: 'browser', code: `${code.slice(0, 3)} ${code.slice(3)}`}, clock, deps);
		expect(lastSignIn(session)).toMatchObject({status: 'Success', mfaResultDetail: mfaResultDetails.completed});

		clock.advance(10 * SECOND);
		session = await signInWithTypedCode(session, {userId: 'lena', clientId: 'browser', code}, clock, deps);
		expect(lastSignIn(session)).toMatchObject({status: 'Failure', mfaResultDetail: mfaResultDetails.codeAlreadyUsed});

		clock.advance(60 * SECOND);
		session = await signInWithTypedCode(session, {userId: 'lena', clientId: 'browser', code}, clock, deps);
		expect(lastSignIn(session)).toMatchObject({status: 'Failure', mfaResultDetail: mfaResultDetails.incorrectCode});

		session = await signInWithTypedCode(session, {userId: 'lena', clientId: 'browser', code: independentTotp(secret, unixSeconds(clock.now()))}, clock, deps);
		expect(lastSignIn(session)).toMatchObject({status: 'Success'});
	});

	it('records a sign-in intent with what the code was worth, never the code: grading sees a sign-in', async () => {
		const {initial, deps} = await builtInState(scenario, 1);
		const clock = createSimulatedClock(initial.state.now);
		const session = await signInWithTypedCode(startSession(initial.state), {userId: 'lena', clientId: 'browser', code: '123456'}, clock, deps);

		expect(session.turns.at(-1)!.intent).toEqual({
			kind: 'user',
			intent: {type: 'sign-in', userId: 'lena', clientId: 'browser', method: 'app-code'},
			typedCode: {shown: '12****', verdicts: {'sw-1': {accepted: false}}},
		});
		expect(JSON.stringify(session.turns.map((turn) => turn.intent))).not.toContain('123456');
	});

	it('a malformed code is a wrong code, not a crash', async () => {
		const {initial, deps} = await builtInState(scenario, 1);
		const clock = createSimulatedClock(initial.state.now);
		const session = await signInWithTypedCode(startSession(initial.state), {userId: 'lena', clientId: 'browser', code: '12a4567'}, clock, deps);

		expect(lastSignIn(session)).toMatchObject({status: 'Failure', mfaResultDetail: mfaResultDetails.incorrectCode});
	});
});
