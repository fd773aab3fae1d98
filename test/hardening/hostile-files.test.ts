/**
 * Hostile scenario and tenant files: each must be refused with a located message that says why, as a
 * value (no throw), within the hang bound, with nothing printed and no prototype touched: alias bombs,
 * cyclic aliases, deep nesting up to 10^5 levels, huge strings and keys, files over the size limit,
 * `__proto__` / `constructor` / `prototype` keys anywhere (nested, quoted, escaped, in lists, through
 * anchors, merge keys and variables), YAML 1.1 and language tags, and references that escape the
 * fixtures directory. The number refused is printed.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {formatIssue} from '../../source/scenario/issues.js';
import {scenarioLimits} from '../../source/scenario/limits.js';
import {loadScenarioFiles} from '../../source/services/scenario-source-service.js';
import {minimalScenario} from '../scenario/scenario-test-helpers.js';
import {parseChecked, pollution, type FileKind} from './loader-checks.js';

type Hostile = {
	readonly name: string;
	readonly text: string;
	/** The message must say why. */
	readonly expect: RegExp;
	readonly fileName?: string;
	readonly kind?: FileKind;
};

const minimal = minimalScenario('hostile');
/** The minimal scenario with one top-level block replaced or added. */
function withTenant(tenant: string): string {
	return minimal.replace('tenant:\n  base: contoso-small\n', tenant);
}

function withGoal(goal: string): string {
	return minimal.replace('goal:\n  perUserMfa: {user: priya, is: enforced}\n', goal);
}

const laughs = ['a0: &a0 lol', ...Array.from({length: 9}, (_each, level) => `a${level + 1}: &a${level + 1} [${Array.from({length: 9}, () => `*a${level}`).join(', ')}]`)].join('\n');
const proto = /key "(__proto__|constructor|prototype)" is not allowed/;
const notAPath = /tenant fixture id .*not a path/;

