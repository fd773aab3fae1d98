import {describe, expect, it} from 'vitest';
import {clientOf, imapClient, iosMail, outlook} from '../../helpers/build-state.js';
import {accept, personIn, priyaState, refuseOf, saidLines} from '../../helpers/user-helpers.js';

const session = {issuedAt: 0, mfaAt: 0};

describe('Outlook registry and upgrades (tickets 17, 18)', () => {
	it('sets EnableADAL=1 and Version=1 on Outlook 2013, merging with what was there, and signs out', () => {
		// Given Outlook 2013 with only AlwaysUseMSOAuthForAutoDiscover set and a saved password
		const state = priyaState({person: {clients: [outlook('2013', {alwaysUseMsoAuthForAutoDiscover: 0}, {savedSecret: 'password-of-priya', session})]}});

		// When Priya sets the two values and signs out and back in
		const result = accept(state, {type: 'set-outlook-registry', userId: 'priya', clientId: 'outlook', registry: {enableAdal: 1, version: 1}});

		// Then both values are set, the other one kept, and Outlook will ask her to sign in
		const client = clientOf(personIn(result.state, 'priya'), 'outlook');
		expect(client).toMatchObject({kind: 'outlook', version: '2013', registry: {enableAdal: 1, version: 1, alwaysUseMsoAuthForAutoDiscover: 0}});
		expect(client.session).toBeUndefined();
		expect(client.savedSecret).toBeUndefined();
		expect(saidLines(result.events)).toEqual(['Done: I set EnableADAL to 1 and Version to 1 in the registry, then signed out of Outlook and back in.']);
	});

	it('refuses registry values for a client that isn\'t Outlook', () => {
		const state = priyaState({person: {clients: [imapClient()]}});
		expect(refuseOf(state, {type: 'set-outlook-registry', userId: 'priya', clientId: 'thunderbird', registry: {enableAdal: 1}}).code).toBe('action/not-applicable');
	});

	it('refuses an empty set of registry values', () => {
		const state = priyaState({person: {clients: [outlook('2013')]}});
		expect(refuseOf(state, {type: 'set-outlook-registry', userId: 'priya', clientId: 'outlook', registry: {}}).code).toBe('input/invalid');
	});

	it('drops the Office 2013 (15.0) values when upgrading to 2016 (16.0)', () => {
		const state = priyaState({person: {clients: [outlook('2013', {enableAdal: 0}, {session})]}});
		const result = accept(state, {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '2016'});
		expect(clientOf(personIn(result.state, 'priya'), 'outlook')).toEqual({id: 'outlook', name: 'Outlook 2016', kind: 'outlook', version: '2016', registry: {}});
	});

	it('keeps a 16.0 EnableADAL=0 when going from 2016 to Microsoft 365 (same hive)', () => {
		const state = priyaState({person: {clients: [outlook('2016', {enableAdal: 0})]}});
		const result = accept(state, {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '365'});
		expect(clientOf(personIn(result.state, 'priya'), 'outlook')).toMatchObject({version: '365', registry: {enableAdal: 0}});
	});

	it('refuses a downgrade or the same version', () => {
		const state = priyaState({person: {clients: [outlook('2019')]}});
		expect(refuseOf(state, {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '2016'}).code).toBe('action/not-applicable');
		expect(refuseOf(state, {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '2019'}).code).toBe('action/not-applicable');
	});
});

describe('iPhone Mail (ticket 19)', () => {
	it('re-adds a Configure Manually account with Sign In, forgetting the saved password and session', () => {
		// Given iPhone Mail on iOS 17 set up with Configure Manually (EAS basic) and the password saved
		const state = priyaState({person: {clients: [iosMail('configure-manually', {savedSecret: 'password-of-priya', session})]}});

		// When Priya deletes the account and adds it again through Exchange → Sign In
		const result = accept(state, {type: 're-add-ios-mail-account', userId: 'priya', clientId: 'iphone-mail', setup: 'sign-in'});

		// Then the account uses Sign In and nothing old is saved
		expect(clientOf(personIn(result.state, 'priya'), 'iphone-mail')).toEqual({id: 'iphone-mail', name: 'iPhone Mail', kind: 'ios-mail', iosVersion: 17, setup: 'sign-in'});
		expect(saidLines(result.events)[0]).toContain('Sign In');
	});

	it('has no Sign In option before iOS 11', () => {
		const state = priyaState({person: {clients: [iosMail('configure-manually', {iosVersion: 10})]}});
		const refusal = refuseOf(state, {type: 're-add-ios-mail-account', userId: 'priya', clientId: 'iphone-mail', setup: 'sign-in'});
		expect(refusal).toMatchObject({code: 'action/not-applicable', message: expect.stringContaining('iOS 11')});
	});

	it('refuses for a client that isn\'t iPhone Mail', () => {
		const state = priyaState({person: {clients: [outlook('2016')]}});
		expect(refuseOf(state, {type: 're-add-ios-mail-account', userId: 'priya', clientId: 'outlook', setup: 'sign-in'}).code).toBe('action/not-applicable');
	});
});

describe('saved credentials', () => {
	it('clear-saved-credentials removes the saved secret so the client asks again', () => {
		const state = priyaState({person: {clients: [imapClient({savedSecret: 'old-app-password', session})]}});
		const result = accept(state, {type: 'clear-saved-credentials', userId: 'priya', clientId: 'thunderbird'});
		expect(clientOf(personIn(result.state, 'priya'), 'thunderbird')).toEqual({id: 'thunderbird', name: 'Thunderbird (IMAP)', kind: 'mail-client', protocol: 'imap'});
		expect(JSON.stringify(result.events)).not.toContain('old-app-password');
	});

	it('refuses a client the person doesn\'t have', () => {
		const refusal = refuseOf(priyaState(), {type: 'clear-saved-credentials', userId: 'priya', clientId: 'outlook'});
		expect(refusal).toMatchObject({code: 'client/not-found', message: expect.stringContaining('browser')});
	});
});
