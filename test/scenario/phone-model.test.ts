/**
 * Phones know their make and model: a new Authenticator registration is named after it (ticket 7: "my new
 * iPhone 16 Plus"), so the world must carry the name the ticket uses.
 */
import {describe, expect, test} from 'vitest';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {buildInitialState} from '../../source/scenario/build-initial-state.js';
import {parseScenarioText} from '../../source/scenario/parse-scenario.js';
import type {Scenario} from '../../source/scenario/schema/scenario-schema.js';
import {fixture, fixtureMap, read} from './scenario-test-helpers.js';

function scenario(file: string): Scenario {
	const result = parseScenarioText(read(`fixtures/scenarios/${file}`), {fileName: file, fixtures: fixtureMap()});
	if (!result.ok) {
		throw new Error(JSON.stringify(result.issues));
	}

	return result.scenario;
}

const contoso = fixture('contoso-small');

describe('the phone\'s model', () => {
	test('is the new phone the ticket names in new-phone-authenticator, whichever variant is drawn', () => {
		const newPhone = scenario('new-phone-authenticator.yaml');
		for (const seed of [1, 2, 3, 4, 5]) {
			const {state, variables} = buildInitialState(newPhone, contoso, createSeededRandom(seed));
			expect(state.world.people['ruth']!.phone?.model).toBe(variables['newPhone']);
		}
	});

	test('defaults to the device name of the registration the phone\'s Authenticator holds', () => {
		// Ruth's traded-in phone holds her registration; Mei's phone mirrors hers (contoso-small: iPhone 14 Plus)
		const {state} = buildInitialState(scenario('new-phone-authenticator.yaml'), contoso, createSeededRandom(1));
		const ruthsRegistration = state.tenant.users['ruth']!.methods.authenticatorApps[0]!;
		expect(state.world.people['ruth']!.oldPhone?.model).toBe(ruthsRegistration.deviceName);
		expect(state.world.people['mei']!.phone?.model).toBe('iPhone 14 Plus');
	});

	test('is unknown for a spare phone with nothing on it (lost-phone-stolen)', () => {
		const {state} = buildInitialState(scenario('lost-phone-stolen.yaml'), contoso, createSeededRandom(1));
		expect(state.world.people['ben']!.phone?.model).toBeUndefined();
	});
});
