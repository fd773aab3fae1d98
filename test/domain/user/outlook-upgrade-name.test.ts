/**
 * Ticket 15 today: Ines upgrades Outlook 2010 on the reception PC. From then on the client is the new Outlook,
 * and everything that names it (the ask menu, the timeline, the debrief) must say so.
 */
import {describe, expect, it} from 'vitest';
import {outlookProductName} from '../../../source/domain/world/client.js';
import {outlook} from '../../helpers/build-state.js';
import {accept, personIn, priyaState, saidLines} from '../../helpers/user-helpers.js';

function clientName(state: Parameters<typeof personIn>[0]): string | undefined {
	return personIn(state, 'priya').clients.find((each) => each.id === 'outlook')?.name;
}

describe('the name of an upgraded Outlook', () => {
	it('follows an upgrade to Outlook for Microsoft 365, as Microsoft names the product', () => {
		// Given Outlook 2010 on the reception PC
		const state = priyaState({person: {clients: [outlook('2010', {}, {name: 'Outlook 2010 on reception PC'})]}});

		// When she installs Outlook for Microsoft 365
		const result = accept(state, {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '365'});

		// Then the client is called after the new version, and she says which Outlook she installed
		expect(clientName(result.state)).toBe('Outlook for Microsoft 365 on reception PC');
		expect(saidLines(result.events)).toEqual(['OK, Outlook for Microsoft 365 is installed. It\'s asking me to sign in.']);
	});

	it('follows an upgrade to Outlook 2016', () => {
		const state = priyaState({person: {clients: [outlook('2010', {}, {name: 'Outlook 2010 on reception PC'})]}});
		const result = accept(state, {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '2016'});
		expect(clientName(result.state)).toBe('Outlook 2016 on reception PC');
	});

	it('keeps a name that never mentioned the version', () => {
		const state = priyaState({person: {clients: [outlook('2013', {}, {name: 'Outlook on my desk PC'})]}});
		const result = accept(state, {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '2019'});
		expect(clientName(result.state)).toBe('Outlook on my desk PC');
	});

	it('spells every version as the product is called', () => {
		expect(outlookProductName('2010')).toBe('Outlook 2010');
		expect(outlookProductName('365')).toBe('Outlook for Microsoft 365');
	});
});
