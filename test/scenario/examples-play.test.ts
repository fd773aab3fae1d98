/**
 * End to end: the example scenarios load, materialise and play through the session service with real
 * adapters (argon2 at a test cost, otplib, the seeded generator). The goal checker belongs to the engine;
 * here a solution must play without a refusal and end with a successful sign-in, and the ticket's symptom
 * must reproduce on the untouched initial state.
 */
import {describe, expect, test} from 'vitest';
import {createArgon2Hasher} from '../../source/adapters/argon2-password-hasher.js';
import {createOtplibTotp} from '../../source/adapters/otplib-totp.js';
import {loadScenarioCatalogue} from '../../source/adapters/scenario-files.js';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {currentState, startSession} from '../../source/domain/session/play-session.js';
import type {SignInLogEntry} from '../../source/domain/state/logs.js';
import {buildInitialState, withAppPasswordFacts} from '../../source/scenario/build-initial-state.js';
import type {Scenario} from '../../source/scenario/schema/scenario-schema.js';
import type {TenantFixture} from '../../source/scenario/schema/tenant-fixture-schema.js';
import type {Step} from '../../source/scenario/schema/step-schema.js';
import {stepToIntent} from '../../source/scenario/step-intent.js';
import {playIntent, type Session} from '../../source/services/session-service.js';
import {fixturesDirectory} from './scenario-test-helpers.js';

const catalogue = await loadScenarioCatalogue(['fixtures/scenarios'], {fixturesDirectory, builtIn: true});

async function play(scenario: Scenario, fixture: TenantFixture, seed: number, pick: (variant: Scenario) => readonly Step[]) {
	const random = createSeededRandom(seed);
	const hasher = createArgon2Hasher({lookupKey: `test-${seed}`, cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});
	const deps = {hasher, totp: createOtplibTotp({random}), random};
	const initial = buildInitialState(scenario, fixture, random);
	const facts = await Promise.all(
		initial.pendingAppPasswords.map(async (pending) => ({
			userId: pending.userId,
			appPasswordId: pending.appPasswordId,
			hash: pending.hash ?? (await hasher.hash(pending.secret)),
			lookupTag: hasher.lookupTag(pending.secret),
		})),
	);
	let session: Session = startSession(withAppPasswordFacts(initial.state, facts));
	const rejections: string[] = [];
	const signIns: SignInLogEntry[] = [];
	for (const step of pick(initial.scenario)) {
		const intent = stepToIntent(step, currentState(session));
		if (intent.kind === 'check') {
			continue;
		}

		session = await playIntent(session, intent, deps);
		const turn = session.turns.at(-1)!;
		if (turn.rejection) {
			rejections.push(`${turn.rejection.code}: ${turn.rejection.message}`);
		}

		for (const event of turn.events) {
			if (event.type === 'sign-in-recorded') {
				signIns.push(event.entry);
			}
		}
	}

	return {rejections, signIns, variant: initial.scenario};
}

describe.each(catalogue.scenarios.map((each) => [each.scenario.id, each] as const))('%s', (_id, {scenario, fixture}) => {
	test('loads with no issues', () => {
		expect(catalogue.issues).toEqual([]);
	});

	test.each([1, 2, 3])('seed %i: every reference solution plays without refusal and ends signed in', async (seed) => {
		for (const solution of scenario.solutions) {
			const result = await play(scenario, fixture, seed, (variant) => variant.solutions.find((each) => each.name === solution.name)!.steps);
			expect(result.rejections).toEqual([]);
			expect(result.signIns.at(-1)?.status).toBe('Success');
		}
	});

	test('the ticket reproduces: the last sign-in of the first solution fails on the untouched state', async () => {
		const result = await play(scenario, fixture, 1, (variant) => variant.solutions[0]!.steps.filter((step) => 'ask' in step && step.to === 'sign-in').slice(-1));
		expect(result.signIns).toHaveLength(1);
		expect(result.signIns[0]!.status).not.toBe('Success');
	});

	test('every wrong remedy plays (refusals are values, never throws)', async () => {
		for (const remedy of scenario.wrongRemedies ?? []) {
			const result = await play(scenario, fixture, 1, (variant) => variant.wrongRemedies!.find((each) => each.name === remedy.name)!.steps);
			expect(result.signIns.length).toBeGreaterThan(0);
		}
	});
});
