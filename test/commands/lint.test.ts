import {readdirSync, readFileSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {displayPath} from '../../source/commands/command-support.js';
import {lintCommand} from '../../source/commands/lint.js';
import {minimalScenario} from '../scenario/scenario-test-helpers.js';
import {runCommand} from './command-harness.js';

const invalid = 'fixtures/invalid';

/** Every line every .expected file in fixtures/invalid says lint must print. */
function expectedLines(): string[] {
	return readdirSync(invalid)
		.filter((name) => name.endsWith('.expected'))
		.flatMap((name) => readFileSync(path.join(invalid, name), 'utf8').trimEnd().split('\n'))
		.sort();
}

describe('mfadesk lint', () => {
	test('fixtures/invalid: exit 1, every expected file:line:column message on stderr, nothing on stdout', async () => {
		const result = await runCommand(lintCommand, [invalid]);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		const lines = result.stderr.trimEnd().split('\n');
		expect(lines.at(-1)).toMatch(/^\d+ problems in \d+ of \d+ files$/);
		expect(lines.slice(0, -1).sort()).toEqual(expectedLines());
		for (const line of lines.slice(0, -1)) {
			expect(line).toMatch(/^fixtures\/invalid\/[\w/.-]+:\d+:\d+ /);
		}
	});

	test('one bad file gives exactly its .expected text', async () => {
		const result = await runCommand(lintCommand, ['fixtures/invalid/unknown-user.yaml']);
		expect(result.code).toBe(1);
		expect(result.stderr.split('\n').slice(0, -2).join('\n')).toBe(readFileSync('fixtures/invalid/unknown-user.expected', 'utf8').trimEnd());
	});

	test('the built-in pack lints clean (with the built-in rules) and says so on stderr', async () => {
		const result = await runCommand(lintCommand, ['fixtures/scenarios']);
		expect(result.stderr).toMatch(/^\d+ scenario files OK\n$/);
		expect(result.code).toBe(0);
	});

	test('--json puts the issues on stdout as data', async () => {
		const result = await runCommand(lintCommand, ['fixtures/invalid/bad-cidr.yaml'], {json: true});
		const data = JSON.parse(result.stdout) as {files: number; valid: number; issues: Array<{file: string; line: number; column: number; path: string; message: string}>};
		expect(data.files).toBe(1);
		expect(data.valid).toBe(0);
		expect(data.issues[0]).toMatchObject({file: 'fixtures/invalid/bad-cidr.yaml', line: expect.any(Number), column: expect.any(Number)});
	});

	test('a path that does not exist is a usage error (exit 2), with a suggestion for a typo', async () => {
		const result = await runCommand(lintCommand, ['no/such/file.yaml']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('mfadesk: no/such/file.yaml: not found\nUsage: mfadesk lint <paths...> [--json]\nRun mfadesk lint --help for more.\n');
		expect((await runCommand(lintCommand, ['fixtures/scenario'])).stderr).toContain('mfadesk: fixtures/scenario: not found; did you mean "fixtures/scenarios"?');
	});

	test('steps files are checked as steps files, next to the scenarios', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-lint-steps-'));
		try {
			await writeFile(path.join(directory, 'fix.yaml'), 'name: Fix\nsteps:\n- {ask: priya, to: sign-in, client: browser}\n');
			expect((await runCommand(lintCommand, [directory, 'fixtures/scenarios/codes-wrong-number.yaml'])).stderr).toBe('1 scenario file and 1 steps file OK\n');
			await writeFile(path.join(directory, 'broken.yaml'), 'steps:\n  - {ask: priya, to: fly-away}\n');
			const result = await runCommand(lintCommand, [directory]);
			expect(result.code).toBe(1);
			// The path is shown relative to the working directory when that is shorter, so only its end is fixed.
			expect(result.stderr).toMatch(/mfadesk-lint-steps-\w+\/broken\.yaml:2:22 steps\[0\]\.to: unknown user action "fly-away"/);
			expect(result.stderr).toMatch(/1 problem in 1 of 2 files\n$/);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});

	test('an unquoted comma in a {…} value: the message says to quote it, and how', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-lint-comma-'));
		try {
			const file = path.join(directory, 'comma.yaml');
			// The password Outlook has saved, meant as one text: the comma ends it, and the rest becomes a field name.
			const client = '{id: outlook, kind: outlook, version: 365, name: Outlook, saved: {text: Hi, and where is that phone?}}';
			await writeFile(file, minimalScenario('comma').replace('tenant:\n', `tenant:\n  people:\n    priya:\n      clients:\n        - ${client}\n`));
			const result = await runCommand(lintCommand, [file]);
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(
				'unknown field "and where is that phone?": did you mean to quote the value? A comma inside {…} separates fields (write text: \'Hi, and where is that phone?\')',
			);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});

	test('a tenant fixture is checked against the tenant schema, not as a scenario', async () => {
		const clean = await runCommand(lintCommand, ['fixtures/tenants/contoso-small.yaml'], {json: true});
		expect(clean.code).toBe(0);
		expect(clean.stderr).toBe('1 tenant fixture OK\n');
		expect(JSON.parse(clean.stdout)).toMatchObject({files: 1, valid: 1, tenantFixtures: 1, issues: []});
		expect((await runCommand(lintCommand, ['fixtures/tenants', 'fixtures/scenarios/codes-wrong-number.yaml'])).stderr).toBe('1 scenario file and 2 tenant fixtures OK\n');

		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-lint-tenant-'));
		try {
			// A copy with a typo in a field name and a licence that does not exist, under another file name.
			const text = readFileSync('fixtures/tenants/contoso-small.yaml', 'utf8').replace('\nnetworks:', '\nnetwrks:').replace('license: p1', 'license: p9');
			const file = path.join(directory, 'my-tenant.yaml');
			await writeFile(file, text);
			const result = await runCommand(lintCommand, [file]);
			expect(result.code).toBe(1);
			const lines = result.stderr.trimEnd().split('\n');
			expect(lines.some((line) => line.endsWith('id: id "contoso-small" must equal the file name "my-tenant"'))).toBe(true);
			expect(lines.some((line) => line.endsWith('license: unknown value "p9"; did you mean "p1"?'))).toBe(true);
			expect(lines.some((line) => line.endsWith('netwrks: unknown field "netwrks"; did you mean "networks"?'))).toBe(true);
			expect(result.stderr).not.toContain('is required');
			expect(lines.at(-1)).toBe(`${lines.length - 1} problems in 1 of 1 file`);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});

	test('YAML or JSON of another kind is one problem saying what it is, not the scenario schema\'s list', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-lint-other-'));
		try {
			const compose = path.join(directory, 'compose.yaml');
			await writeFile(compose, 'services:\n  web: {}\nversion: 3\n');
			const result = await runCommand(lintCommand, [compose]);
			expect(result.code).toBe(1);
			expect(result.stderr).toBe(`${displayPath(compose)}:1:1 not a scenario, steps file or tenant fixture (its top-level fields: services, version)\n1 problem in 1 of 1 file\n`);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});

	test('no paths is a usage error (exit 2)', async () => {
		const result = await runCommand(lintCommand, []);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Usage: mfadesk lint <paths...>');
	});
});
