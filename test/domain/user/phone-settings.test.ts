import {describe, expect, it} from 'vitest';
import type {Phone} from '../../../source/domain/world/phone.js';
import type {Behaviour} from '../../../source/domain/world/world.js';
import type {PhoneFixType} from '../../../source/domain/user/phone-settings.js';
import {buildPhone} from '../../helpers/build-state.js';
import {accept, personIn, priyaState, refuseOf, saidLines} from '../../helpers/user-helpers.js';

type Case = {
	readonly type: PhoneFixType;
	/** The fault the phone (or habit) starts with. */
	readonly broken: Partial<Phone>;
	readonly habit?: Partial<Behaviour>;
	/** Exactly the phone fields the fix must change. */
	readonly fixed: Partial<Phone>;
	readonly fixedHabit?: Partial<Behaviour>;
};

const authenticator = buildPhone().authenticator;

const cases: readonly Case[] = [
	{type: 'set-phone-automatic-time', broken: {automaticTime: false, clockOffsetSeconds: -95}, fixed: {automaticTime: true, clockOffsetSeconds: 0}},
	{
		type: 'allow-authenticator-notifications',
		broken: {authenticator: {...authenticator, notificationsAllowed: false, batteryOptimised: true}},
		fixed: {authenticator: {...authenticator, notificationsAllowed: true, batteryOptimised: false}},
	},
	{type: 'remove-blocker', broken: {smsBlocker: true, blocksMicrosoftCaller: true}, fixed: {smsBlocker: false, blocksMicrosoftCaller: false}},
	{type: 'turn-off-do-not-disturb', broken: {doNotDisturb: true}, fixed: {doNotDisturb: false}},
	{type: 'restore-phone-signal', broken: {poweredOn: false, hasSignal: false, hasData: false}, fixed: {poweredOn: true, hasSignal: true, hasData: true}},
	{type: 'press-hash-on-calls', broken: {callsGoToVoicemail: true}, habit: {pressesHash: false}, fixed: {callsGoToVoicemail: false}, fixedHabit: {pressesHash: true}},
	{type: 'check-authenticator-manually', broken: {}, habit: {checksAuthenticatorManually: false}, fixed: {}, fixedHabit: {checksAuthenticatorManually: true}},
];

describe('phone and habit fixes', () => {
	it.each(cases)('$type changes exactly the fields it should', ({type, broken, habit, fixed, fixedHabit}) => {
		// Given Priya's phone (or habit) has the fault
		const state = priyaState({person: {phone: buildPhone({...broken, roamingCallingCode: '33'})}});
		const before = personIn(state, 'priya');
		const faulty = {...state, world: {...state.world, people: {priya: {...before, behaviour: {...before.behaviour, ...habit}}}}};

		// When the trainee talks her through the fix
		const result = accept(faulty, {type, userId: 'priya'});

		// Then only those fields changed, the tenant is untouched and she confirms in her own words
		const original = personIn(faulty, 'priya');
		expect(personIn(result.state, 'priya')).toEqual({
			...original,
			phone: {...original.phone, ...fixed},
			behaviour: {...original.behaviour, ...fixedHabit},
		});
		expect(result.state.tenant).toBe(faulty.tenant);
		expect(saidLines(result.events)).toHaveLength(1);
	});

	it('says so when the phone is already set that way, changing nothing', () => {
		const state = priyaState();
		const result = accept(state, {type: 'set-phone-automatic-time', userId: 'priya'});
		expect(result.state).toBe(state);
		expect(saidLines(result.events)).toEqual(['The phone already sets the time automatically.']);
	});

	it('refuses phone fixes for a person without a phone', () => {
		const state = priyaState({person: {phone: undefined}});
		expect(refuseOf(state, {type: 'turn-off-do-not-disturb', userId: 'priya'}).code).toBe('action/not-applicable');
	});

	it('refuses Authenticator fixes when the app isn\'t installed', () => {
		const state = priyaState({person: {phone: buildPhone({authenticator: {...authenticator, installed: false, accounts: []}})}});
		expect(refuseOf(state, {type: 'allow-authenticator-notifications', userId: 'priya'}).message).toContain('Authenticator');
	});

	it('leaves an old phone alone: fixes apply to the phone in hand', () => {
		const oldPhone = buildPhone({automaticTime: false, clockOffsetSeconds: 300});
		const state = priyaState({person: {oldPhone, phone: buildPhone({automaticTime: false, clockOffsetSeconds: 300})}});
		const result = accept(state, {type: 'set-phone-automatic-time', userId: 'priya'});
		expect(personIn(result.state, 'priya').oldPhone).toBe(oldPhone);
	});
});

describe('move-to-network', () => {
	it('moves the person to a network that exists', () => {
		const result = accept(priyaState(), {type: 'move-to-network', userId: 'priya', networkId: 'office'});
		expect(personIn(result.state, 'priya').networkId).toBe('office');
		expect(saidLines(result.events)).toEqual(['OK, I\'m on the Head office connection now.']);
	});

	it('refuses a network the scenario doesn\'t have', () => {
		const refusal = refuseOf(priyaState(), {type: 'move-to-network', userId: 'priya', networkId: 'moon'});
		expect(refusal.code).toBe('input/invalid');
		expect(refusal.message).toContain('office, home, hotel');
	});
});

describe('unknown people', () => {
	it('refuses to ask somebody who isn\'t in the scenario', () => {
		expect(refuseOf(priyaState(), {type: 'remove-blocker', userId: 'nobody'}).code).toBe('user/not-found');
	});
});
