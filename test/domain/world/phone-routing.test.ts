/**
 * The telephone network routes by number: whichever of the person's phones has the number Microsoft dials
 * rings, whatever slot of the user's methods the number sits in (fact sheet 1.2, 3.2, 3.3).
 */
import {describe, expect, it} from 'vitest';
import type {PhoneEvent} from '../../../source/domain/world/phone.js';
import {destinationOf, withDeviceEvents} from '../../../source/domain/world/phone-routing.js';
import {buildPerson, buildPhone, today} from '../../helpers/build-state.js';

const ruth = buildPerson({
	userId: 'ruth',
	phone: buildPhone({number: '+1 4255550100'}),
	oldPhone: buildPhone({number: '+1 4255550999'}),
	deskPhone: {number: '+1 4255550199', extension: '2130', log: []},
});

const missedCall: PhoneEvent = {type: 'call-received', at: today, from: '+1 (855) 330-8653', outcome: 'voicemail'};

describe('destinationOf', () => {
	it.each([
		['her mobile, however it is spaced', '+1 425 555 0100', undefined, 'phone'],
		['the old phone in the drawer', '+1 4255550999', undefined, 'old-phone'],
		['her desk, at its extension', '+1 4255550199', '2130', 'desk-phone'],
		['nobody: the main line without her extension is the switchboard', '+1 4255550199', undefined, 'nobody'],
		['nobody: another desk\'s extension', '+1 4255550199', '2131', 'nobody'],
		['nobody: a number that is none of her phones', '+44 2071234567', undefined, 'nobody'],
	])('reaches %s', (_where, number, extension, device) => {
		expect(destinationOf(ruth, number, extension).device).toBe(device);
	});

	it('rings a direct desk line whatever extension is dialled after it', () => {
		const direct = {...ruth, deskPhone: {number: '+1 4255550199', log: []}};
		expect(destinationOf(direct, '+1 4255550199').device).toBe('desk-phone');
		expect(destinationOf(direct, '+1 4255550199', '77').device).toBe('desk-phone');
	});

	it('prefers the phone in hand when the old phone still shows the same number (the SIM moved)', () => {
		const moved = {...ruth, oldPhone: buildPhone({number: '+1 4255550100'})};
		expect(destinationOf(moved, '+1 4255550100').device).toBe('phone');
	});
});

describe('withDeviceEvents', () => {
	it('logs the event on the device it reached and leaves the other phones alone', () => {
		const after = withDeviceEvents(ruth, 'desk-phone', [missedCall]);
		expect(after.deskPhone?.log).toEqual([missedCall]);
		expect(after.phone?.log).toEqual([]);
		expect(after.oldPhone?.log).toEqual([]);
	});

	it('changes nothing for a device the person does not have, or when nothing happened', () => {
		const noDesk = buildPerson({userId: 'ben'});
		expect(withDeviceEvents(noDesk, 'desk-phone', [missedCall])).toBe(noDesk);
		expect(withDeviceEvents(ruth, 'phone', [])).toBe(ruth);
	});
});
