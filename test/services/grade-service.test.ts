import {describe, expect, test} from 'vitest';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {GoalPredicate} from '../../source/scenario/schema/goal-schema.js';
import {scenarioSchema, type Scenario} from '../../source/scenario/schema/scenario-schema.js';
import {checkPredicate, gradeSession} from '../../source/services/grade-service.js';
import {playIntent, type Session} from '../../source/services/session-service.js';
import {startSession} from '../../source/domain/session/play-session.js';
import {browser, buildPerson, buildState, buildUser, registeredMethods} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

type Deps = ReturnType<typeof testDeps>;

/** Priya, Enforced, signs in with Authenticator codes; the office range is trusted. */
async function priyaState(deps: Deps): Promise<SimState> {
	const priya = buildUser({id: 'priya', displayName: 'Priya Patel', perUserMfa: 'enforced', defaultMethod: 'app-code', methods: registeredMethods(), passwordHash: await deps.hasher.hash('password-of-priya')});
	return buildState({users: [priya], people: [buildPerson({userId: 'priya', networkId: 'office', clients: [browser()]})], settings: {trustedIpRanges: ['203.0.113.0/24']}});
}

/** A scenario around a goal (only the fields grading reads matter). */
function scenarioWith(goal: GoalPredicate, extra: Partial<Scenario> = {}): Scenario {
	const scenario = scenarioSchema.parse({
		id: 'grade-test',
		title: 'Grade test',
		topic: 'missing-codes',
		difficulty: 1,
		startsAt: '2024-03-12T09:00:00Z',
		actor: {user: 'admin'},
		ticket: {from: 'priya', text: 'x'},
		tenant: {base: 'contoso-small'},
		goal,
		par: 1,
		solutions: [{name: 's', steps: [{wait: '1m'}]}],
	});
	return {...scenario, ...extra};
}

const signInFrom = (network?: string, mfaResultDetail?: string): GoalPredicate => ({
	signIn: {user: 'priya', client: 'browser', expect: 'Success', ...(network === undefined ? {} : {network}), ...(mfaResultDetail === undefined ? {} : {mfaResultDetail})},
});

describe('grading a session', () => {
	test('verification sign-ins run on a copy: the session is unchanged, and a TOTP code just used is not replayed', async () => {
		const deps = testDeps();
		let session: Session = startSession(await priyaState(deps));
		session = await playIntent(session, {kind: 'user', intent: {type: 'move-to-network', userId: 'priya', networkId: 'home'}}, deps);
		session = await playIntent(session, {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}}, deps);
		expect(session.turns.at(-1)!.state.signInLog.at(-1)).toMatchObject({status: 'Success', mfaResultDetail: 'MFA successfully completed'});
		const before = JSON.stringify(session);
		const grade = await gradeSession(session, scenarioWith(signInFrom(undefined, 'MFA successfully completed')), deps);
		expect(grade.goal.checks[0]).toMatchObject({passed: true, actual: 'Success, OATH verification code, "MFA successfully completed"'});
		expect(JSON.stringify(session)).toBe(before);
		// Going home and signing in only tried things: nothing counts against par.
		expect(grade).toMatchObject({passed: true, actions: 0, elapsedMinutes: 4});
	});

	test('`network` moves the person for the verification only', async () => {
		const deps = testDeps();
		const state = await priyaState(deps);
		const fromHome = await checkPredicate(state, signInFrom('home', 'MFA successfully completed'), deps);
		const fromOffice = await checkPredicate(state, signInFrom(undefined, 'MFA requirement skipped due to location'), deps);
		expect(fromHome.passed).toBe(true);
		expect(fromOffice.passed).toBe(true);
		expect(state.world.people['priya']!.networkId).toBe('office');
	});

	test('`method` signs in another way', async () => {
		const deps = testDeps();
		const state = await priyaState(deps);
		const goal: GoalPredicate = {signIn: {user: 'priya', client: 'browser', method: 'text', network: 'home', expect: 'Success'}};
		const result = await checkPredicate(state, goal, deps);
		expect(result.passed).toBe(true);
		expect(result.checks[0]!.explanation).toContain('Text message');
	});

	test('an escalation is recorded in the state and satisfies `escalated`', async () => {
		const deps = testDeps();
		let session: Session = startSession(await priyaState(deps));
		session = await playIntent(session, {kind: 'escalate', to: 'privileged-authentication-administrator', reason: 'Needs a privileged role.'}, deps);
		const state = session.turns.at(-1)!.state;
		expect(state.escalations).toEqual([{at: state.now, to: 'privileged-authentication-administrator', reason: 'Needs a privileged role.'}]);
		expect(state.now - session.initial.now).toBe(5 * 60_000);
		const grade = await gradeSession(session, scenarioWith({escalated: {to: 'privileged-authentication-administrator'}}), deps);
		expect(grade.goal.passed).toBe(true);
		const empty = await playIntent(startSession(await priyaState(deps)), {kind: 'escalate', to: 'tier-2', reason: '  '}, deps);
		expect(empty.turns[0]!.rejection?.code).toBe('input/invalid');
	});
});
