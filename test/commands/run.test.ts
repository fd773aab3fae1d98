import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {runCommand as run} from '../../source/commands/run.js';
import type {RunReport} from '../../source/scenario/grading/run-report.js';
import {runCommand} from './command-harness.js';
import {expectWellFormedXml} from './xml-check.js';

let directory = '';

beforeAll(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-run-'));
});

afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

async function file(name: string, text: string): Promise<string> {
	const full = path.join(directory, name);
	await writeFile(full, text);
	return full;
}

describe('mfadesk run', () => {
	test('--json twice with the same seed gives byte-identical output', async () => {
		const first = await runCommand(run, ['outlook-2013-prompts'], {json: true, seed: 7});
		const second = await runCommand(run, ['outlook-2013-prompts'], {json: true, seed: 7});
		expect(first.code).toBe(0);
		expect(first.stdout).toBe(second.stdout);
		const report = JSON.parse(first.stdout) as RunReport;
		expect(report).toMatchObject({seed: '7', passed: true, scenario: {id: 'outlook-2013-prompts'}, script: {kind: 'solution'}});
		expect(report.score.total).toBe(100);
	});

	test('a solution file is played with the variant filled in; the report has steps, the user\'s words, checks and score', async () => {
		const solution = await file(
			'fix.yaml',
			`name: My fix
steps:
  - {ask: '\${who}', to: upgrade-outlook, client: outlook, version: 365}
  - {ask: '\${who}', to: sign-in, client: outlook}
  - check: {perUserMfa: {user: '\${who}', is: enforced}}
`,
		);
		const result = await runCommand(run, ['outlook-2013-prompts'], {json: true, seed: 3, solution});
		const report = JSON.parse(result.stdout) as RunReport;
		expect(result.code).toBe(0);
		expect(report.script).toMatchObject({kind: 'file', name: 'My fix'});
		expect(report.steps.map((step) => step.outcome)).toEqual(['done', 'done', 'check-passed']);
		expect(report.steps[1]!.signIns[0]).toMatchObject({status: 'Success'});
		expect(report.steps[1]!.userSaid.length).toBeGreaterThan(0);
		expect(report.goal.checks.every((check) => check.passed && check.expected !== '' && check.explanation !== '')).toBe(true);
		expect(report.debrief.referenceSolution.steps.length).toBeGreaterThan(0);
	});

	test('the text report says the steps as a trainer would; --json keeps the script form as `step`, the words as `text`', async () => {
		const plain = await runCommand(run, ['codes-wrong-number']);
		expect(plain.code).toBe(0);
		expect(plain.stdout).toContain("   1. Set Priya Patel's authentication phone to +1 4255550123  [done, +2 min]\n");
		expect(plain.stdout).toContain("   2. Check: Priya Patel's authentication phone is +1 4255550123  [check passed, +2 min]\n");
		expect(plain.stdout).toMatch(/ {3}3\. Ask Priya Patel: .+ {2}\[done, \+3 min\]\n/);
		expect(plain.stdout).toContain("    1. Set Priya Patel's authentication phone to +1 4255550123\n");
		expect(plain.stdout).not.toMatch(/admin set-phone-method|ask priya to|check \{/);
		const report = JSON.parse((await runCommand(run, ['codes-wrong-number'], {json: true})).stdout) as RunReport;
		expect(report.steps.map((step) => step.step)).toEqual([
			'admin set-phone-method user=priya slot=authentication number=+1 4255550123',
			'check {"phoneNumber":{"user":"priya","is":"+1 4255550123"}}',
			'ask priya to sign-in client=browser',
		]);
		expect(report.steps[0]!.text).toBe("Set Priya Patel's authentication phone to +1 4255550123");
		expect(report.debrief.referenceSolution.steps[0]).toBe('admin set-phone-method user=priya slot=authentication number=+1 4255550123');
		expect(report.debrief.referenceSolution.text?.[0]).toBe("Set Priya Patel's authentication phone to +1 4255550123");
	});

	test('after an Outlook upgrade the reference solution names the new Outlook, in the played steps and the debrief', async () => {
		const report = JSON.parse((await runCommand(run, ['outlook-2010-current-tenant'], {json: true})).stdout) as RunReport;
		expect(report.debrief.referenceSolution.text).toEqual([
			'Ask Fatima Zahra: Upgrade Outlook 2010 on reception PC to Outlook for Microsoft 365',
			'Ask Fatima Zahra: Try signing in again with Outlook for Microsoft 365 on reception PC',
		]);
		expect(report.steps.map((step) => step.text)).toEqual(report.debrief.referenceSolution.text);
	});

	test('a step done in Security info shows its sign-in to My Signins, apart from the sign-in to the app', async () => {
		const result = await runCommand(run, ['new-phone-authenticator']);
		expect(result.stdout).toContain('sign-in log: ruth.okonkwo@contoso.com to My Signins via browser (Browser): Success, MFA successfully completed');
		expect(result.stdout).toContain('sign-in log: ruth.okonkwo@contoso.com to OfficeHome via browser (Browser): Success');
	});

	test('a goal line written with not reads as what is wanted, not "not (…)"', async () => {
		const result = await runCommand(run, ['new-starter-no-smartphone']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/✓ Amara Nwosu's per-user MFA is (not|no longer) Disabled\n\s+expected: anything but Disabled\n/);
		expect(result.stdout).not.toContain('not (');
	});

	test('a wrong remedy by name exits 1 with the failed goal check and the raised red flag explained', async () => {
		const result = await runCommand(run, ['codes-wrong-number'], {solution: 'Disable MFA for Priya'});
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('Goal: NOT met');
		expect(result.stdout).toMatch(/✗ Priya stays Enforced\n\s+expected: Enforced\n\s+actual:\s+Disabled/);
		expect(result.stdout).toContain('Turning MFA off makes the ticket go away');
		expect(result.stdout).toContain('Result: FAILED');
	});

	test('solution file errors are reported as file:line:column with exit 1', async () => {
		const solution = await file('broken.yaml', 'steps:\n  - {admin: enforce-mfa, users: [priya]}\n  - {wait: soon}\n');
		const result = await runCommand(run, ['codes-wrong-number'], {solution});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/broken\.yaml:2:\d+ steps\[0\]\.admin: unknown admin command "enforce-mfa"/);
		expect(result.stderr).toMatch(/broken\.yaml:3:\d+ steps\[1\]\.wait: expected a duration/);
	});

	test('--junit writes one well-formed testcase', async () => {
		const junit = path.join(directory, 'run.xml');
		const result = await runCommand(run, ['codes-wrong-number'], {junit, solution: 'Ask her to try again later'});
		expect(result.code).toBe(1);
		const xml = await readFile(junit, 'utf8');
		expectWellFormedXml(xml);
		expect(xml).toContain('<testcase classname="codes-wrong-number" name="wrong-remedy: Ask her to try again later">');
		expect(xml).toContain('<failure message="goal not met');
	});

	test('an escalation scenario plays through the escalate step', async () => {
		const result = await runCommand(run, ['escalate-enable-mfa-helpdesk'], {json: true});
		const report = JSON.parse(result.stdout) as RunReport;
		expect(report.steps.some((step) => step.step.startsWith('escalate to '))).toBe(true);
		expect(report.passed).toBe(true);
	});

	test.each([
		[[], {}, 'run needs exactly one scenario id or file'],
		[['no-such-scenario'], {}, 'no scenario "no-such-scenario"'],
		[['codes-wrong-number'], {seed: -1}, '--seed must be a whole number'],
		[['codes-wrong-number'], {solution: 'Not a solution name'}, 'has no solution or wrong remedy of that name'],
	])('usage errors exit 2: %j %j', async (args, overrides, message) => {
		const result = await runCommand(run, args, overrides);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stdout).toBe('');
	});
});
