import {describe, expect, it} from 'vitest';
import {noMethods, type HardwareOathToken} from '../../../source/domain/tenant/methods.js';
import {buildPhone, registeredMethods} from '../../helpers/build-state.js';
import {accept, auditActivities, priyaState, refuseOf, saidLines, userIn} from '../../helpers/user-helpers.js';

const fob: HardwareOathToken = {id: 'hw-1', serialNumber: 'FOB-1001', manufacturer: 'Token2', model: 'C202', secret: 'FOBSEEDFOBSEED', periodSeconds: 30, status: 'assigned'};

describe('change-default-method', () => {
	it('switches the default to a registered, allowed method and audits it', () => {
		// Given Priya's default is the app notification and she also has her phone registered
		const result = accept(priyaState(), {type: 'change-default-method', userId: 'priya', method: 'text'});

		// Then her default is text, logged as fact 1.5 names it
		expect(userIn(result.state, 'priya').defaultMethod).toBe('text');
		expect(auditActivities(result.events)).toEqual(['User changed default security info']);
	});

	it('refuses a method that isn\'t registered', () => {
		expect(refuseOf(priyaState(), {type: 'change-default-method', userId: 'priya', method: 'office-call'}).code).toBe('method/not-registered');
	});

	it('refuses a method the tenant no longer allows', () => {
		const state = priyaState({settings: {verificationOptions: {call: true, text: false, appNotification: true, appCode: true}}});
		expect(refuseOf(state, {type: 'change-default-method', userId: 'priya', method: 'text'}).code).toBe('method/not-allowed');
	});

	it('changes nothing but the sign-in log when it is already the default', () => {
		const state = priyaState();
		const result = accept(state, {type: 'change-default-method', userId: 'priya', method: 'app-notification'});
		expect(result.state.tenant).toBe(state.tenant);
		expect(result.state.auditLog).toEqual([]);
		// She still signed in to Security info to look
		expect(result.state.signInLog.map((row) => row.application)).toEqual(['My Signins']);
		expect(saidLines(result.events)).toHaveLength(1);
	});
});

describe('update-phone-number (ticket 1: the text never comes)', () => {
	const typo = registeredMethods({authenticationPhone: {number: '+1 425555012'}});

	it('corrects the number to the phone in hand when the person can sign in with Authenticator', () => {
		// Given the registered number has a digit missing, but Authenticator works
		const state = priyaState({user: {methods: typo}});

		// When Priya uses "Sign in another way" and fixes the number on Security info
		const result = accept(state, {type: 'update-phone-number', userId: 'priya'});

		// Then the authentication phone is the number really in her hand
		expect(userIn(result.state, 'priya').methods.authenticationPhone).toEqual({number: '+1 4255550100'});
		expect(auditActivities(result.events)).toEqual(['User registered security info']);
	});

	it('can\'t sign in to fix it when the wrong number is the only method', () => {
		const state = priyaState({user: {methods: {...noMethods, authenticationPhone: {number: '+1 425555012'}}, defaultMethod: 'text'}});
		const refusal = refuseOf(state, {type: 'update-phone-number', userId: 'priya'});
		expect(refusal.code).toBe('registration/no-usable-method');
		expect(refusal.message).toContain('Text code to my authentication phone: no text arrived');
	});

	it('is not possible under security defaults (no phone methods)', () => {
		const state = priyaState({tenant: {securityDefaults: true}, user: {methods: typo}});
		expect(refuseOf(state, {type: 'update-phone-number', userId: 'priya'}).code).toBe('method/not-allowed');
	});

	it('needs the new number to receive the confirmation', () => {
		// Given the phone in hand is switched off, Authenticator on it can't help either
		const state = priyaState({user: {methods: typo}, person: {phone: buildPhone({poweredOn: false}), oldPhone: undefined}});
		expect(refuseOf(state, {type: 'update-phone-number', userId: 'priya'}).code).toBe('registration/no-usable-method');
	});
});

