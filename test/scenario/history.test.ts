/**
 * `history:` what happened before the ticket, replayed through the same session fold as play when a scenario
 * starts. The rows it leaves are the rows a live attempt would have left, so the evidence a ticket mentions is
 * in the sign-in and audit logs from the first screen; none of it is a trainee turn.
 */
import {describe, expect, test} from 'vitest';
import {createRunPorts} from '../../source/commands/real-deps.js';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {MINUTE, parseInstant} from '../../source/domain/common/time.js';
import {startSession} from '../../source/domain/session/play-session.js';
import {evaluateSignIn} from '../../source/domain/sign-in/evaluate-sign-in.js';
import {buildInitialState} from '../../source/scenario/build-initial-state.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import type {Scenario} from '../../source/scenario/schema/scenario-schema.js';
import {finishAppPasswords, runScenario} from '../../source/services/scenario-run-service.js';
import {signIn} from '../../source/services/sign-in-service.js';
import {passwordFacts} from '../helpers/build-state.js';
import {testDeps} from '../helpers/fake-ports.js';
import {fixture, fixtureMap, minimalScenario, read} from './scenario-test-helpers.js';

const contoso = fixture('contoso-small');
const startsAt = parseInstant('2024-03-12T09:00:00Z')!;

/** The minimal scenario (Priya, 2024-03-12 09:00) with a tenant patch and a `history:` block. */
function withHistory(history: string, tenant = ''): Scenario {
	const text = minimalScenario()
		.replace('  base: contoso-small', `  base: contoso-small${tenant}`)
		.replace('goal:\n', history === '' ? 'goal:\n' : `history:\n${history}\ngoal:\n`);
	const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
	if (!result.ok) {
		throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
	}

	return result.scenario;
}

function builtIn(id: string): Scenario {
	const fileName = `fixtures/scenarios/${id}.yaml`;
	const result = parseScenarioText(read(fileName), {fileName, fixtures: fixtureMap(), builtIn: true});
	if (!result.ok) {
		throw new Error(JSON.stringify(result.issues));
	}

	return result.scenario;
}

/** Priya's registered number is not the SIM in her hand (codes-wrong-number). */
const wrongNumber = '\n  users:\n    priya:\n      methods: {authenticationPhone: "+1 4255550999"}\n  people:\n    priya:\n      phone: {number: "+1 4255550123"}';

