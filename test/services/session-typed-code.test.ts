/**
 * The session service plays a sign-in that carries a typed code (real time) with the code's recorded
 * verdicts in place of what the simulated devices show; everything else is resolved as for any
 * sign-in. So a transcript replays it without the code and without the clock it was typed at.
 */
import {describe, expect, it} from 'vitest';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {createRunPorts} from '../../source/commands/real-deps.js';
import {MINUTE} from '../../source/domain/common/time.js';
import {currentState, startSession} from '../../source/domain/session/play-session.js';
import {typedCodeFacts} from '../../source/domain/session/typed-code.js';
import {mfaResultDetails} from '../../source/domain/sign-in/mfa-result-detail.js';
import {resolveTypedCode} from '../../source/services/real-time.js';
import {playIntent, resolveIntent, type Session, type SessionIntent} from '../../source/services/session-service.js';
import {unixSeconds} from '../../source/services/totp-facts.js';
import {independentTotp} from '../enrolment/rfc6238.js';
import {builtInState} from '../enrolment/scenario-state.js';

// Lena's phone is 3 minutes fast: her simulated app's codes are refused, a real app's are not.
const scenario = 'codes-clock-drift';
const signIn = {kind: 'user', intent: {type: 'sign-in', userId: 'lena', clientId: 'browser', method: 'app-code'}} as const satisfies SessionIntent;

/** Fresh deps with the same seeded stream, so two resolutions draw the same values. */
function depsFor(tenantId: string) {
	const random = createSeededRandom('draws');
	return createRunPorts().depsFor({seed: 'draws', tenantId, random});
}

async function lenaState() {
	const {initial} = await builtInState(scenario, 1);
	const {state} = initial;
	return {state, code: independentTotp(state.tenant.users['lena']!.methods.softwareTokens[0]!.secret, unixSeconds(state.now))};
}

describe('a sign-in with a typed code', () => {
	it('is resolved with the recorded verdicts instead of the devices, and with the same other facts', async () => {
		const {state, code} = await lenaState();
		const typedCode = resolveTypedCode(state, 'lena', code, state.now, depsFor(state.tenant.id));

		const typed = await resolveIntent(state, {...signIn, typedCode}, depsFor(state.tenant.id));
		const plain = await resolveIntent(state, signIn, depsFor(state.tenant.id));

		expect(typedCode.verdicts['sw-1']).toEqual({accepted: true, timeStep: expect.any(Number) as number});
		expect(typed.kind === 'sign-in' && typed.facts.totp).toEqual(typedCodeFacts(typedCode));
		expect(plain.kind === 'sign-in' && plain.facts.totp['sw-1']?.accepted).toBe(false);
		expect(typed.kind === 'sign-in' && {...typed.facts, totp: {}}).toEqual(plain.kind === 'sign-in' && {...plain.facts, totp: {}});
	});

	it('signs Lena in once; the same verdicts a minute later are refused as already used, by the state, not the record', async () => {
		const {state, code} = await lenaState();
		const deps = depsFor(state.tenant.id);
		const typedCode = resolveTypedCode(state, 'lena', code, state.now, deps);
		let session: Session = startSession(state);

		session = await playIntent(session, {...signIn, typedCode}, deps);
		expect(currentState(session).signInLog.at(-1)).toMatchObject({status: 'Success', mfaResultDetail: mfaResultDetails.completed});

		session = await playIntent(session, {...signIn, typedCode}, deps);
		expect(currentState(session).now).toBe(state.now + 2 * MINUTE);
		expect(currentState(session).signInLog.at(-1)).toMatchObject({status: 'Failure', mfaResultDetail: mfaResultDetails.codeAlreadyUsed});
	});

	it('a code no credential of the user accepts is refused as a wrong code, its trace quoting it masked', async () => {
		const {state, code} = await lenaState();
		const wrong = code === '000000' ? '111111' : '000000';
		const deps = depsFor(state.tenant.id);

		const session = await playIntent(startSession(state), {...signIn, typedCode: resolveTypedCode(state, 'lena', wrong, state.now, deps)}, deps);
		const entry = currentState(session).signInLog.at(-1)!;

		expect(entry).toMatchObject({status: 'Failure', mfaResultDetail: mfaResultDetails.incorrectCode});
		expect(JSON.stringify(entry.trace)).toContain(`The code ${wrong.slice(0, 2)}**** from`);
		expect(JSON.stringify(entry)).not.toMatch(new RegExp(`(?<!\\d)${wrong}(?!\\d)`));
	});

	it('an unknown person has no verdicts to keep', async () => {
		const {state, code} = await lenaState();

		expect(resolveTypedCode(state, 'nobody', code, state.now, depsFor(state.tenant.id))).toEqual({shown: `${code.slice(0, 2)}****`, verdicts: {}});
	});
});