describe('activate-hardware-token (self-activation, fact 3.5)', () => {
	const holdingFob = {tokens: [{serialNumber: fob.serialNumber, secret: fob.secret, periodSeconds: 30 as const}]};

	it('activates an assigned token with an accepted code; for a user with nothing else it completes registration', () => {
		// Given Priya is Enabled, has nothing registered but an assigned key fob in her hand
		const state = priyaState({user: {perUserMfa: 'enabled', methods: {...noMethods, hardwareTokens: [fob]}, defaultMethod: undefined}, person: holdingFob});

		// When she types the code the fob shows, and it is accepted
		const result = accept(state, {type: 'activate-hardware-token', userId: 'priya', tokenId: 'hw-1', codeAccepted: true});

		// Then the token is activated, it is her default, and she is Enforced
		const priya = userIn(result.state, 'priya');
		expect(priya.methods.hardwareTokens[0]?.status).toBe('activated');
		expect(priya).toMatchObject({perUserMfa: 'enforced', defaultMethod: 'app-code'});
	});

	it('refuses a rejected code', () => {
		const state = priyaState({user: {methods: {...noMethods, hardwareTokens: [fob]}}, person: holdingFob});
		expect(refuseOf(state, {type: 'activate-hardware-token', userId: 'priya', tokenId: 'hw-1', codeAccepted: false}).code).toBe('token/invalid-code');
	});

	it('refuses a token already activated or not in hand', () => {
		const activated = priyaState({user: {methods: {...noMethods, hardwareTokens: [{...fob, status: 'activated'}]}}, person: holdingFob});
		expect(refuseOf(activated, {type: 'activate-hardware-token', userId: 'priya', tokenId: 'hw-1', codeAccepted: true}).code).toBe('token/already-activated');
		const empty = priyaState({user: {methods: {...noMethods, hardwareTokens: [fob]}}});
		expect(refuseOf(empty, {type: 'activate-hardware-token', userId: 'priya', tokenId: 'hw-1', codeAccepted: true}).code).toBe('token/not-found');
	});
});

describe('restore-mfa-on-trusted-devices', () => {
	it('clears every remembered-device grant', () => {
		// Given Priya ticked "Don't ask again" on two browsers
		const grants = [
			{id: 'grant-1', clientId: 'browser', grantedAt: 0, expiresAt: 10},
			{id: 'grant-2', clientId: 'chrome', grantedAt: 0, expiresAt: 10},
		];
		const result = accept(priyaState({user: {rememberedDevices: grants}}), {type: 'restore-mfa-on-trusted-devices', userId: 'priya'});

		// Then no device is trusted any more
		expect(userIn(result.state, 'priya').rememberedDevices).toEqual([]);
		expect(auditActivities(result.events)).toEqual(['Restore multifactor authentication on all remembered devices']);
	});

	it('changes nothing in the tenant when no device was remembered', () => {
		const state = priyaState();
		const result = accept(state, {type: 'restore-mfa-on-trusted-devices', userId: 'priya'});
		expect(result.state.tenant).toBe(state.tenant);
		expect(result.state.auditLog).toEqual([]);
	});
});

describe('signing in to Security info', () => {
	it('is refused during a smart lockout', () => {
		// Given Priya locked herself out with bad passwords a minute ago
		const base = priyaState();
		const state = priyaState({user: {lockout: {failedAttempts: 10, lockoutCount: 1, lockedUntil: base.now + 60_000}}});
		const refusal = refuseOf(state, {type: 'change-default-method', userId: 'priya', method: 'text'});
		expect(refusal).toMatchObject({code: 'action/not-applicable', message: expect.stringContaining('AADSTS50053')});
	});

	it('asks for a working factor even to restore trusted devices', () => {
		// Given Priya's phone is off and she has nothing else
		const state = priyaState({person: {phone: buildPhone({poweredOn: false})}});
		expect(refuseOf(state, {type: 'restore-mfa-on-trusted-devices', userId: 'priya'}).code).toBe('registration/no-usable-method');
	});
});