describe('history: the logs already hold what happened before the ticket', () => {
	test('a past sign-in leaves exactly the row a live sign-in leaves at that instant', () => {
		// Given Priya's number is mistyped, and she tried to sign in twenty minutes before the ticket
		const withPast = buildInitialState(withHistory('  - {minutesBeforeStart: 20, user: priya, did: sign-in, client: browser}', wrongNumber), contoso, createSeededRandom(1));
		const without = buildInitialState(withHistory('', wrongNumber), contoso, createSeededRandom(1));

		// When the same attempt is evaluated live on the tenant before history, at that instant
		const live = evaluateSignIn({...without.state, now: startsAt - 20 * MINUTE, signInLog: [], sequence: 0}, {userId: 'priya', clientId: 'browser', mode: 'interactive'}, passwordFacts());

		// Then the seeded row is that row: same code, MFA result detail, trace and ids
		expect(live.ok).toBe(true);
		expect(withPast.state.signInLog).toEqual([live.ok ? live.entry : undefined]);
		expect(withPast.state.signInLog[0]).toMatchObject({status: 'Failure', errorCode: 500_121, authMethod: 'Text message', at: startsAt - 20 * MINUTE});
	});

	test('play starts at startsAt with no turns: history is neither undone, counted against par, nor transcribed', async () => {
		const scenario = builtIn('app-password-survives-reset');
		const initial = buildInitialState(scenario, contoso, createSeededRandom(1));
		const session = startSession(initial.state);
		expect(session.turns).toEqual([]);
		expect(initial.state.now).toBe(parseInstant(scenario.startsAt));
		expect(initial.state.signInLog.length).toBeGreaterThan(5);

		// A headless run of the reference solution counts only its own steps: one change (the deletion; his sign-in is free)
		const ports = createRunPorts({cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});
		const report = await runScenario({scenario, fixture: contoso}, {kind: 'solution', name: 'Ben deletes the app password he doesn\'t recognise'}, {seed: 1, ports});
		expect([report.passed, report.actions, report.steps.length]).toEqual([true, 1, 2]);
		expect(report.score.breakdown.find((line) => line.component === 'efficiency')?.points).toBe(10);
	});

	test('an admin event acts as the admin it names; the trainee is the actor again afterwards', () => {
		const {state} = buildInitialState(withHistory('  - {at: 2024-03-11T16:00:00Z, admin: set-per-user-mfa, users: [oliver], state: enabled, by: gwen}'), contoso, createSeededRandom(1));
		expect(state.auditLog.map((row) => [row.activity, row.initiatedBy, row.targetUpn, row.at])).toEqual([
			['Update per-user multifactor authentication state', 'gwen.adeyemi@contoso.com', 'oliver.grant@contoso.com', parseInstant('2024-03-11T16:00:00Z')],
		]);
		expect(state.tenant.users['oliver']!.perUserMfa).toBe('enabled');
		expect(state.actorId).toBe('aisha'); // the minimal scenario's trainee account
	});

	test('conditions hold for their attempt only: the phone gets its signal back, the client its own network', () => {
		// Given Priya once signed in from a hotel in Lyon while her phone had no signal
		const {state} = buildInitialState(
			withHistory('  - {minutesBeforeStart: 600, user: priya, did: sign-in, client: browser, network: hotel-lyon, phone: {hasSignal: false}}'),
			contoso,
			createSeededRandom(1),
		);

		// Then the row says Lyon and a text that was never entered...
		expect(state.signInLog.map((row) => [row.location, row.authMethod, row.mfaResultDetail])).toEqual([['Lyon, FR', 'Text message', 'MFA denied; user never entered the verification code']]);
		// ...and now her phone has signal and her browser is wherever she is
		const priya = state.world.people['priya']!;
		expect(priya.phone!.hasSignal).toBe(true);
		expect(priya.clients.find((client) => client.id === 'browser')!.network).toBeUndefined();
	});

	test('what the person did with a push is stated per attempt: a denial, then their usual approval', () => {
		const {state} = buildInitialState(
			withHistory(['  - {minutesBeforeStart: 30, user: ben, did: sign-in, client: browser, push: deny}', '  - {minutesBeforeStart: 25, user: ben, did: sign-in, client: browser}'].join('\n')),
			contoso,
			createSeededRandom(1),
		);
		expect(state.signInLog.map((row) => [row.status, row.mfaResultDetail])).toEqual([
			['Failure', 'MFA denied; user declined the authentication'],
			['Success', 'MFA successfully completed'],
		]);
		expect(state.world.people['ben']!.behaviour.pushResponse).toBe('approve');
	});

	test('repeated bad passwords lock the account as smart lockout would: the lockout is played, not stated', () => {
		// Given Outlook sent a wrong password ten times a minute apart, ending five minutes before the ticket
		const {state} = buildInitialState(withHistory('  - {minutesBeforeStart: 14, times: 10, every: 1m, user: priya, did: sign-in, client: outlook, password: wrong}'), contoso, createSeededRandom(1));

		// Then ten 50126 rows, and the account is locked at the start (the first lockout: one minute from the 10th)
		expect(state.signInLog.map((row) => row.errorCode)).toEqual(Array.from({length: 10}, () => 50_126));
		expect(state.tenant.users['priya']!.lockout).toEqual({failedAttempts: 0, lockoutCount: 1, lockedUntil: startsAt - 4 * MINUTE});
	});

	test('events at the same instant keep their written order; later lines can come first in time', () => {
		const {state} = buildInitialState(
			withHistory(['  - {minutesBeforeStart: 5, user: priya, did: sign-in, client: iphone-mail}', '  - {at: 2024-03-12T08:00:00Z, user: priya, did: sign-in, client: browser}'].join('\n')),
			contoso,
			createSeededRandom(1),
		);
		expect(state.signInLog.map((row) => row.clientId)).toEqual(['browser', 'iphone-mail']);
		expect(state.now).toBe(startsAt);
	});
});

describe('history and the seeded streams', () => {
	const scenario = builtIn('app-password-survives-reset');

	test('the same seed gives the same state, and a resume rebuilds it deep-equal, hashes included', async () => {
		const first = buildInitialState(scenario, contoso, createSeededRandom(7));
		const again = buildInitialState(scenario, contoso, createSeededRandom(7));
		expect(JSON.stringify(again)).toBe(JSON.stringify(first));
		const deps = testDeps();
		expect(await finishAppPasswords(again, deps)).toEqual(await finishAppPasswords(first, deps));
	});

	test('another seed draws other secrets but replays the same story', () => {
		const one = buildInitialState(scenario, contoso, createSeededRandom(1));
		const two = buildInitialState(scenario, contoso, createSeededRandom(2));
		const story = (state: typeof one.state) => state.signInLog.map((row) => [row.at, row.clientId, row.status, row.mfaResultDetail]);
		expect(story(two.state)).toEqual(story(one.state));
		expect(two.pendingPasswords).not.toEqual(one.pendingPasswords);
	});

	test('secrets history creates are hashed before play: the attacker\'s app password and Ben\'s new password both work', async () => {
		// Given the compromise scenario, finished by the session service
		const initial = buildInitialState(scenario, contoso, createSeededRandom(1));
		const deps = testDeps();
		const state = await finishAppPasswords(initial, deps);

		// Then the IMAP client in Lyon still gets in with the app password the attacker created...
		const imap = await signIn(state, {userId: 'ben', clientId: 'imap-lyon'}, deps);
		expect(imap.ok && [imap.entry.status, imap.entry.mfaResultDetail]).toEqual(['Success', 'MFA requirement skipped due to app password']);
		// ...and Ben's own password is the one he chose after Jo's reset
		const browser = await signIn(state, {userId: 'ben', clientId: 'browser'}, deps);
		expect(browser.ok && browser.entry.trace.find((step) => step.step === 'credential')?.verdict).toBe('pass');
		expect(initial.pendingPasswords).toEqual([{userId: 'ben', secret: state.world.people['ben']!.knownPassword}]);
	});
});
