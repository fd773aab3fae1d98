/**
 * The built-in pack through the engine `mfadesk test` uses: one vitest test per scenario file in
 * fixtures/scenarios (listed when the suite is collected, so a new file is picked up with no edit here).
 * Each file must load with no problem under the built-in rules; doing nothing must fail the goal (the fault
 * reproduces), every reference solution must meet the goal with no red flag, and every wrong remedy must fail the
 * goal or raise a red flag, for several seeds (so different seeded variants are played). Par covers every
 * reference solution, safety steps included, so an expert following any of them keeps every efficiency point. argon2 runs at a cheap cost for new hashes; the fixtures' own
 * hashes keep their OWASP cost, so each sign-in still costs one real verification.
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {createRunPorts} from '../../source/commands/real-deps.js';
import {formatIssue} from '../../source/scenario/issues.js';
import {loadScenarioFiles} from '../../source/services/scenario-source-service.js';
import {runScenario} from '../../source/services/scenario-run-service.js';
import {casesOf, testScenario} from '../../source/services/scenario-test-service.js';

const directory = path.join('fixtures', 'scenarios');
const files = readdirSync(directory)
	.filter((name) => /\.(?:ya?ml|json)$/.test(name))
	.sort();
const ports = createRunPorts({cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});
const seeds = [1, 2, 3];

describe('the built-in pack', () => {
	test('is there', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	test.each(files)('%s: loads cleanly; doing nothing fails, solutions pass, wrong remedies fail', async (name) => {
		const file = path.join(directory, name);
		const loaded = await loadScenarioFiles([file], 'fixtures');
		expect(loaded.issues.map(formatIssue)).toEqual([]);
		const scenario = {...loaded.scenarios[0]!, file};
		const failures: string[] = [];
		for (const seed of seeds) {
			const result = await testScenario(scenario, {seed, ports});
			for (const each of casesOf(result)) {
				if (!each.passed) {
					failures.push(`seed ${seed}: ${each.kind} "${each.name}": ${each.reason}`);
				}
			}
		}

		expect(failures).toEqual([]);
	});

	test.each(files)('%s: an expert following any reference solution loses no efficiency points (par covers it)', async (name) => {
		const file = path.join(directory, name);
		const loaded = await loadScenarioFiles([file], 'fixtures');
		const {scenario} = loaded.scenarios[0]!;
		const overPar = [];
		for (const solution of scenario.solutions) {
			const report = await runScenario(loaded.scenarios[0]!, {kind: 'solution', name: solution.name}, {seed: 1, ports});
			if (report.actions > scenario.par) {
				overPar.push(`"${solution.name}": ${report.actions} changes, par ${scenario.par}`);
			}
		}

		expect(overPar).toEqual([]);
	});
});
