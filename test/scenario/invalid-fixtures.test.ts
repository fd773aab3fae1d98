import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadScenarioCatalogue, loadScenarioFile} from '../../source/adapters/scenario-files.js';
import {formatIssue} from '../../source/scenario/issues.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {fixtureMap, fixturesDirectory, minimalScenario, read} from './scenario-test-helpers.js';

const directory = 'fixtures/invalid';
const files = readdirSync(directory).filter((name) => /\.(?:ya?ml|json)$/.test(name)).sort();

/** The categories issue 3 and issue 8 require, and where each one lives. */
const catalogue: Readonly<Record<string, string>> = {
	'YAML syntax error': 'yaml-syntax-error.yaml',
	'unknown field': 'unknown-field.yaml',
	'wrong type': 'wrong-type.yaml',
	'unknown user': 'unknown-user.yaml',
	'unknown client': 'unknown-client.yaml',
	'duplicate id': 'duplicate-id/',
	'id not matching the file name': 'id-mismatch.yaml',
	'empty solution': 'empty-solution.yaml',
	'unknown goal predicate': 'unknown-goal-predicate.yaml',
	'bad CIDR': 'bad-cidr.yaml',
	'remember-MFA days out of range': 'remember-days-out-of-range.yaml',
	'file over the size limit': '(generated below: too-large.yaml)',
	'alias bomb': 'alias-bomb.yaml',
	'deep nesting': 'deep-nesting.yaml',
	'__proto__ key': 'proto-key.yaml',
	'constructor / prototype keys': 'constructor-key.yaml',
	'base escaping the fixtures directory': 'base-escape.yaml',
	'huge string': '(generated below: huge-string.yaml)',
	'history naming an unknown client, app password, network or admin': 'history-unknown-references.yaml',
	'history at or after startsAt, or more than 30 days before it': 'history-bad-times.yaml',
	'history the engine refuses (an admin whose role may not)': 'history-refused.yaml',
	'a signIn goal whose method (a second factor) contradicts its mfa': 'sign-in-method-with-mfa-none.yaml',
	'a signIn goal with an unknown mfa value': 'unknown-sign-in-mfa.yaml',
	'typos of allowed values, commands, predicates and fields ("did you mean")': 'did-you-mean.yaml',
	'schema and reference problems reported in one round': 'schema-and-references.yaml',
	'no reference problem that a schema problem causes': 'no-cascades.yaml',
	'an impossible date (one message, saying why)': 'impossible-date.yaml',
	'an unclosed quote (reported where it opens)': 'unclosed-quote.yaml',
};

function expected(name: string): string {
	return read(path.join(directory, `${name.replace(/\.(?:ya?ml|json)$/, '')}.expected`)).trimEnd();
}

describe('fixtures/invalid', () => {
	test('holds at least 12 bad files plus the hostile ones, each with its .expected sibling', () => {
		const committed = Object.values(catalogue).filter((entry) => !entry.startsWith('('));
		for (const entry of committed) {
			expect(entry.endsWith('/') ? readdirSync(path.join(directory, entry)).length : files.includes(entry)).toBeTruthy();
		}

		expect(files.length).toBeGreaterThanOrEqual(16);
		const siblings = readdirSync(directory).filter((name) => name.endsWith('.expected'));
		expect(siblings.sort()).toEqual([...files.map((name) => name.replace(/\.(?:ya?ml|json)$/, '.expected')), 'duplicate-id.expected'].sort());
	});

	test.each(files)('%s gives exactly its expected issues (file:line:column path: message)', async (name) => {
		const result = await loadScenarioFile(path.join(directory, name), {fixturesDirectory});
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.issues.map(formatIssue).join('\n')).toBe(expected(name));
	});

	test.each(files)('%s gives the same issues through the pure parser', (name) => {
		const fileName = path.join(directory, name);
		const result = parseScenarioText(read(fileName), {fileName, fixtures: fixtureMap()});
		expect(result.ok ? '' : result.issues.map(formatIssue).join('\n')).toBe(expected(name));
	});

	test('a scenario id used twice across files is reported on the later file', async () => {
		const result = await loadScenarioCatalogue([path.join(directory, 'duplicate-id')], {fixturesDirectory});
		expect(result.issues.map(formatIssue).join('\n')).toBe(expected('duplicate-id.yaml'));
		expect(result.scenarios.map((each) => each.file)).toEqual([path.join(directory, 'duplicate-id', 'dup-scenario.json')]);
	});
});

describe('generated hostile files', () => {
	const oversized = `${minimalScenario('too-large')}# ${'x'.repeat(256 * 1024)}\n`;
	const size = Buffer.byteLength(oversized);
	const sizeMessage = `too-large.yaml:1:1 file is ${size} bytes; the limit is 262144 bytes (256 KiB): split it or trim it`;

	test('a file over 256 KiB is refused before parsing', () => {
		const result = parseScenarioText(oversized, {fileName: 'too-large.yaml'});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([sizeMessage]);
	});

	test('the file adapter refuses it from its size without reading it', async () => {
		const temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-scenario-'));
		try {
			const file = path.join(temporary, 'too-large.yaml');
			await writeFile(file, oversized);
			const result = await loadScenarioFile(file, {fixturesDirectory});
			expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([sizeMessage.replace('too-large.yaml', file)]);
		} finally {
			await rm(temporary, {recursive: true, force: true});
		}
	});

	test('multi-byte text is measured in UTF-8 bytes', () => {
		const text = `${minimalScenario('too-large')}# ${'é'.repeat(131_072)}\n`;
		const result = parseScenarioText(text, {fileName: 'too-large.yaml'});
		expect(result.ok ? '' : result.issues[0]!.message).toMatch(/^file is 26\d{4} bytes; the limit is 262144 bytes/);
	});

	test('a huge string is refused with its length', () => {
		const text = minimalScenario('huge-string').replace('title: Minimal scenario', `title: Minimal scenario\nsummary: ${'a'.repeat(10_001)}`);
		const result = parseScenarioText(text, {fileName: 'huge-string.yaml'});
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['huge-string.yaml:3:10 summary: string is 10001 characters long; the limit is 10000']);
	});

	test('thousands of nested brackets are refused, not a stack overflow', () => {
		for (const depth of [41, 1000, 100_000]) {
			const text = minimalScenario('deep').replace('goal:\n', `deep: ${'['.repeat(depth)}${']'.repeat(depth)}\ngoal:\n`);
			const result = parseScenarioText(text, {fileName: 'deep.yaml'});
			expect(result.ok).toBe(false);
			expect(result.ok ? '' : result.issues[0]!.message).toBe('nesting is too deep (more than 40 levels are refused)');
		}
	});
});
