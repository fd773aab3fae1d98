/**
 * Scenario fields that seed history and Exchange state: `recentTelephonyAttempts` (a scenario can start
 * throttled; shorthand for `history:` sign-ins, see test/scenario/history.test.ts), the per-mailbox SMTP AUTH
 * map, and the era default of SMTP AUTH (fact sheet 10).
 */
import {describe, expect, test} from 'vitest';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {MINUTE} from '../../source/domain/common/time.js';
import {evaluateSignIn} from '../../source/domain/sign-in/evaluate-sign-in.js';
import {buildInitialState} from '../../source/scenario/build-initial-state.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import type {Scenario} from '../../source/scenario/schema/scenario-schema.js';
import {fixture, fixtureMap, minimalScenario} from '../scenario/scenario-test-helpers.js';
import {passwordFacts} from '../helpers/build-state.js';

const contoso = fixture('contoso-small');

function scenario(text: string): Scenario {
	const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
	if (!result.ok) {
		throw new Error(JSON.stringify(result.issues));
	}

	return result.scenario;
}

function withTenant(patch: string, startsAt = '2024-03-12T09:00:00Z'): Scenario {
	return scenario(minimalScenario().replace('  base: contoso-small', `  base: contoso-small\n${patch}`).replace('2024-03-12T09:00:00Z', startsAt));
}

/** Priya asked for five texts in the last two minutes before the ticket. */
const resends = withTenant(`  users:
    priya:
      recentTelephonyAttempts:
        - {kind: text, minutesBeforeStart: 2}
        - {kind: text, minutesBeforeStart: 2}
        - {kind: call, minutesBeforeStart: 1}
        - {kind: text, minutesBeforeStart: 1}
        - {kind: text, minutesBeforeStart: 0}`);

describe('recentTelephonyAttempts: a scenario that starts throttled', () => {
	test('the tenant counts the seeded texts and calls, oldest first', () => {
		const {state} = buildInitialState(resends, contoso, createSeededRandom(1));
		expect(state.tenant.users['priya']!.telephonyAttempts).toEqual([2, 2, 1, 1, 0].map((minutes) => state.now - minutes * MINUTE));
	});

	test('each one is in the sign-in log as evidence, played through the engine as a challenge her phone never got', () => {
		// Given the scenario starts
		const {state} = buildInitialState(resends, contoso, createSeededRandom(1));

		// Then the admin sees five failed attempts from Priya's browser before the ticket, in time order
		expect(state.signInLog.map((entry) => [entry.upn, entry.clientId, entry.authMethod, entry.status, entry.errorCode, (state.now - entry.at) / MINUTE])).toEqual([
			['priya.patel@contoso.com', 'browser', 'Text message', 'Failure', 500_121, 2],
			['priya.patel@contoso.com', 'browser', 'Text message', 'Failure', 500_121, 2],
			['priya.patel@contoso.com', 'browser', 'Phone call', 'Failure', 500_121, 1],
			['priya.patel@contoso.com', 'browser', 'Text message', 'Failure', 500_121, 1],
			['priya.patel@contoso.com', 'browser', 'Text message', 'Failure', 500_121, 0],
		]);
		expect(state.signInLog.filter((entry) => entry.authMethod === 'Text message').map((entry) => entry.mfaResultDetail)).toEqual(Array.from({length: 4}, () => 'MFA denied; user never entered the verification code'));
		expect(new Set(state.signInLog.map((entry) => entry.requestId)).size).toBe(5);
		expect(state.sequence).toBe(5);
	});

	test('her phone is as the scenario describes it afterwards: the lost signal was only for those attempts', () => {
		const {state} = buildInitialState(resends, contoso, createSeededRandom(1));
		expect(state.world.people['priya']!.phone!.hasSignal).toBe(true);
	});

	test('a person with no browser or modern app cannot have had them: lint says so', () => {
		const text = minimalScenario().replace(
			'  base: contoso-small',
			'  base: contoso-small\n  users:\n    priya:\n      recentTelephonyAttempts: [{kind: text, minutesBeforeStart: 2}]\n  people:\n    priya:\n      removeClients: [browser]',
		).replace('client: browser', 'client: outlook');
		const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
		expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
			'tenant.users.priya.recentTelephonyAttempts: priya has no browser or modern app: texts and calls are sent to a sign-in page, so give them a browser client',
		]);
	});

	test('her next sign-in a minute later hits the telephony limit (AADSTS50088)', () => {
		// Given the scenario starts and Priya tries again a minute later
		const {state} = buildInitialState(resends, contoso, createSeededRandom(1));
		const result = evaluateSignIn({...state, now: state.now + MINUTE}, {userId: 'priya', clientId: 'browser', mode: 'interactive'}, passwordFacts());

		// Then the text is refused by the throttle
		expect(result.ok && [result.entry.status, result.entry.errorCode]).toEqual(['Failure', 50_088]);
	});

	test('without the field nothing is seeded', () => {
		const {state} = buildInitialState(scenario(minimalScenario()), contoso, createSeededRandom(1));
		expect(state.signInLog).toEqual([]);
		expect(state.tenant.users['priya']!.telephonyAttempts).toEqual([]);
	});

	test('minutes must be whole, from 0 to a day', () => {
		const text = minimalScenario().replace('  base: contoso-small', '  base: contoso-small\n  users:\n    priya:\n      recentTelephonyAttempts: [{kind: text, minutesBeforeStart: 2000}]');
		const result = parseScenarioText(text, {fileName: 'minimal.yaml', fixtures: fixtureMap()});
		expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(['tenant.users.priya.recentTelephonyAttempts[0].minutesBeforeStart: must be at most 1440']);
	});
});

describe('SMTP AUTH in scenarios (fact sheet 9 ticket 28, 10)', () => {
	test('a scenario can give mailboxes their own SMTP AUTH setting', () => {
		const {state} = buildInitialState(withTenant('  exchange: {smtpBasicAuthEnabled: false, smtpAuthMailboxes: {scanner: enabled}}'), contoso, createSeededRandom(1));
		expect(state.tenant.exchange).toEqual({modernAuthEnabled: true, smtpBasicAuthEnabled: false, smtpAuthMailboxes: {scanner: 'enabled'}});
	});

	test('a tenant that never set it has SMTP AUTH on until the end of 2026, then off by default', () => {
		// contoso-small names the setting, so build a variant whose fixture leaves it out
		const silent = {...contoso, exchange: {modernAuthEnabled: true}};
		expect(buildInitialState(scenario(minimalScenario()), silent, createSeededRandom(1)).state.tenant.exchange.smtpBasicAuthEnabled).toBe(true);
		const in2027 = scenario(minimalScenario().replace('2024-03-12T09:00:00Z', '2027-03-01T09:00:00Z'));
		expect(buildInitialState(in2027, silent, createSeededRandom(1)).state.tenant.exchange.smtpBasicAuthEnabled).toBe(false);
	});
});
