import {describe, expect, it} from 'vitest';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import {usableMethods} from '../../../source/domain/user/usable-methods.js';
import {buildPhone, registeredMethods} from '../../helpers/build-state.js';
import {personIn, priyaState, userIn} from '../../helpers/user-helpers.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';

function usable(state: SimState) {
	return usableMethods(state, userIn(state, 'priya'), personIn(state, 'priya'));
}

describe('usableMethods: what the person can complete right now', () => {
	it('offers everything registered when the phone is healthy', () => {
		expect(usable(priyaState())).toEqual(['app-notification', 'app-code', 'text', 'call']);
	});

	it('drops codes when the phone clock drifts (ticket 6) but keeps the push', () => {
		const state = priyaState({person: {phone: buildPhone({automaticTime: false, clockOffsetSeconds: 95})}});
		expect(usable(state)).toEqual(['app-notification', 'text', 'call']);
	});

	it('drops the push when notifications are off, unless the person checks the app manually (ticket 9)', () => {
		const phone = buildPhone({authenticator: {...buildPhone().authenticator, notificationsAllowed: false}});
		expect(usable(priyaState({person: {phone}}))).not.toContain('app-notification');
		const checks = priyaState({person: {phone, behaviour: {pressesHash: true, pushResponse: 'approve', checksAuthenticatorManually: true, ticksDontAskAgain: false}}});
		expect(usable(checks)).toContain('app-notification');
	});

	it('drops phone methods when the number registered is not the phone in hand (ticket 1)', () => {
		const state = priyaState({user: {methods: registeredMethods({authenticationPhone: {number: '+1 4255550999'}})}});
		expect(usable(state)).toEqual(['app-notification', 'app-code']);
	});

	it('drops phone methods under security defaults', () => {
		expect(usable(priyaState({tenant: {securityDefaults: true}}))).toEqual(['app-notification', 'app-code']);
	});

	it('offers nothing while a legacy fraud block holds', () => {
		const state = priyaState();
		expect(usable(priyaState({user: {mfaBlockedUntil: state.now + 1}}))).toEqual([]);
	});
});

describe('usableMethods: other phones', () => {
	it('counts an alternate phone only when it rings the phone in hand', () => {
		// Given Priya's only method is an alternate phone: first a desk number, then her own mobile
		const desk = priyaState({user: {methods: {...noMethods, alternatePhone: {number: '+1 4255559999'}}}});
		expect(usable(desk)).toEqual([]);
		const mobile = priyaState({user: {methods: {...noMethods, alternatePhone: {number: '+1 4255550100'}}}});
		expect(usable(mobile)).toEqual(['alternate-call']);
	});

	it('drops calls when the person never presses # (ticket 5)', () => {
		const state = priyaState({person: {behaviour: {pressesHash: false, pushResponse: 'approve', checksAuthenticatorManually: false, ticksDontAskAgain: false}}});
		expect(usable(state)).toEqual(['app-notification', 'app-code', 'text']);
	});
});

describe('usableMethods: where the person is', () => {
	it('drops the push abroad since August 2023 (no notification for unfamiliar locations)', () => {
		// Given Priya (home country US) is on the hotel Wi-Fi in France, with only Authenticator push
		const state = priyaState({user: {methods: {...noMethods, authenticatorApps: registeredMethods().authenticatorApps}}, person: {networkId: 'hotel'}});
		expect(usable(state)).toEqual(['app-code']);
	});

	it('counts the office desk phone only while the person is in the office', () => {
		const methods = {...noMethods, officePhone: {number: '+1 4255557000'}};
		expect(usable(priyaState({user: {methods}, person: {networkId: 'home'}}))).toEqual([]);
		expect(usable(priyaState({user: {methods}, person: {networkId: 'office'}}))).toEqual(['office-call']);
	});
});
