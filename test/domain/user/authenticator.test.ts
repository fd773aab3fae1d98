import {describe, expect, it} from 'vitest';
import {noMethods, type AuthMethods, type AuthenticatorRegistration} from '../../../source/domain/tenant/methods.js';
import {authenticatorSecret, buildPhone, registeredMethods} from '../../helpers/build-state.js';
import {accept, auditActivities, personIn, phoneIn, priyaState, refuseOf, userIn} from '../../helpers/user-helpers.js';

const newSeed = 'FRESHSEEDFRESHSEED234567';
const emptyApp = {installed: true, notificationsAllowed: true, batteryOptimised: false, accounts: []};
const onlyAuthenticator: AuthMethods = {...noMethods, authenticatorApps: registeredMethods().authenticatorApps};

function staleAccount(secret: string) {
	return {...buildPhone().authenticator, accounts: [{registrationId: 'auth-app-1', label: 'Contoso', secret, activated: false}]};
}

describe('re-add the Authenticator account (ticket 8: "not for an activated account")', () => {
	it('gives the registration a new seed and activates the app\'s account with it', () => {
		// Given Priya restored her phone: the account is no longer activated but its seed still makes codes
		const state = priyaState({user: {methods: onlyAuthenticator, lastAcceptedTotpStep: {'auth-app-1': 5}}, person: {phone: buildPhone({authenticator: staleAccount(authenticatorSecret)})}});

		// When she removes the account and re-adds it through Additional security verification
		const result = accept(state, {type: 're-add-authenticator-account', userId: 'priya', secret: newSeed});

		// Then tenant and app hold the same new seed, and the account is activated
		const priya = userIn(result.state, 'priya');
		expect(priya.methods.authenticatorApps).toEqual([expect.objectContaining({id: 'auth-app-1', secret: newSeed})]);
		expect(priya.lastAcceptedTotpStep).toEqual({});
		expect(phoneIn(result.state, 'priya').authenticator.accounts).toEqual([{registrationId: 'auth-app-1', label: 'Contoso Ltd', secret: newSeed, activated: true}]);
		expect(auditActivities(result.events)).toEqual(['User registered security info']);
		expect(JSON.stringify(result.events)).not.toContain(newSeed);
	});

	it('needs a way to sign in: with a dead account and no other method the admin must re-register', () => {
		// Given the restored account has a different seed and Priya has no other method
		const state = priyaState({user: {methods: onlyAuthenticator}, person: {phone: buildPhone({authenticator: staleAccount('SOMEOTHERSEED2345')})}});
		const refusal = refuseOf(state, {type: 're-add-authenticator-account', userId: 'priya', secret: newSeed});
		expect(refusal.code).toBe('registration/no-usable-method');
		expect(refusal.message).toContain('Require re-register MFA');
	});

	it('works when the person can sign in another way (a text to the phone in hand)', () => {
		const state = priyaState({person: {phone: buildPhone({authenticator: staleAccount('SOMEOTHERSEED2345')})}});
		const result = accept(state, {type: 're-add-authenticator-account', userId: 'priya', secret: newSeed});
		expect(phoneIn(result.state, 'priya').authenticator.accounts[0]).toMatchObject({secret: newSeed, activated: true});
	});

	it('points to the new-phone move when the account lives on an old phone', () => {
		const state = priyaState({person: {phone: buildPhone({authenticator: emptyApp}), oldPhone: buildPhone()}});
		expect(refuseOf(state, {type: 're-add-authenticator-account', userId: 'priya', secret: newSeed}).message).toContain('move Authenticator to the new phone');
	});

	it('refuses when nothing is registered', () => {
		const state = priyaState({user: {methods: {...noMethods, authenticationPhone: {number: '+1 4255550100'}}, defaultMethod: 'text'}});
		expect(refuseOf(state, {type: 're-add-authenticator-account', userId: 'priya', secret: newSeed}).code).toBe('method/not-registered');
	});
});

