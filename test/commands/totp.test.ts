import {describe, expect, it} from 'vitest';
import {totpCommand} from '../../source/commands/totp.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import {independentTotp} from '../enrolment/rfc6238.js';
import {builtInState} from '../enrolment/scenario-state.js';
import {runCommand} from './command-harness.js';

const scenario = 'codes-clock-drift';

async function seedsOf(seed: number): Promise<{readonly state: SimState; readonly lena: string; readonly gwen: string}> {
	const {initial} = await builtInState(scenario, seed);
	const users = initial.state.tenant.users;
	return {state: initial.state, lena: users['lena']!.methods.softwareTokens[0]!.secret, gwen: users['gwen']!.methods.authenticatorApps[0]!.secret};
}

describe('mfadesk totp', () => {
	it('prints the code of the seeded secret at --at, matching an independent RFC 6238 computation', async () => {
		const {lena} = await seedsOf(7);
		const at = Date.parse('2025-01-20T08:06:10Z') / 1000;

		const result = await runCommand(totpCommand, [scenario, 'lena'], {at: '2025-01-20T08:06:10Z', seed: 7});

		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${independentTotp(lena, at)}  software token (Google Authenticator)  lena.vogel@contoso.com  2025-01-20T08:06:10Z (20 s left)\n`);
		expect(result.stdout).not.toContain(lena);
		// Lena's own phone is 3 minutes fast in this scenario: the note says why it shows another code.
		expect(result.stderr).toBe(`mfadesk: note: the user's simulated phone shows ${independentTotp(lena, at + 180)} for software token (Google Authenticator): the phone clock is 180 s fast\n`);
	});

	it('uses the seed: another seed generates another secret, and the code follows it', async () => {
		const one = await seedsOf(1);
		const seven = await seedsOf(7);
		const at = one.state.now / 1000;

		const result = await runCommand(totpCommand, [scenario, 'lena'], {seed: 1});

		expect(one.lena).not.toBe(seven.lena);
		expect(result.stdout.slice(0, 6)).toBe(independentTotp(one.lena, at));
		expect(result.stdout).toContain('2025-01-20T08:05:00Z (30 s left)');
	});

	it('takes a UPN, and names an Authenticator app registration by its device', async () => {
		const {gwen} = await seedsOf(3);

		const result = await runCommand(totpCommand, [scenario, 'GWEN.ADEYEMI@contoso.com'], {at: '2025-01-20T09:00:00Z', seed: 3});

		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(result.stdout).toBe(`${independentTotp(gwen, Date.parse('2025-01-20T09:00:00Z') / 1000)}  Authenticator app (iPhone 15 Pro)  gwen.adeyemi@contoso.com  2025-01-20T09:00:00Z (30 s left)\n`);
	});

	it('--json gives the step, its start, the seconds left and every code, never the seed', async () => {
		const {lena} = await seedsOf(7);

		const result = await runCommand(totpCommand, [scenario, 'lena'], {at: '2025-01-20T08:06:10+00:00', seed: 7, json: true});
		const report = JSON.parse(result.stdout) as Record<string, unknown>;

		expect(report).toEqual({
			scenario,
			seed: 7,
			user: 'lena',
			at: '2025-01-20T08:06:10Z',
			step: Math.floor(Date.parse('2025-01-20T08:06:10Z') / 30_000),
			validFrom: '2025-01-20T08:06:00Z',
			secondsLeft: 20,
			codes: [
				{
					credentialId: 'sw-1',
					kind: 'software-token',
					name: 'Google Authenticator',
					account: 'lena.vogel@contoso.com',
					code: independentTotp(lena, Date.parse('2025-01-20T08:06:10Z') / 1000),
					simulatedDevice: {code: independentTotp(lena, Date.parse('2025-01-20T08:09:10Z') / 1000), why: 'the phone clock is 180 s fast'},
				},
			],
		});
		expect(result.stdout).not.toContain(lena);
	});

	it.each([
		[['no-such-scenario', 'lena'], {}, 2, /no scenario "no-such-scenario"/],
		[[scenario, 'lenna'], {}, 2, /has no user "lenna"; did you mean "lena"\?/],
		[[scenario], {}, 2, /totp needs a scenario id/],
		[[scenario, 'lena'], {at: '2025-01-20T08:05'}, 2, /--at must be an ISO 8601 time with a zone/],
		[[scenario, 'lena'], {at: 'yesterday'}, 2, /--at must be/],
		[[scenario, 'lena'], {seed: -1}, 2, /--seed must be a whole number/],
		[[scenario, 'dan'], {}, 1, /dan \(daniel\.brooks@contoso\.com\) has no Authenticator app that makes codes and no software token/],
	] as const)('%j %j exits %i with a message on stderr and nothing on stdout', async (args, flags, code, message) => {
		const result = await runCommand(totpCommand, args, flags);

		expect(result.code).toBe(code);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(message);
	});
});
