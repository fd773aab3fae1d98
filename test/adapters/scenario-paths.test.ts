import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {formatOf, isStepsFileText, topLevelKeys} from '../../source/adapters/scenario-paths.js';

describe('a steps file (for run --solution) is told apart from a scenario without a YAML parser', () => {
	test.each([
		['steps only', 'steps:\n  - {ask: priya, to: sign-in, client: browser}\n'],
		['name, note and a comment', '# my fix\nname: Fix the phone\nnote: >-\n  Long text: with a colon\nsteps:\n  - wait: 5m\n'],
		['a sequence written at column 0', '---\nsteps:\n- {wait: 5m}\n'],
		['quoted keys and $schema', '"$schema": ./scenario.schema.json\n\'steps\': []\n'],
	])('%s is a steps file', (_name, text) => {
		expect(isStepsFileText(text, 'yaml')).toBe(true);
	});

	test('JSON: an object with steps', () => {
		expect(isStepsFileText('{"name": "x", "steps": []}', 'json')).toBe(true);
		expect(isStepsFileText('{"id": "x", "steps": []}', 'json')).toBe(false);
		expect(isStepsFileText('[1, 2]', 'json')).toBe(false);
		expect(isStepsFileText('{not json', 'json')).toBe(false);
	});

	test.each([
		['a scenario', 'id: x\ntitle: y\nsolutions:\n  - name: a\n    steps: []\n'],
		['no steps', 'name: x\nnote: y\n'],
		['a field a steps file does not have', 'steps: []\nid: x\n'],
		['a top-level sequence', '- steps: []\n'],
		['a flow mapping', '{steps: []}\n'],
	])('%s is not', (_name, text) => {
		expect(isStepsFileText(text, 'yaml')).toBe(false);
	});

	test('the keys read are the top-level ones, in order', () => {
		expect(topLevelKeys('id: a\n# note: no\ntenant:\n  base: b\n  users: {}\ngoal: {x: 1}\n', 'yaml')).toEqual(['id', 'tenant', 'goal']);
	});

	test('no built-in scenario or tenant fixture is taken for a steps file', () => {
		for (const directory of ['fixtures/scenarios', 'fixtures/tenants']) {
			for (const name of readdirSync(directory)) {
				const format = formatOf(name);
				if (format !== undefined) {
					expect(isStepsFileText(readFileSync(path.join(directory, name), 'utf8'), format), name).toBe(false);
				}
			}
		}
	});
});
