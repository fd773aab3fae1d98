import {describe, expect, it} from 'vitest';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import type {AppPassword} from '../../../source/domain/tenant/user.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import {clientOf, outlook} from '../../helpers/build-state.js';
import {accept, auditActivities, personIn, priyaState, refuseOf, saidLines, userIn} from '../../helpers/user-helpers.js';

const secret = 'abcdwxyzefghstuv';
const create = {type: 'create-app-password', userId: 'priya', name: 'Laptop', secret, hash: '$argon2id$v=19$fake', lookupTag: 'tag-123'} as const;

function allowing(state: SimState, allowed: boolean): SimState {
	return {...state, tenant: {...state.tenant, settings: {...state.tenant.settings, appPasswordsAllowed: allowed}}};
}

function appPassword(index: number): AppPassword {
	return {id: `ap-old-${index}`, name: `Device ${index}`, createdAt: 0, hash: `hash-${index}`, lookupTag: `tag-${index}`};
}

describe('app passwords on the user side (fact sheet 4.3)', () => {
	it('has no App password option while the tenant doesn\'t allow them', () => {
		// Given the default service setting "Do not allow users to create app passwords"
		const state = priyaState({person: {clients: [outlook('2010')]}});

		// When Priya looks for the option
		const refusal = refuseOf(state, create);

		// Then she can't create one, and says so in her words (ticket 16)
		expect(refusal.code).toBe('app-password/not-allowed');
		expect(refusal.userSaid).toBe('I don\'t see an \'App password\' option when I click Add method.');
		expect(refusal.message).not.toContain(secret);
	});

	it('refuses a user covered only by security defaults (not per-user MFA)', () => {
		// Given app passwords are allowed, but Priya is Disabled and security defaults protect her
		const state = priyaState({settings: {appPasswordsAllowed: true}, tenant: {securityDefaults: true}, user: {perUserMfa: 'disabled'}});
		const refusal = refuseOf(state, create);
		expect(refusal.code).toBe('app-password/not-applicable');
		expect(refusal.message).toContain('security defaults');
	});

	it('refuses a user with no per-user MFA at all', () => {
		const state = priyaState({settings: {appPasswordsAllowed: true}, user: {perUserMfa: 'disabled'}});
		expect(refuseOf(state, create).code).toBe('app-password/not-applicable');
	});

	it('asks an Enabled user to finish registration first (the option comes at its end)', () => {
		const state = priyaState({settings: {appPasswordsAllowed: true}, user: {perUserMfa: 'enabled', methods: noMethods, defaultMethod: undefined}});
		expect(refuseOf(state, create)).toMatchObject({code: 'action/not-applicable', message: expect.stringContaining('finish MFA registration')});
	});

	it('refuses the 41st and says one must be deleted first', () => {
		// Given Priya already has 40 app passwords
		const state = priyaState({settings: {appPasswordsAllowed: true}, user: {appPasswords: Array.from({length: 40}, (_, index) => appPassword(index))}});
		const refusal = refuseOf(state, create);
		expect(refusal.code).toBe('app-password/limit-reached');
		expect(refusal.message).toMatch(/delete one/);
	});

	it('accepts the 40th', () => {
		const state = priyaState({settings: {appPasswordsAllowed: true}, user: {appPasswords: Array.from({length: 39}, (_, index) => appPassword(index))}});
		expect(userIn(accept(state, create).state, 'priya').appPasswords).toHaveLength(40);
	});

	it('keeps only the hash and lookup tag on the tenant side; the person notes the secret', () => {
		// Given an Enforced user in a tenant that allows app passwords
		const state = priyaState({settings: {appPasswordsAllowed: true}});

		// When Priya creates an app password for her laptop
		const result = accept(state, create);

		// Then the tenant holds exactly {id, name, createdAt, hash, lookupTag}
		const [stored] = userIn(result.state, 'priya').appPasswords;
		expect(stored).toEqual({id: 'ap-0001', name: 'Laptop', createdAt: state.now, hash: create.hash, lookupTag: create.lookupTag});
		// And the plaintext exists only in her notes
		expect(personIn(result.state, 'priya').notedAppPasswords).toEqual({'ap-0001': secret});
		expect(JSON.stringify(result.state.tenant)).not.toContain(secret);
		expect(JSON.stringify(result.state.auditLog)).not.toContain(secret);
		expect(JSON.stringify(result.events)).not.toContain(secret);
		// And it was shown once, audited as created by Priya herself
		expect(result.events).toContainEqual({type: 'app-password-shown', userId: 'priya', appPasswordId: 'ap-0001', name: 'Laptop'});
		expect(auditActivities(result.events)).toEqual(['Create application password for user']);
		expect(result.state.auditLog[0]).toMatchObject({service: 'Core Directory', initiatedBy: 'priya@contoso.com', targetUpn: 'priya@contoso.com'});
		expect(saidLines(result.events)).toEqual(['OK, I\'ve created an app password called \'Laptop\' and written it down.']);
	});

	it('goes through the lifecycle: create, use in Outlook 2010, tenant disables, user can no longer delete', () => {
		// Given the tenant allows app passwords and Priya uses Outlook 2010 with her normal password saved
		const start = priyaState({settings: {appPasswordsAllowed: true}, person: {clients: [outlook('2010', {}, {savedSecret: 'password-of-priya', session: {issuedAt: 0}})]}});

		// When she creates one and puts it in Outlook
		const created = accept(start, create);
		const used = accept(created.state, {type: 'use-app-password-in-client', userId: 'priya', clientId: 'outlook', appPasswordId: 'ap-0001'});
		const client = clientOf(personIn(used.state, 'priya'), 'outlook');
		expect(client.savedSecret).toBe(secret);
		expect(client.session).toBeUndefined();

		// And the admin then switches app passwords off tenant-wide
		const disallowed = allowing(used.state, false);

		// Then Priya can no longer delete it herself (fact 4.3 step 8), and it is still there
		const refusal = refuseOf(disallowed, {type: 'delete-app-password', userId: 'priya', appPasswordId: 'ap-0001'});
		expect(refusal.code).toBe('app-password/not-allowed');
		expect(refusal.message).toContain('Delete all existing app passwords');
		expect(userIn(disallowed, 'priya').appPasswords).toHaveLength(1);
	});

	it('deletes one while the tenant allows it, and audits it', () => {
		const created = accept(priyaState({settings: {appPasswordsAllowed: true}}), create);
		const deleted = accept(created.state, {type: 'delete-app-password', userId: 'priya', appPasswordId: 'ap-0001'});
		expect(userIn(deleted.state, 'priya').appPasswords).toEqual([]);
		expect(personIn(deleted.state, 'priya').notedAppPasswords).toEqual({});
		expect(auditActivities(deleted.events)).toEqual(['Delete application password for user']);
	});

	it('refuses to delete an app password that doesn\'t exist', () => {
		const state = priyaState({settings: {appPasswordsAllowed: true}});
		expect(refuseOf(state, {type: 'delete-app-password', userId: 'priya', appPasswordId: 'ap-9999'}).code).toBe('app-password/not-found');
	});

	it('refuses to type an app password the person never noted', () => {
		// Given the admin deleted all app passwords and Priya never wrote one down
		const state = priyaState({person: {clients: [outlook('2010')]}});
		const refusal = refuseOf(state, {type: 'use-app-password-in-client', userId: 'priya', clientId: 'outlook', appPasswordId: 'ap-0001'});
		expect(refusal.code).toBe('app-password/not-found');
		expect(refusal.message).toContain('shown only once');
	});
});
