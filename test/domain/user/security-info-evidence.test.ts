/**
 * When a person changes something in Security info, they first sign in to My Sign-ins with a second factor. That
 * sign-in leaves the same evidence as any other: a row in the sign-in log, and the text, call or notification on
 * their phone. Priya is Enforced, with Authenticator (push and code) on her iPhone and her mobile as authentication
 * phone; she sits at home.
 */
import {describe, expect, it} from 'vitest';
import type {DomainEvent} from '../../../source/domain/state/events.js';
import type {SignInLogEntry} from '../../../source/domain/state/logs.js';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import {buildPhone, registeredMethods} from '../../helpers/build-state.js';
import {accept, phoneIn, priyaState, userIn} from '../../helpers/user-helpers.js';

const appPasswordFacts = {secret: 'abcdefghijklmnop', hash: 'fake-hash', lookupTag: 'tag-1'};

function onlyRow(events: readonly DomainEvent[]): SignInLogEntry {
	const rows = events.flatMap((event) => (event.type === 'sign-in-recorded' ? [event.entry] : []));
	expect(rows).toHaveLength(1);
	return rows[0]!;
}

describe('the sign-in to Security info before a change', () => {
	it('is logged as an interactive browser sign-in to My Signins, satisfied by the notification she approved', () => {
		// Given Priya's default method is the Authenticator notification
		const state = priyaState();

		// When she changes her default method to text messages in Security info
		const result = accept(state, {type: 'change-default-method', userId: 'priya', method: 'text'});

		// Then the sign-in log has her sign-in to My Signins with MFA done by the notification
		const row = onlyRow(result.events);
		expect(row).toMatchObject({
			application: 'My Signins',
			clientApp: 'Browser',
			upn: 'priya@contoso.com',
			status: 'Success',
			errorCode: 0,
			authenticationRequirement: 'multiFactorAuthentication',
			requirementPolicies: ['MFA: Per-user'],
			authMethod: 'Mobile app notification',
			mfaResultDetail: 'MFA successfully completed',
			ipAddress: '198.51.100.7',
			at: state.now,
		});
		expect(result.state.signInLog).toEqual([row]);
		// And the approved notification (with number matching, 2024) is on her phone
		expect(phoneIn(result.state, 'priya').log).toEqual([expect.objectContaining({type: 'push-received', response: 'approved', numberMatch: expect.any(Number)})]);
	});

	it('puts the text with its code on her phone when she verifies by text, and counts it against the text limit', () => {
		// Given text is Priya's default method
		const state = priyaState({settings: {appPasswordsAllowed: true}, user: {defaultMethod: 'text'}});

		// When she creates an app password
		const result = accept(state, {type: 'create-app-password', userId: 'priya', name: 'Laptop', ...appPasswordFacts});

		// Then a Microsoft text with a 6-digit code arrived, the row says "Text message", and the text counts (fact 3.2)
		const [text] = phoneIn(result.state, 'priya').log;
		expect(text).toMatchObject({type: 'text-received', body: expect.stringMatching(/^\d{6} Use this code for Microsoft verification$/)});
		expect(onlyRow(result.events).authMethod).toBe('Text message');
		expect(userIn(result.state, 'priya').telephonyAttempts).toEqual([state.now]);
	});

	it('rings her phone for a call and logs it as "Phone call"', () => {
		const state = priyaState({user: {defaultMethod: 'call'}});
		const result = accept(state, {type: 'restore-mfa-on-trusted-devices', userId: 'priya'});
		expect(phoneIn(result.state, 'priya').log).toEqual([expect.objectContaining({type: 'call-received', outcome: 'answered'})]);
		expect(onlyRow(result.events).authMethod).toBe('Phone call');
	});

	it('uses another way when the default doesn\'t work: a blocked text gives way to the notification', () => {
		// Given her default is text, but a blocker app eats Microsoft's texts
		const state = priyaState({user: {defaultMethod: 'text'}, person: {phone: buildPhone({smsBlocker: true})}});

		// When she changes her default method, Then she got in with the notification, and no text was logged
		const result = accept(state, {type: 'change-default-method', userId: 'priya', method: 'app-notification'});
		expect(onlyRow(result.events).authMethod).toBe('Mobile app notification');
		expect(phoneIn(result.state, 'priya').log.map((event) => event.type)).toEqual(['push-received']);
	});

	it('comes first in the events: the sign-in, what the phone showed, then the change and her words', () => {
		const result = accept(priyaState(), {type: 'change-default-method', userId: 'priya', method: 'text'});
		expect(result.events.map((event) => event.type)).toEqual(['sign-in-recorded', 'phone-event', 'audit-recorded', 'user-said']);
	});

	it('is recorded the same way every time the same action is replayed on the same state', () => {
		const state = priyaState({user: {defaultMethod: 'text'}});
		const first = accept(state, {type: 'restore-mfa-on-trusted-devices', userId: 'priya'});
		const again = accept(state, {type: 'restore-mfa-on-trusted-devices', userId: 'priya'});
		expect(again).toEqual(first);
		// And a later sign-in gets its own request id
		const later = accept(first.state, {type: 'restore-mfa-on-trusted-devices', userId: 'priya'});
		expect(onlyRow(later.events).requestId).not.toBe(onlyRow(first.events).requestId);
	});

	it('leaves no My Signins row for first-time registration, which runs inside the interrupted sign-in', () => {
		// Given Priya has nothing registered yet
		const state = priyaState({user: {perUserMfa: 'enabled', methods: noMethods, defaultMethod: undefined}});

		// When she finishes "More information required" with text messages
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'text'});

		// Then no second factor was asked, so there is no row
		expect(result.events.some((event) => event.type === 'sign-in-recorded')).toBe(false);
	});

	it('texts the new number to confirm it, counted against the text limit like any text (ticket 1)', () => {
		// Given Priya's registered number has a typo; she gets into Security info with the notification
		const state = priyaState({user: {methods: registeredMethods({authenticationPhone: {number: '+1 425555012'}})}});

		// When she corrects the number to the phone in her hand
		const result = accept(state, {type: 'update-phone-number', userId: 'priya'});

		// Then her phone shows the approved notification, then the confirmation text, and the text counts
		expect(phoneIn(result.state, 'priya').log.map((event) => event.type)).toEqual(['push-received', 'text-received']);
		expect(userIn(result.state, 'priya').telephonyAttempts).toEqual([state.now]);
	});

	it('calls the phone being registered when she picks calls at "More information required"', () => {
		const state = priyaState({user: {perUserMfa: 'enabled', methods: noMethods, defaultMethod: undefined}});
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'call'});
		expect(phoneIn(result.state, 'priya').log).toEqual([expect.objectContaining({type: 'call-received', outcome: 'answered'})]);
		expect(userIn(result.state, 'priya').telephonyAttempts).toEqual([state.now]);
	});

	it('is not logged for what happens on the phone or in a client, which needs no sign-in to Security info', () => {
		const result = accept(priyaState(), {type: 'set-phone-automatic-time', userId: 'priya'});
		expect(result.state.signInLog).toEqual([]);
	});
});