describe('move Authenticator to a new phone (ticket 7)', () => {
	it('with a working phone number: registers the new phone and deletes the old device', () => {
		// Given Priya got a new phone (same number, empty Authenticator) and the old one is gone
		const state = priyaState({person: {phone: buildPhone({authenticator: emptyApp})}});

		// When she signs in with a text, adds Authenticator on the new phone and deletes the old device
		const result = accept(state, {type: 'move-authenticator-to-new-phone', userId: 'priya', secret: newSeed});

		// Then only the new registration remains, matching the new phone's activated account
		const apps = userIn(result.state, 'priya').methods.authenticatorApps;
		expect(apps).toEqual([expect.objectContaining({id: 'auth-app-0001', deviceName: 'Phone ending 0100', secret: newSeed, push: true, code: true})]);
		expect(phoneIn(result.state, 'priya').authenticator.accounts).toEqual([{registrationId: 'auth-app-0001', label: 'Contoso Ltd', secret: newSeed, activated: true}]);
		expect(auditActivities(result.events)).toEqual(['User registered security info', 'User deleted security info']);
	});

	it('without another way to sign in: refuses and points to Require re-register MFA', () => {
		// Given Authenticator was Priya's only method and the old phone is gone
		const state = priyaState({user: {methods: onlyAuthenticator}, person: {phone: buildPhone({authenticator: emptyApp})}});
		const refusal = refuseOf(state, {type: 'move-authenticator-to-new-phone', userId: 'priya', secret: newSeed});
		expect(refusal.code).toBe('registration/no-usable-method');
		expect(refusal.message).toContain('Require re-register MFA');
		expect(userIn(state, 'priya').methods).toBe(onlyAuthenticator);
	});

	it('deletes the old phone\'s registration, not another device', () => {
		// Given Priya has a new number and phone, the old phone sits in a drawer, and she also has a tablet registration
		const tablet: AuthenticatorRegistration = {id: 'auth-tablet', deviceName: 'iPad', push: true, code: true, secret: 'TABLETSEEDTABLETSEED', registeredAt: 9_999_999_999_999};
		const state = priyaState({
			user: {methods: {...noMethods, authenticationPhone: {number: '+1 2065550199'}, authenticatorApps: [...onlyAuthenticator.authenticatorApps, tablet]}},
			person: {phone: buildPhone({number: '+1 2065550199', authenticator: emptyApp}), oldPhone: buildPhone()},
		});

		// When she signs in with a text and moves Authenticator
		const result = accept(state, {type: 'move-authenticator-to-new-phone', userId: 'priya', secret: newSeed});

		// Then the old phone's registration is gone, the tablet stays, and the old phone itself is untouched
		expect(userIn(result.state, 'priya').methods.authenticatorApps.map((app) => app.id)).toEqual(['auth-tablet', 'auth-app-0001']);
		expect(personIn(result.state, 'priya').oldPhone).toEqual(buildPhone());
	});

	it('can\'t approve on an old phone the person no longer carries', () => {
		// Given the old phone still holds the account, but Priya's only method is that Authenticator
		const state = priyaState({user: {methods: onlyAuthenticator}, person: {phone: buildPhone({authenticator: emptyApp}), oldPhone: buildPhone()}});
		expect(refuseOf(state, {type: 'move-authenticator-to-new-phone', userId: 'priya', secret: newSeed}).code).toBe('registration/no-usable-method');
	});

	it('hits the 5-device limit before the old one can be deleted (ticket 26)', () => {
		const apps = Array.from({length: 5}, (_, index): AuthenticatorRegistration => ({id: `auth-app-${index + 1}`, deviceName: `Phone ${index}`, push: true, code: true, secret: authenticatorSecret, registeredAt: index}));
		const state = priyaState({user: {methods: registeredMethods({authenticatorApps: apps})}, person: {phone: buildPhone({authenticator: emptyApp})}});
		expect(refuseOf(state, {type: 'move-authenticator-to-new-phone', userId: 'priya', secret: newSeed}).code).toBe('method/limit-reached');
	});

	it('says there is nothing to move when the phone in hand already has it', () => {
		expect(refuseOf(priyaState(), {type: 'move-authenticator-to-new-phone', userId: 'priya', secret: newSeed}).code).toBe('action/not-applicable');
	});
});
