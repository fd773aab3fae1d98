/**
 * No cascades, over the whole built-in pack: the built-in scenarios have no problem, so when one value of one of
 * them is made the wrong type, every problem reported must be at that value, inside it or on a value holding it.
 * A reference problem anywhere else would only follow from the broken value (the reference checks run on the
 * rest of the file).
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {isPair, isScalar, isSeq, parseDocument, visit} from 'yaml';
import {formatPath, type IssuePath} from '../../source/scenario/issues.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import {fixtureMap, read} from './scenario-test-helpers.js';

const directory = path.join('fixtures', 'scenarios');
const files = readdirSync(directory).filter((name) => name.endsWith('.yaml')).sort();
/**
 * Every seventh value (every value takes a minute; MFADESK_CASCADE_STRIDE=1 runs them all), made the wrong type
 * (MFADESK_CASCADE_VALUE puts any other YAML text there instead).
 */
const stride = Number(process.env['MFADESK_CASCADE_STRIDE'] ?? 7);

/** The scalar values of a file, with their paths, outside `variables` (a variable choice that still parses changes every use). */
function leaves(text: string): Array<{readonly path: IssuePath; readonly range: readonly [number, number]; readonly value: unknown}> {
	const found: Array<{path: IssuePath; range: readonly [number, number]; value: unknown}> = [];
	visit(parseDocument(text), {
		Scalar(key, node, ancestors) {
			if (key === 'key' || !node.range) {
				return;
			}

			const at: PropertyKey[] = [];
			for (const [index, each] of ancestors.entries()) {
				const next = ancestors[index + 1] ?? node;
				if (isSeq(each)) {
					at.push(each.items.indexOf(next));
				} else if (isPair(each) && isScalar(each.key) && each.value === next) {
					at.push(String(each.key.value));
				}
			}

			if (at[0] !== 'variables') {
				found.push({path: at, range: [node.range[0], node.range[1]], value: node.value});
			}
		},
	});
	return found;
}

describe('one broken value of a built-in scenario', () => {
	test.each(files)('%s: every problem is at the broken value or inside it', (name) => {
		const file = path.join(directory, name);
		const text = read(file);
		const strays: string[] = [];
		for (const [index, leaf] of leaves(text).entries()) {
			if (index % stride !== 0) {
				continue;
			}

			const bad = process.env['MFADESK_CASCADE_VALUE'] ?? (typeof leaf.value === 'string' ? '12345' : '"not a number"');
			const mutated = `${text.slice(0, leaf.range[0])}${bad}${text.slice(leaf.range[1])}`;
			if (parseScenarioText(mutated, {fileName: file}).ok) {
				continue; // Still fits the schema: what it now names is a reference problem of its own (a renamed client).
			}

			const result = parseScenarioText(mutated, {fileName: file, fixtures: fixtureMap(), builtIn: true});
			const where = formatPath(leaf.path);
			const issues = result.ok ? [] : result.issues;
			if (issues.some((issue) => issue.message.startsWith('YAML syntax error'))) {
				continue; // Not a broken value but a broken file (12345 inside a folded text).
			}

			for (const issue of issues) {
				// A schema problem may be reported on a value that holds the broken one (a step whose kind it hides).
				if (!issue.path.startsWith(where) && !(issue.path !== '' && where.startsWith(issue.path))) {
					strays.push(`${where} = ${bad}: ${issue.path}: ${issue.message}`);
				}
			}
		}

		expect(strays).toEqual([]);
	});
});
