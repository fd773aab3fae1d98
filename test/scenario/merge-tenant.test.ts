import {describe, expect, test} from 'vitest';
import {mergeSettings, mergeTenant, upsertClients} from '../../source/scenario/merge-tenant.js';
import {personOf} from '../../source/scenario/resolve-person.js';
import {fixture} from './scenario-test-helpers.js';

const contoso = fixture('contoso-small');

function user(id: string, tenant = contoso) {
	return tenant.users.find((each) => each.id === id)!;
}

describe('mergeTenant', () => {
	test('named fields replace, others stay; a null phone removes it; lists replace', () => {
		const merged = mergeTenant(contoso, {
			base: 'contoso-small',
			users: {ines: {perUserMfa: 'disabled', methods: {alternatePhone: null, authenticatorApps: [{deviceName: 'Pixel 6'}]}}},
		});
		expect(user('ines', merged)).toMatchObject({perUserMfa: 'disabled', displayName: 'Inês Carvalho', methods: {authenticationPhone: '+1 4255550127', alternatePhone: null, authenticatorApps: [{deviceName: 'Pixel 6'}]}});
		expect(user('ines')).toMatchObject({perUserMfa: 'enforced', methods: {alternatePhone: '+1 4255550227'}});
	});

	test('settings merge field by field, nested maps included', () => {
		expect(mergeSettings(contoso.settings, {rememberMfa: {days: 90}, verificationOptions: {call: false}})).toEqual({
			appPasswordsAllowed: false,
			skipForFederatedIntranet: false,
			trustedIpRanges: [],
			verificationOptions: {call: false, text: true, appNotification: true, appCode: true},
			rememberMfa: {enabled: false, days: 90},
		});
	});

	test('people: clients upsert by id, removeClients drops, the phone merges, behaviour merges', () => {
		const merged = mergeTenant(contoso, {
			base: 'contoso-small',
			people: {
				mei: {
					clients: [{id: 'outlook', kind: 'outlook', version: '2010'}, {id: 'imap', kind: 'mail-client', protocol: 'imap'}],
					removeClients: ['teams'],
					phone: {smsBlocker: true, authenticator: {notificationsAllowed: false}},
					behaviour: {pushResponse: 'ignore'},
				},
			},
		});
		const mei = personOf(merged, user('mei', merged));
		expect(mei.clients.map((each) => `${each.id}:${each.kind}`)).toEqual(['browser:browser', 'outlook:outlook', 'imap:mail-client']);
		expect(mei.phone).toEqual({smsBlocker: true, authenticator: {notificationsAllowed: false}});
		expect(mei.behaviour).toEqual({pressesHash: true, pushResponse: 'ignore', checksAuthenticatorManually: false, ticksDontAskAgain: false});
	});

	test('a null phone takes the phone away; addUsers and networks add', () => {
		const merged = mergeTenant(contoso, {
			base: 'contoso-small',
			people: {priya: {phone: null}},
			addUsers: [{id: 'newbie', upn: 'new.starter@contoso.com', displayName: 'New Starter', perUserMfa: 'enabled'}],
			networks: {cafe: {label: 'Cafe Wi-Fi', ip: '198.51.100.99', location: 'Seattle, US', country: 'US'}},
		});
		expect(personOf(merged, user('priya', merged)).phone).toBeNull();
		expect(merged.users.at(-1)!.id).toBe('newbie');
		expect(Object.keys(merged.networks)).toContain('cafe');
		expect(Object.keys(contoso.networks)).not.toContain('cafe');
	});

	test('upsertClients keeps order and replaces in place', () => {
		const result = upsertClients([{id: 'a', kind: 'browser'}, {id: 'b', kind: 'browser'}], [{id: 'a', kind: 'modern-app'}], ['b']);
		expect(result).toEqual([{id: 'a', kind: 'modern-app'}]);
	});
});
