import {readdirSync, readFileSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readScenarioHeader} from '../../source/scenario/scenario-header.js';
import {findScenario, listScenarios, loadCatalogue} from '../../source/services/scenario-source-service.js';
import {minimalScenario} from './scenario-test-helpers.js';

const builtIn = readdirSync('fixtures/scenarios').filter((name) => name.endsWith('.yaml'));

function header(text: string, stem = 'minimal') {
	return readScenarioHeader(text, {stem, format: 'yaml'});
}

describe('reading a scenario header without the parser (mfadesk list)', () => {
	test('every built-in file gives the header the full loader reads', async () => {
		const full = await loadCatalogue({fixturesDir: 'fixtures'});
		for (const {file, scenario} of full.scenarios) {
			const stem = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
			expect(header(readFileSync(file, 'utf8'), stem)).toEqual({
				id: scenario.id,
				title: scenario.title,
				topic: scenario.topic,
				difficulty: scenario.difficulty,
				...(scenario.timeLimit === undefined ? {} : {timeLimit: scenario.timeLimit}),
				par: scenario.par,
			});
		}

		expect(full.scenarios).toHaveLength(builtIn.length);
	});

	test('quoted titles and trailing comments are read like YAML reads them', () => {
		const text = minimalScenario().replace('title: Minimal scenario', `title: 'It''s "quoted" # not a comment'   # a comment`).replace('difficulty: 1', 'difficulty: 2 # easy');
		expect(header(text)).toMatchObject({title: `It's "quoted" # not a comment`, difficulty: 2});
		expect(header(minimalScenario().replace('title: Minimal scenario', String.raw`title: "Tab\there"`))).toMatchObject({title: 'Tab\there'});
	});

	test('anything it cannot be sure of is left to the full loader', () => {
		const unsure = [
			minimalScenario().replace('title: Minimal scenario', 'title: >-\n  Folded\n  title'),
			minimalScenario().replace('title: Minimal scenario', 'title: Two\n  lines'),
			minimalScenario().replace('title: Minimal scenario', 'title: &anchor Minimal'),
			minimalScenario().replace('title: Minimal scenario', 'title: true'),
			minimalScenario().replace('difficulty: 1', 'difficulty: 6'),
			minimalScenario().replace('difficulty: 1', 'difficulty: "1"'),
			minimalScenario().replace('topic: missing-codes', 'topic: nonsense'),
			minimalScenario().replace('par: 1', 'par: 1\npar: 2'),
			minimalScenario().replace('par: 1\n', ''),
			`---\n${minimalScenario()}`,
		];
		for (const text of unsure) {
			expect(header(text), text).toBeUndefined();
		}

		expect(header(minimalScenario(), 'other-name')).toBeUndefined();
	});

	test('JSON files are read with JSON.parse', () => {
		const json = JSON.stringify({id: 'minimal', title: 'T', topic: 'lockout', difficulty: 3, timeLimit: 10, par: 2});
		expect(readScenarioHeader(json, {stem: 'minimal', format: 'json'})).toEqual({id: 'minimal', title: 'T', topic: 'lockout', difficulty: 3, timeLimit: 10, par: 2});
		expect(readScenarioHeader('{"id": ', {stem: 'minimal', format: 'json'})).toBeUndefined();
	});
});

describe('cheap listing and lookup give what the full catalogue gives', () => {
	test('listScenarios lists the built-in pack like loadCatalogue, without problems', async () => {
		const listed = await listScenarios({fixturesDir: 'fixtures'});
		const full = await loadCatalogue({fixturesDir: 'fixtures'});
		expect(listed.issues).toEqual([]);
		expect(listed.scenarios.map((each) => [each.file, each.header.id])).toEqual(full.scenarios.map((each) => [each.file, each.scenario.id]));
	});

	test('findScenario by id loads the same scenario and fixture as the full catalogue', async () => {
		const full = await loadCatalogue({fixturesDir: 'fixtures'});
		const found = await findScenario('codes-wrong-number', {fixturesDir: 'fixtures'});
		expect(found.ok).toBe(true);
		expect(found.ok ? found.loaded : undefined).toEqual(full.scenarios.find((each) => each.scenario.id === 'codes-wrong-number'));
	});

	test('an unknown id still gets the suggestion from the full catalogue', async () => {
		const found = await findScenario('codes-wrong-numbr', {fixturesDir: 'fixtures'});
		expect(found.ok ? '' : found.message).toMatch(/no scenario "codes-wrong-numbr".*codes-wrong-number/);
	});
});

describe('listing with --scenarios', () => {
	test('a custom file reusing a built-in id is reported at its id line and not listed twice', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-header-'));
		try {
			const text = readFileSync('fixtures/scenarios/codes-wrong-number.yaml', 'utf8');
			await writeFile(path.join(directory, 'codes-wrong-number.yaml'), text);
			const listed = await listScenarios({fixturesDir: 'fixtures', extraDirectory: directory});
			expect(listed.scenarios.filter((each) => each.header.id === 'codes-wrong-number')).toHaveLength(1);
			const idLine = text.split('\n').findIndex((line) => line.startsWith('id:')) + 1;
			expect(listed.issues).toEqual([expect.objectContaining({file: path.join(directory, 'codes-wrong-number.yaml'), line: idLine, column: 5, path: 'id', message: expect.stringMatching(/duplicate scenario id "codes-wrong-number"/)})]);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});
});
