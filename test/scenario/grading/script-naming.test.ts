/**
 * outlook-2010-current-tenant's reference solution: upgrade Outlook 2010 on the reception PC, then sign in. Told
 * without playing it, the sign-in step must name the Outlook she has by then.
 */
import {describe, expect, test} from 'vitest';
import {createSeededRandom} from '../../../source/adapters/seeded-random.js';
import {buildInitialState} from '../../../source/scenario/build-initial-state.js';
import {namingStates} from '../../../source/scenario/grading/script-naming.js';
import {scriptStepWords} from '../../../source/scenario/grading/step-words.js';
import {parseScenarioText} from '../../../source/scenario/parse-scenario.js';
import {fixture, fixtureMap, read} from '../scenario-test-helpers.js';

function reference(file: string, solution = 0) {
	const result = parseScenarioText(read(`fixtures/scenarios/${file}`), {fileName: file, fixtures: fixtureMap()});
	if (!result.ok) {
		throw new Error(JSON.stringify(result.issues));
	}

	const initial = buildInitialState(result.scenario, fixture('contoso-small'), createSeededRandom(1));
	const {steps} = initial.scenario.solutions[solution]!;
	const states = namingStates(steps, initial.state);
	return steps.map((step, index) => scriptStepWords(step, states[index]!));
}

describe('naming the steps of a script that is not played', () => {
	test('the sign-in after the upgrade names the new Outlook', () => {
		const words = reference('outlook-2010-current-tenant.yaml');
		expect(words[0]).toContain('Outlook 2010 on reception PC');
		expect(words[1]).toContain('Outlook for Microsoft 365 on reception PC');
		expect(words[1]).not.toContain('2010');
	});

	test('the second solution names Outlook 2016 after its upgrade', () => {
		expect(reference('outlook-2010-current-tenant.yaml', 1)[1]).toContain('Outlook 2016 on reception PC');
	});

	test('a script without renames is named from the start state throughout', () => {
		const words = reference('codes-clock-drift.yaml');
		expect(words).toHaveLength(2);
		expect(words.every((each) => each.length > 0)).toBe(true);
	});
});