const hostiles: readonly Hostile[] = [
	// Alias bombs and cycles.
	{name: 'billion laughs (fixtures/invalid/alias-bomb.yaml)', text: readFileSync('fixtures/invalid/alias-bomb.yaml', 'utf8'), fileName: 'alias-bomb.yaml', expect: /alias bomb/},
	{name: 'billion laughs expanded inside the tenant patch', text: `${laughs}\n${withTenant('tenant:\n  base: contoso-small\n  users:\n    priya: {department: *a9}\n')}`, expect: /alias bomb/},
	{name: 'billion laughs in a tenant fixture', text: `${laughs}\nid: hostile\nsummary: *a9\n`, kind: 'tenant', expect: /alias bomb/},
	{name: 'one big list aliased 500 times', text: `big: &big [${Array.from({length: 2000}, (_each, index) => index).join(', ')}]\nmany: [${Array.from({length: 500}, () => '*big').join(', ')}]\n${minimal}`, expect: /alias bomb/},
	{name: 'a goal that aliases itself (&g {not: *g})', text: withGoal('goal: &g\n  not: *g\n'), expect: /cyclic data is not allowed/},
	{name: 'a list that contains itself', text: minimal.replace('title: Minimal scenario', 'title: &t [*t]'), expect: /cyclic data is not allowed/},
	{name: 'the whole document aliased inside itself', text: `&top\n${minimal}self: *top\n`, expect: /cyclic data is not allowed/},
	// Deep nesting.
	{name: '10^5 nested flow lists', text: `${minimal}summary: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, expect: /nesting is too deep/},
	{name: '5x10^4 nested flow maps', text: `${minimal}summary: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`, expect: /nesting is too deep/},
	{name: '10^5 nested lists in a JSON file', text: `{"id": "hostile", "summary": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, fileName: 'hostile.json', expect: /^hostile\.json:1:\d+ nesting is too deep/},
	{name: '10^5 nested lists behind brackets in quoted strings and comments', text: `${minimal}summary: "${']'.repeat(1000)}" # ${']'.repeat(1000)}\ndebrief: ${'[ "]", '.repeat(30_000)}1${']'.repeat(30_000)}\n`, expect: /nesting is too deep/},
	{name: '300 levels of block indentation', text: `${minimal}summary:\n${Array.from({length: 300}, (_each, level) => `${'  '.repeat(level + 1)}a:`).join('\n')} 1\n`, expect: /nesting is too deep/},
	{name: '10^4 nested goal combinators (not: not: ...)', text: withGoal(`goal: ${'{not: '.repeat(10_000)}{perUserMfa: {user: priya, is: enforced}}${'}'.repeat(10_000)}\n`), expect: /nesting is too deep/},
	{name: 'deep nesting in a tenant fixture', text: `id: hostile\nusers: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, kind: 'tenant', expect: /nesting is too deep/},
	// Huge strings, keys and files.
	{name: 'a 10,001-character title', text: minimal.replace('title: Minimal scenario', `title: ${'x'.repeat(scenarioLimits.maxStringLength + 1)}`), expect: /string is 10001 characters long/},
	{name: 'a 250 KB single-line string', text: `${minimal}summary: ${'y'.repeat(250_000)}\n`, expect: /string is 250000 characters long/},
	{name: 'a 200 KB folded block string', text: `${minimal}summary: >-\n${Array.from({length: 2000}, () => `  ${'z'.repeat(98)}`).join('\n')}\n`, expect: /characters long; the limit is 10000/},
	{name: 'a 201-character key', text: `${minimal}${'k'.repeat(201)}: 1\n`, expect: /a key is 201 characters long/},
	{name: 'a file over the size limit', text: `${minimal}${'# padding\n'.repeat(30_000)}`, expect: /the limit is 262144 bytes/},
	{name: 'a file over the size limit in 4-byte characters', text: `${minimal}summary: ${'😀'.repeat(70_000)}\n`, expect: /the limit is 262144 bytes/},
	{name: 'a tenant fixture over the size limit', text: `id: hostile\n${'# padding\n'.repeat(30_000)}`, kind: 'tenant', expect: /the limit is 262144 bytes/},
	{name: 'a 10^5-item list and 400 problems (the issue list is capped)', text: minimal.replace('      - {ask: priya, to: sign-in, client: browser}\n', `${Array.from({length: 200}, () => '      - {ask: priya, to: fly, bogus: 1}\n').join('')}`) + `extra: [${Array.from({length: 100_000}, () => 1).join(',')}]\n`, expect: /and \d+ more problems/},
	// Prototype keys anywhere.
	{name: '__proto__ at the top', text: `${minimal}__proto__: {polluted: true}\n`, expect: proto},
	{name: '__proto__ nested in a user patch', text: withTenant('tenant:\n  base: contoso-small\n  users:\n    priya:\n      __proto__: {polluted: true}\n'), expect: proto},
	{name: '__proto__ inside a list item', text: minimal.replace('{ask: priya, to: sign-in, client: browser}', '{ask: priya, to: sign-in, client: browser, __proto__: {polluted: true}}'), expect: proto},
	{name: '__proto__ as a quoted key', text: `${minimal}"__proto__": {polluted: true}\n`, expect: proto},
	{name: '__proto__ spelled with escapes', text: `${minimal}"\\u005f\\u005fproto\\u005f\\u005f": {polluted: true}\n`, expect: proto},
	{name: '__proto__ as an explicit key', text: `${minimal}? __proto__\n: {polluted: true}\n`, expect: proto},
	{name: '__proto__ in a flow list pair', text: `${minimal}summary: [ __proto__: {polluted: true} ]\n`, expect: proto},
	{name: '__proto__ in JSON', text: '{"id": "hostile", "tenant": {"base": "contoso-small", "users": {"__proto__": {"polluted": true}}}}', fileName: 'hostile.json', expect: proto},
	{name: 'constructor.prototype', text: `${minimal}constructor: {prototype: {polluted: true}}\n`, expect: proto},
	{name: 'prototype nested in the goal', text: withGoal('goal:\n  perUserMfa: {user: priya, is: enforced, prototype: {polluted: true}}\n'), expect: proto},
	{name: '__proto__ in a tenant fixture user', text: 'id: hostile\nusers:\n  - id: priya\n    __proto__: {polluted: true}\n', kind: 'tenant', expect: proto},
	{name: '__proto__ inside an anchored node used through an alias', text: `shared: &shared {__proto__: {polluted: true}}\n${withTenant('tenant:\n  base: contoso-small\n  users:\n    priya: *shared\n')}`, expect: proto},
	{name: 'an anchor named __proto__', text: `${minimal}summary: &__proto__ {polluted: true}\ndebrief: *__proto__\n`, expect: /summary: expected text, got a map/},
	{name: 'a merge key (<<) bringing in __proto__', text: `${minimal}summary:\n  <<: {__proto__: {polluted: true}}\n`, expect: proto},
	{name: 'a merge key (<<) through an alias', text: `base: &b {polluted: true}\n${withTenant('tenant:\n  <<: *b\n  base: contoso-small\n')}`, expect: /expected one of/},
	{name: 'a variable that turns a key into __proto__', text: withTenant("variables: {who: [priya, __proto__]}\ntenant:\n  base: contoso-small\n  users:\n    '${who}': {perUserMfa: enabled}\n"), expect: /becomes "__proto__"/},
	{name: 'a variable that turns a key into constructor', text: withTenant("variables: {who: [constructor]}\ntenant:\n  base: contoso-small\n  people:\n    '${who}': {network: office}\n"), expect: /becomes "constructor"/},
	// Tags.
	{name: 'a language tag (!!python/object/apply)', text: `${minimal}summary: !!python/object/apply:os.system ["id"]\n`, expect: /tags such as .* are not allowed/},
	{name: 'a JavaScript function tag', text: `${minimal}summary: !!js/function "function () { return 1 }"\n`, expect: /tags such as .* are not allowed/},
	{name: 'a YAML 1.1 !!omap carrying __proto__', text: `${minimal}summary: !!omap [ __proto__: {polluted: true} ]\n`, expect: /tags such as !!omap are not allowed/},
	{name: 'a !!binary key', text: `${minimal}!!binary aGVsbG8=: 1\n`, expect: /tags such as !!binary are not allowed/},
	{name: 'a !!timestamp value', text: minimal.replace('startsAt: 2024-03-12T09:00:00Z', 'startsAt: !!timestamp 2024-03-12T09:00:00Z'), expect: /tags such as !!timestamp are not allowed/},
	// Structure.
	{name: 'two documents', text: `${minimal}---\nid: second\n`, expect: /one document/},
	{name: 'an empty file', text: '', expect: /empty/},
	{name: 'a byte-order mark only', text: '\uFEFF', expect: /empty/},
	{name: 'NUL bytes', text: `${minimal}summary: "a\0b"\u0000\n`, expect: /YAML syntax error/},
	// References that escape the fixtures directory.
	{name: 'base: ../../etc/passwd', text: withTenant('tenant:\n  base: ../../etc/passwd\n'), expect: notAPath},
	{name: 'base: /etc/passwd', text: withTenant('tenant:\n  base: /etc/passwd\n'), expect: notAPath},
	{name: String.raw`base: ..\..\windows\win.ini`, text: withTenant(String.raw`tenant:
  base: ..\..\windows\win.ini
`), expect: notAPath},
	{name: 'base: contoso-small/../../secret', text: withTenant('tenant:\n  base: contoso-small/../../secret\n'), expect: notAPath},
	{name: 'base: file:///etc/passwd', text: withTenant("tenant:\n  base: 'file:///etc/passwd'\n"), expect: notAPath},
	{name: 'base: %2e%2e%2fetc', text: withTenant("tenant:\n  base: '%2e%2e%2fetc'\n"), expect: notAPath},
	{name: 'base from a variable (${v} = ../../etc/passwd)', text: withTenant("variables: {v: ['../../etc/passwd']}\ntenant:\n  base: '${v}'\n"), expect: notAPath},
];

let refused = 0;

describe('hostile scenario and tenant files are refused with a message', () => {
	afterAll(() => {
		console.info(`hostile-files: ${refused} of ${hostiles.length} hostile inputs refused with a located message (no throw, no hang, nothing printed, no prototype touched)`);
	});

	it.each(hostiles.map((each) => [each.name, each] as const))('%s', (_name, hostile) => {
		// Given a hostile file, when it is loaded, then it is refused with a located message that says why
		const kind = hostile.kind ?? 'scenario';
		const fileName = hostile.fileName ?? 'hostile.yaml';
		const outcome = parseChecked(hostile.text, fileName, kind);
		if (outcome.kind === 'broken') {
			expect.fail(outcome.why);
		}

		expect(outcome.kind).toBe('issues');
		if (outcome.kind === 'issues') {
			expect(outcome.issues.length).toBeLessThanOrEqual(scenarioLimits.maxIssues + 1);
			expect(outcome.issues.map(formatIssue).join('\n')).toMatch(hostile.expect);
			refused++;
		}

		expect(pollution()).toBeUndefined();
	});

	it('a scenario whose base escapes the fixtures directory is refused by the file loader, which reads nothing outside it', async () => {
		// Given scenario files on disk whose base names paths outside fixtures/tenants
		const directory = mkdtempSync(path.join(tmpdir(), 'mfadesk-hostile-'));
		try {
			const files = ['../../etc/passwd', '../scenarios/codes-wrong-number', '/etc/passwd'].map((base, index) => {
				const file = path.join(directory, `escape-${index}.yaml`);
				writeFileSync(file, minimalScenario(`escape-${index}`).replace('base: contoso-small', `base: '${base}'`));
				return file;
			});
			// When they are loaded through the service, lazily and eagerly
			for (const lazyFixtures of [true, false]) {
				const loaded = await loadScenarioFiles(files, 'fixtures', {lazyFixtures});
				// Then none loads, and each says the base must be a fixture id
				expect(loaded.scenarios).toEqual([]);
				expect(loaded.issues.filter((issue) => notAPath.test(issue.message)).map((issue) => path.basename(issue.file))).toEqual(['escape-0.yaml', 'escape-1.yaml', 'escape-2.yaml']);
			}
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});
});
