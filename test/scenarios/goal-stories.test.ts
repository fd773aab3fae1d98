/**
 * Goals check what their labels say (user review): a sign-in "with a text code" needs the text code, and "Ben can
 * work again" in the compromise scenario needs his own Thunderbird working, not just his account enabled.
 */
import {describe, expect, test} from 'vitest';
import {createRunPorts} from '../../source/commands/real-deps.js';
import type {Step} from '../../source/scenario/schema/step-schema.js';
import {runScenario} from '../../source/services/scenario-run-service.js';
import {loadScenarioFiles} from '../../source/services/scenario-source-service.js';

const ports = createRunPorts({cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});

async function play(id: string, steps: readonly Step[]) {
	const loaded = await loadScenarioFiles([`fixtures/scenarios/${id}.yaml`], 'fixtures');
	return runScenario(loaded.scenarios[0]!, {kind: 'file', name: 'trainee', steps}, {seed: 1, ports});
}

describe('app-password-survives-reset: Ben can work again', () => {
	test('deleting every app password locks the attacker out but leaves Ben\'s Thunderbird broken: not resolved', async () => {
		// Given a trainee who deletes all of Ben's app passwords and checks only the browser
		const report = await play('app-password-survives-reset', [
			{admin: 'manage-user-settings', users: ['ben'], deleteAllAppPasswords: true},
			{ask: 'ben', to: 'sign-in', client: 'browser'},
		]);

		// Then the attacker is out, but the goal is not met: his own mail client no longer signs in
		const line = (label: string) => report.goal.checks.find((check) => check.label === label);
		expect(line('The IMAP client in Lyon no longer gets in')?.passed).toBe(true);
		expect(line("Ben's own Thunderbird gets his mail again")).toMatchObject({passed: false, expected: 'Success'});
		expect(report.score.total).toBe(0);
	});

	test('giving Thunderbird a fresh app password afterwards resolves it', async () => {
		const report = await play('app-password-survives-reset', [
			{admin: 'manage-user-settings', users: ['ben'], deleteAllAppPasswords: true},
			{ask: 'ben', to: 'create-app-password', name: 'Thunderbird (new)'},
			{ask: 'ben', to: 'use-app-password-in-client', client: 'thunderbird', appPassword: 'Thunderbird (new)'},
		]);
		expect(report.passed).toBe(true);
	});
});

describe('codes-sms-blocker: her usual text code', () => {
	test('switching her MFA off gets her in on a password alone, which is not "with her usual text code"', async () => {
		const report = await play('codes-sms-blocker', [{admin: 'set-per-user-mfa', users: ['fatima'], state: 'disabled'}]);
		expect(report.goal.checks[0]).toMatchObject({label: 'Fatima signs in with her usual text code', passed: false, actual: 'Success, single-factor (password alone)'});
	});

	test('turning off the blocker passes, and the sign-in really used a text message', async () => {
		const report = await play('codes-sms-blocker', [{ask: 'fatima', to: 'remove-blocker'}]);
		expect(report.goal.checks[0]).toMatchObject({passed: true, actual: 'Success, Text message, "MFA successfully completed"'});
	});
});
