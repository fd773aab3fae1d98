import {describe, expect, expectTypeOf, test} from 'vitest';
import type {SessionIntent} from '../../source/services/session-service.js';
import {stepSchema, type Step} from '../../source/scenario/schema/step-schema.js';
import {durationMinutes, stepToIntent, type StepIntent} from '../../source/scenario/step-intent.js';
import {buildState, buildUser} from '../helpers/build-state.js';

function step(value: unknown): Step {
	return stepSchema.parse(value);
}

describe('stepToIntent', () => {
	test('produces exactly the session service intent shape (plus checks)', () => {
		expectTypeOf<Exclude<StepIntent, {readonly kind: 'check'}>>().toEqualTypeOf<SessionIntent>();
	});

	test.each([
		[{admin: 'set-per-user-mfa', users: ['priya'], state: 'enforced'}, {kind: 'admin', intent: {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enforced'}}],
		[
			{admin: 'manage-user-settings', users: ['ben'], deleteAllAppPasswords: true},
			{kind: 'admin', intent: {type: 'manage-user-settings', userIds: ['ben'], requireContactMethodsAgain: false, deleteAllAppPasswords: true, restoreMfaOnRememberedDevices: false}},
		],
		[{admin: 'reset-password', user: 'ben'}, {kind: 'admin', intent: {type: 'reset-password', userId: 'ben'}}],
		[{admin: 'set-phone-method', user: 'priya', slot: 'authentication', number: null}, {kind: 'admin', intent: {type: 'set-phone-method', userId: 'priya', slot: 'authentication', number: null}}],
		[{admin: 'delete-method', user: 'mei', method: 'app-1'}, {kind: 'admin', intent: {type: 'delete-method', userId: 'mei', methodId: 'app-1'}}],
		[{admin: 'activate-hardware-token', user: 'ahmed', token: 'hw-1'}, {kind: 'admin', intent: {type: 'activate-hardware-token', userId: 'ahmed', tokenId: 'hw-1'}}],
		[{admin: 'set-trusted-ips', ranges: ['203.0.113.10/32']}, {kind: 'admin', intent: {type: 'set-trusted-ips', ranges: ['203.0.113.10/32'], skipForFederatedIntranet: false}}],
		[
			{admin: 'set-verification-options', call: false, text: true, appNotification: true, appCode: true},
			{kind: 'admin', intent: {type: 'set-verification-options', options: {call: false, text: true, appNotification: true, appCode: true}}},
		],
		[{admin: 'set-remember-mfa', enabled: true, days: 90}, {kind: 'admin', intent: {type: 'set-remember-mfa', enabled: true, days: 90}}],
		[{ask: 'priya', to: 'sign-in', client: 'browser'}, {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}}],
		[{ask: 'priya', to: 'sign-in', client: 'browser', method: 'call'}, {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser', method: 'call'}}],
		[{ask: 'dan', to: 'complete-registration', method: 'authenticator-app'}, {kind: 'user', intent: {type: 'complete-registration', userId: 'dan', method: 'authenticator-app'}}],
		[{ask: 'ben', to: 'create-app-password', name: 'Outlook'}, {kind: 'user', intent: {type: 'create-app-password', userId: 'ben', name: 'Outlook'}}],
		[{ask: 'mei', to: 'set-phone-automatic-time'}, {kind: 'user', intent: {type: 'set-phone-automatic-time', userId: 'mei'}}],
		[
			{ask: 'sofia', to: 'set-outlook-registry', client: 'outlook', registry: {enableAdal: 1, version: 1}},
			{kind: 'user', intent: {type: 'set-outlook-registry', userId: 'sofia', clientId: 'outlook', registry: {enableAdal: 1, version: 1}}},
		],
		[{ask: 'sofia', to: 'upgrade-outlook', client: 'outlook', version: 2016}, {kind: 'user', intent: {type: 'upgrade-outlook', userId: 'sofia', clientId: 'outlook', version: '2016'}}],
		[{ask: 'alex', to: 'move-to-network', network: 'home'}, {kind: 'user', intent: {type: 'move-to-network', userId: 'alex', networkId: 'home'}}],
		[{ask: 'ben', to: 'change-password'}, {kind: 'user', intent: {type: 'change-password', userId: 'ben'}}],
		[{admin: 'set-smtp-auth', enabled: false}, {kind: 'admin', intent: {type: 'set-smtp-auth', enabled: false}}],
		[{admin: 'set-mailbox-smtp-auth', user: 'scanner', setting: 'enabled'}, {kind: 'admin', intent: {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'}}],
		[{wait: '90s'}, {kind: 'wait', minutes: 1.5}],
		[{wait: '2h'}, {kind: 'wait', minutes: 120}],
		[{wait: 'next-day'}, {kind: 'next-day'}],
		[{check: {perUserMfa: {user: 'priya', is: 'enforced'}}}, {kind: 'check', goal: {perUserMfa: {user: 'priya', is: 'enforced'}}}],
	])('%j', (input, expected) => {
		expect(stepToIntent(step(input))).toEqual(expected);
	});

	test('notes are kept out of the intent', () => {
		expect(stepToIntent(step({admin: 'revoke-sessions', user: 'ben', note: 'Kill stolen tokens.'}))).toEqual({kind: 'admin', intent: {type: 'revoke-sessions', userId: 'ben'}});
	});

	test('app password names resolve to the newest app password with that name in the given state', () => {
		const ben = buildUser({
			id: 'ben',
			appPasswords: [
				{id: 'ap-0001', name: 'Outlook', createdAt: 1, hash: 'h1', lookupTag: 't1'},
				{id: 'ap-0002', name: 'Outlook', createdAt: 2, hash: 'h2', lookupTag: 't2'},
			],
		});
		const state = buildState({users: [ben]});
		expect(stepToIntent(step({ask: 'ben', to: 'use-app-password-in-client', client: 'outlook', appPassword: 'Outlook'}), state)).toEqual({
			kind: 'user',
			intent: {type: 'use-app-password-in-client', userId: 'ben', clientId: 'outlook', appPasswordId: 'ap-0002'},
		});
		expect(stepToIntent(step({ask: 'ben', to: 'delete-app-password', appPassword: 'Unknown'}), state)).toEqual({
			kind: 'user',
			intent: {type: 'delete-app-password', userId: 'ben', appPasswordId: 'Unknown'},
		});
	});

	test('durations', () => {
		expect([durationMinutes('30s'), durationMinutes('5m'), durationMinutes('1d'), durationMinutes('next-day')]).toEqual([0.5, 5, 1440, undefined]);
	});
});
