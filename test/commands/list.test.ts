import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {displayPath} from '../../source/commands/command-support.js';
import {listCommand, type ScenarioListing} from '../../source/commands/list.js';
import {sessionCommand} from '../../source/commands/session.js';
import {commandRegistry} from '../../source/commands/registry.js';
import {minimalScenario} from '../scenario/scenario-test-helpers.js';
import {runCommand} from './command-harness.js';

const builtInFiles = readdirSync('fixtures/scenarios').filter((name) => /\.(?:ya?ml|json)$/.test(name));

describe('mfadesk list', () => {
	test('--json lists every built-in scenario with id, title, topic, difficulty and time limit', async () => {
		const result = await runCommand(listCommand, [], {json: true});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const {scenarios} = JSON.parse(result.stdout) as {scenarios: ScenarioListing[]};
		expect(scenarios.map((each) => each.id).sort()).toEqual(builtInFiles.map((name) => name.replace(/\.\w+$/, '')).sort());
		for (const row of scenarios) {
			expect(row).toMatchObject({title: expect.any(String), topic: expect.any(String), difficulty: expect.any(Number), difficultyLabel: expect.any(String), source: 'built-in'});
			expect(row.timeLimit === null || typeof row.timeLimit === 'number').toBe(true);
		}
	});

	test('a human table without --json', async () => {
		const result = await runCommand(listCommand, []);
		expect(result.stdout.split('\n')[0]).toMatch(/^ID\s+TOPIC\s+DIFFICULTY\s+TIME\s+TITLE$/);
		expect(result.stdout).toContain('codes-wrong-number');
	});

	test('--scenarios adds custom scenarios; a bad one is reported on stderr with exit 1', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-list-'));
		try {
			await writeFile(path.join(directory, 'my-ticket.yaml'), minimalScenario('my-ticket'));
			await writeFile(path.join(directory, 'broken.yaml'), minimalScenario('broken').replace('user: priya, is: enforced', 'user: nobody, is: enforced'));
			const result = await runCommand(listCommand, [], {json: true, scenarios: directory});
			const {scenarios} = JSON.parse(result.stdout) as {scenarios: ScenarioListing[]};
			expect(scenarios.find((each) => each.id === 'my-ticket')).toMatchObject({source: 'custom', file: expect.stringContaining('my-ticket.yaml')});
			expect(scenarios.some((each) => each.id === 'broken')).toBe(false);
			expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+ goal\.perUserMfa\.user: unknown user "nobody"/);
			expect(result.code).toBe(1);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});

	test('a --scenarios directory that does not exist is a usage error', async () => {
		const result = await runCommand(listCommand, [], {scenarios: 'no/such/dir'});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('mfadesk: --scenarios no/such/dir: not found\nUsage: mfadesk list [--json] [--scenarios <dir>]\nRun mfadesk list --help for more.\n');
	});

	test('steps files beside your scenarios (only steps:, for run --solution) are not listed and are no problem', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-list-steps-'));
		try {
			await writeFile(path.join(directory, 'my-ticket.yaml'), minimalScenario('my-ticket'));
			await writeFile(path.join(directory, 'fix-phone.yaml'), '# my fix\nname: Fix the phone\nsteps:\n  - {ask: priya, to: sign-in, client: browser}\n');
			await writeFile(path.join(directory, 'give-up.json'), '{"steps": [{"ask": "priya", "to": "sign-in", "client": "browser"}]}\n');
			const result = await runCommand(listCommand, [], {json: true, scenarios: directory});
			expect(result.stderr).toBe('');
			expect(result.code).toBe(0);
			const {scenarios} = JSON.parse(result.stdout) as {scenarios: ScenarioListing[]};
			expect(scenarios.filter((each) => each.source === 'custom').map((each) => each.id)).toEqual(['my-ticket']);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});
});

describe('--scenarios <dir> is searched recursively, as test <dir> and lint <dir> search it', () => {
	test('list and session start find a scenario in a sub-directory (play, run and test use the same catalogue); steps files there are skipped', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-list-nested-'));
		try {
			const nested = path.join(directory, 'tickets', 'march');
			await mkdir(nested, {recursive: true});
			await writeFile(path.join(directory, 'top.yaml'), minimalScenario('top'));
			await writeFile(path.join(nested, 'deep-ticket.yaml'), minimalScenario('deep-ticket'));
			await writeFile(path.join(nested, 'fix.yaml'), 'steps:\n  - {ask: priya, to: sign-in, client: browser}\n');

			const listed = await runCommand(listCommand, [], {json: true, scenarios: directory});
			expect(listed.stderr).toBe('');
			const {scenarios} = JSON.parse(listed.stdout) as {scenarios: ScenarioListing[]};
			expect(scenarios.filter((each) => each.source === 'custom').map((each) => [each.id, each.file])).toEqual([
				['deep-ticket', displayPath(path.join(nested, 'deep-ticket.yaml'))],
				['top', displayPath(path.join(directory, 'top.yaml'))],
			]);

			const started = await runCommand(sessionCommand, ['start'], {cohort: 'nested', ids: 'deep-ticket', scenarios: directory, save: false});
			expect(started.code).toBe(0);
			expect(started.stdout).toContain('mfadesk play deep-ticket');
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});
});

describe('the command registry', () => {
	test('has list, run, test, lint and schema, each with usage and summary, loaded lazily', async () => {
		expect(Object.keys(commandRegistry)).toEqual(expect.arrayContaining(['list', 'run', 'test', 'lint', 'schema']));
		for (const entry of Object.values(commandRegistry)) {
			expect(entry.usage.length).toBeGreaterThan(0);
			expect(entry.summary.length).toBeGreaterThan(0);
			expect(typeof (await entry.load())).toBe('function');
		}
	});
});
