import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {lintCommand} from '../../source/commands/lint.js';
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
		expect(lines.at(-1)).toMatch(/^\d+ problem\(s\) in \d+ of \d+ file\(s\)$/);
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
		expect(result.stderr).toMatch(/^\d+ scenario file\(s\) OK\n$/);
		expect(result.code).toBe(0);
	});

	test('--json puts the issues on stdout as data', async () => {
		const result = await runCommand(lintCommand, ['fixtures/invalid/bad-cidr.yaml'], {json: true});
		const data = JSON.parse(result.stdout) as {files: number; valid: number; issues: Array<{file: string; line: number; column: number; path: string; message: string}>};
		expect(data.files).toBe(1);
		expect(data.valid).toBe(0);
		expect(data.issues[0]).toMatchObject({file: 'fixtures/invalid/bad-cidr.yaml', line: expect.any(Number), column: expect.any(Number)});
	});

	test('a missing file is a problem with a location, not a crash', async () => {
		const result = await runCommand(lintCommand, ['no/such/file.yaml']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('no/such/file.yaml:1:1 cannot read the file (ENOENT)');
	});

	test('no paths is a usage error (exit 2)', async () => {
		const result = await runCommand(lintCommand, []);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Usage: mfadesk lint <paths...>');
	});
});
