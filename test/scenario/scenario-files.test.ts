import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {isInsideDirectory, loadScenarioCatalogue, loadScenarioFile, loadTenantFixtures, readLimitedText} from '../../source/adapters/scenario-files.js';
import {formatIssue} from '../../source/scenario/issues.js';
import {fixturesDirectory, minimalScenario, read} from './scenario-test-helpers.js';

let temporary = '';

beforeAll(async () => {
	temporary = await mkdtemp(path.join(tmpdir(), 'mfadesk-files-'));
});

afterAll(async () => {
	await rm(temporary, {recursive: true, force: true});
});

describe('scenario files adapter', () => {
	test('loads the built-in examples with their fixture', async () => {
		const catalogue = await loadScenarioCatalogue(['fixtures/scenarios'], {fixturesDirectory, builtIn: true});
		expect(catalogue.issues.map(formatIssue)).toEqual([]);
		const pairs = catalogue.scenarios.map((each) => [each.scenario.id, each.fixture.id]);
		expect(pairs).toContainEqual(['codes-wrong-number', 'contoso-small']);
		expect(pairs).toContainEqual(['outlook-2013-prompts', 'contoso-small']);
	});

	test('loads every fixture in a directory by file stem', async () => {
		const fixtures = await loadTenantFixtures(fixturesDirectory);
		expect([...fixtures.keys()].sort()).toEqual(['contoso-small', 'fabrikam-large']);
		expect([...fixtures.values()].every((each) => each.ok)).toBe(true);
	});

	test('a missing or odd file is an issue, not a throw', async () => {
		const missing = await readLimitedText(path.join(temporary, 'nope.yaml'));
		expect(missing.ok ? '' : missing.issues.map(formatIssue)).toEqual([`${path.join(temporary, 'nope.yaml')}:1:1 cannot read the file (ENOENT)`]);
		const directory = await readLimitedText(temporary);
		expect(directory.ok ? '' : directory.issues[0]!.message).toBe('is not a regular file');
		const text = await loadScenarioFile(path.join(temporary, 'notes.txt'), {fixturesDirectory});
		expect(text.ok ? '' : text.issues[0]!.message).toBe('expected a .yaml, .yml or .json file');
	});

	test('fixture ids never leave the fixtures directory', () => {
		expect(isInsideDirectory(fixturesDirectory, 'contoso-small')).toBe(true);
		for (const id of ['../contoso-small', '../../etc/passwd', '/etc/passwd', 'a/b', '..', '.']) {
			expect(isInsideDirectory(fixturesDirectory, id)).toBe(false);
		}
	});

	test('a broken fixture is reported in its own file and blocks the scenarios that use it', async () => {
		const fixtures = path.join(temporary, 'tenants');
		const scenarios = path.join(temporary, 'scenarios');
		await mkdir(fixtures, {recursive: true});
		await mkdir(scenarios, {recursive: true});
		await writeFile(path.join(fixtures, 'contoso-small.yaml'), read('fixtures/tenants/contoso-small.yaml').replace('license: p1', 'license: premium'));
		await writeFile(path.join(scenarios, 'minimal.yaml'), minimalScenario());
		const catalogue = await loadScenarioCatalogue([scenarios], {fixturesDirectory: fixtures});
		expect(catalogue.issues.map(formatIssue)).toEqual([
			`${path.join(fixtures, 'contoso-small.yaml')}:9:10 license: expected one of "free", "office365", "p1", "p2", got "premium"`,
			`${path.join(scenarios, 'minimal.yaml')}:11:9 tenant.base: tenant fixture "contoso-small" has 1 problem(s); fix its file first`,
		]);
		expect(catalogue.scenarios).toEqual([]);
	});
});
