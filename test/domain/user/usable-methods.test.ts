import {describe, expect, it} from 'vitest';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import {MINUTE} from '../../../source/domain/common/time.js';
import {callProblem, methodVerdicts, textProblem, usableMethods} from '../../../source/domain/user/usable-methods.js';
import type {Behaviour} from '../../../source/domain/world/world.js';
import {buildPhone, registeredMethods} from '../../helpers/build-state.js';
import {personIn, priyaState, userIn} from '../../helpers/user-helpers.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';

const healthy: Behaviour = {pressesHash: true, pushResponse: 'approve', checksAuthenticatorManually: false, ticksDontAskAgain: false};

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
		const deskPhone = {number: '+1 4255557000', log: []};
		expect(usable(priyaState({user: {methods}, person: {networkId: 'home', deskPhone}}))).toEqual([]);
		expect(usable(priyaState({user: {methods}, person: {networkId: 'office', deskPhone}}))).toEqual(['office-call']);
	});

	it('routes the office-phone call by its number: her mobile\'s number rings the mobile, wherever she is', () => {
		// Given an admin typed Priya's mobile number into the office phone slot, and she is at home
		const methods = {...noMethods, officePhone: {number: '+1 4255550100'}};
		const state = priyaState({user: {methods}, person: {networkId: 'home', deskPhone: {number: '+1 4255557000', log: []}}});
		// Then the call rings the phone in her hand, so the method works
		expect(usable(state)).toEqual(['office-call']);
	});

	it('does not count a text to her desk number: a landline takes calls only', () => {
		// Given Priya's authentication phone is her desk line and she is at her desk
		const methods = {...noMethods, authenticationPhone: {number: '+1 4255557000'}};
		const state = priyaState({user: {methods}, person: {networkId: 'office', deskPhone: {number: '+1 4255557000', log: []}}});
		// Then a call to it can be answered, a text can't be received
		const verdicts = methodVerdicts(state, userIn(state, 'priya'), personIn(state, 'priya'));
		expect(verdicts).toEqual([
			{method: 'text', usable: false, symptom: 'no text arrived (that number is their desk phone)'},
			{method: 'call', usable: true},
		]);
	});
});

describe('textProblem and callProblem: roaming (ticket 3)', () => {
	it('a phone at home is reachable even if its carrier would not deliver abroad', () => {
		// Given Priya's phone is set up so texts and calls would not arrive while roaming, but she is at home
		const home = buildPhone({roamingBlocksTelephony: true});

		// Then texts and calls reach her, as in the sign-in evaluation
		expect(textProblem(home)).toBeUndefined();
		expect(callProblem(home, healthy)).toBeUndefined();
		expect(usable(priyaState({person: {phone: home}}))).toEqual(['app-notification', 'app-code', 'text', 'call']);
	});

	it('abroad on that carrier, no text or call arrives', () => {
		// Given the same phone roaming in France
		const abroad = buildPhone({roamingBlocksTelephony: true, roamingCallingCode: '33'});

		// Then the person notices no text and no call, and says where they are
		expect(textProblem(abroad)).toBe('no text arrived while roaming (+33)');
		expect(callProblem(abroad, healthy)).toBe('the call never came');
		expect(usable(priyaState({person: {phone: abroad}}))).toEqual(['app-notification', 'app-code']);
	});

	it('roaming with a carrier that delivers abroad changes nothing', () => {
		const abroad = buildPhone({roamingBlocksTelephony: false, roamingCallingCode: '33'});
		expect(textProblem(abroad)).toBeUndefined();
		expect(callProblem(abroad, healthy)).toBeUndefined();
	});
});

describe('methodVerdicts: telephony throttling (fact sheet 3.2, ticket 4)', () => {
	it('after five texts in a few minutes, texts and calls are refused but the app still works', () => {
		// Given Priya asked for five texts in the last four minutes
		const now = priyaState().now;
		const state = priyaState({user: {telephonyAttempts: [4, 3, 2, 1, 0].map((minutes) => now - minutes * MINUTE)}});

		// Then her phone methods report the limit, and Authenticator is still usable
		const verdicts = methodVerdicts(state, userIn(state, 'priya'), personIn(state, 'priya'));
		expect(verdicts.filter((verdict) => !verdict.usable).map((verdict) => [verdict.method, verdict.symptom])).toEqual([
			['text', "it said they've hit the limit on text and call verification codes"],
			['call', "it said they've hit the limit on text and call verification codes"],
		]);
		expect(usable(state)).toEqual(['app-notification', 'app-code']);
	});

	it('ten minutes later the limit has lifted', () => {
		const now = priyaState().now;
		const state = priyaState({user: {telephonyAttempts: [14, 13, 12, 11, 10].map((minutes) => now - minutes * MINUTE)}});
		expect(usable(state)).toEqual(['app-notification', 'app-code', 'text', 'call']);
	});
});
