/**
 * Ticket 7: Ruth sets up Authenticator on her new iPhone 16 Plus. Authentication methods lists the registration
 * under the phone's name, as Authenticator reports it, not under her phone number.
 */
import {describe, expect, it} from 'vitest';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import {authenticatorSecret, buildPhone, registeredMethods} from '../../helpers/build-state.js';
import {accept, priyaState, userIn} from '../../helpers/user-helpers.js';

const newSeed = 'NEWSEEDNEWSEEDNEWSEED234';
const emptyApp = {installed: true, notificationsAllowed: true, batteryOptimised: false, accounts: []};

describe('the device name of a new Microsoft Authenticator registration', () => {
	it('is the new phone\'s model when the user moves Authenticator to it', () => {
		// Given Ruth's registration lives on her old iPhone 13 mini, and her new iPhone 16 Plus has the app but no account
		const oldPhone = buildPhone({model: 'iPhone 13 mini'});
		const state = priyaState({
			user: {methods: registeredMethods({authenticationPhone: {number: '+1 4255550111'}, authenticatorApps: [{id: 'auth-app-1', deviceName: 'iPhone 13 mini', push: true, code: true, secret: authenticatorSecret, registeredAt: 0}]}), defaultMethod: 'text'},
			person: {phone: buildPhone({model: 'iPhone 16 Plus', number: '+1 4255550111', authenticator: emptyApp}), oldPhone: {...oldPhone, number: '+1 4255550111'}},
		});

		// When she moves Authenticator to the new phone in Security info (she gets in with a text)
		const result = accept(state, {type: 'move-authenticator-to-new-phone', userId: 'priya', secret: newSeed});

		// Then the new registration is "iPhone 16 Plus", not "Phone ending 0111"
		expect(userIn(result.state, 'priya').methods.authenticatorApps.map((app) => app.deviceName)).toEqual(['iPhone 16 Plus']);
	});

	it('is the phone\'s model when she registers Authenticator at "More information required"', () => {
		const state = priyaState({user: {methods: noMethods, defaultMethod: undefined, mustRegisterAgain: true}, person: {phone: buildPhone({model: 'Pixel 8', authenticator: emptyApp})}});
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'authenticator-app', secret: newSeed});
		expect(userIn(result.state, 'priya').methods.authenticatorApps[0]?.deviceName).toBe('Pixel 8');
	});

	it('falls back to the phone\'s number only when nobody knows the model', () => {
		const state = priyaState({user: {methods: noMethods, defaultMethod: undefined, mustRegisterAgain: true}, person: {phone: buildPhone({number: '+1 4255550111', authenticator: emptyApp})}});
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'authenticator-app', secret: newSeed});
		expect(userIn(result.state, 'priya').methods.authenticatorApps[0]?.deviceName).toBe('Phone ending 0111');
	});
});
