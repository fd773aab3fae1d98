/**
 * Efficiency counts only what changed something (README "Scoring"): admin commands, remedies asked of the user and
 * escalations. Reproducing the fault, verifying a fix, moving somewhere to try, waiting and refused actions are free,
 * so investigating never lowers the score.
 */
import {describe, expect, test} from 'vitest';
import {startSession} from '../../source/domain/session/play-session.js';
import {scenarioSchema} from '../../source/scenario/schema/scenario-schema.js';
import {gradeSession} from '../../source/services/grade-service.js';
import {playIntent, type Session, type SessionIntent} from '../../source/services/session-service.js';
import {browser, buildPerson, buildState, buildUser, registeredMethods} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';

/** The ticket is done once escalated; par 3. */
const scenario = scenarioSchema.parse({
	id: 'efficiency',
	title: 'Efficiency',
	topic: 'policy',
	difficulty: 1,
	startsAt: '2024-03-12T09:00:00Z',
	actor: {user: 'admin'},
	ticket: {from: 'priya', text: 'x'},
	tenant: {base: 'contoso-small'},
	goal: {escalated: {}},
	par: 3,
	solutions: [{name: 's', steps: [{escalate: 'tier-2', reason: 'x'}]}],
});

async function play(intents: readonly SessionIntent[]) {
	const deps = testDeps();
	const priya = buildUser({id: 'priya', displayName: 'Priya Patel', perUserMfa: 'enforced', methods: registeredMethods(), passwordHash: await deps.hasher.hash('password-of-priya')});
	// A Helpdesk Administrator: resetting Priya's password is allowed, changing tenant settings is refused.
	const state = buildState({users: [priya], people: [buildPerson({userId: 'priya', networkId: 'office', clients: [browser()]})], actorRoles: ['helpdesk-administrator']});
	let session: Session = startSession(state);
	for (const intent of intents) {
		session = await playIntent(session, intent, deps);
	}

	return {session, grade: await gradeSession(session, scenario, deps)};
}

const signIn: SessionIntent = {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}};

describe('investigating is free', () => {
	test('a trainee who reproduces, tries from home, waits and hits a refusal before three changes keeps every efficiency point', async () => {
		// Given a trainee who investigates thoroughly before and after fixing
		const {session, grade} = await play([
			signIn,
			{kind: 'user', intent: {type: 'move-to-network', userId: 'priya', networkId: 'home'}},
			signIn,
			{kind: 'wait', minutes: 5},
			{kind: 'admin', intent: {type: 'set-app-passwords-allowed', allowed: true}},
			{kind: 'admin', intent: {type: 'reset-password', userId: 'priya'}},
			{kind: 'user', intent: {type: 'change-password', userId: 'priya'}},
			signIn,
			{kind: 'escalate', to: 'tier-2', reason: 'Needs a policy change.'},
		]);

		// Then only the reset, the password change and the escalation count against par
		expect(session.turns[4]!.rejection?.code).toBe('role/insufficient');
		expect(grade.actions).toBe(3);
		expect(grade.score.breakdown.find((line) => line.component === 'efficiency')).toMatchObject({points: 10, detail: '3 changes against a par of 3 (sign-ins, waits and refused actions are free).'});
	});

	test('each change beyond par still costs 2 points', async () => {
		const reset: SessionIntent = {kind: 'admin', intent: {type: 'reset-password', userId: 'priya'}};
		const {grade} = await play([reset, reset, reset, reset, {kind: 'escalate', to: 'tier-2', reason: 'x'}]);
		expect(grade.actions).toBe(5);
		expect(grade.score.breakdown.find((line) => line.component === 'efficiency')?.points).toBe(6);
	});
});
