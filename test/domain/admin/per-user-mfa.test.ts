import {describe, expect, it} from 'vitest';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {perUserMfaActivity} from '../../../source/domain/admin/per-user-mfa.js';
import type {PerUserMfaState} from '../../../source/domain/tenant/user.js';
import {buildState, buildUser, registeredMethods} from '../../helpers/build-state.js';
import {appPassword, expectApplied, expectRejected, onlyAudit, run, userIn} from '../../helpers/admin-helpers.js';

describe('per-user MFA quick steps (fact sheet 2.2, 7.3)', () => {
	it('enables a Disabled user and audits old and new state', () => {
		// Given Priya has never been enrolled in per-user MFA
		const state = buildState({users: [buildUser({id: 'priya'})]});

		// When the admin selects her and clicks Enable
		const next = run(state, {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enabled'});

		// Then she is Enabled and the audit log says so
		expect(userIn(next, 'priya').perUserMfa).toBe('enabled');
		const row = onlyAudit(next, perUserMfaActivity);
		expect(row.service).toBe('Authentication Methods');
		expect(row.targetUpn).toBe('priya@contoso.com');
		expect(row.initiatedBy).toBe('admin@contoso.com');
		expect(row.details).toEqual({oldState: 'Disabled', newState: 'Enabled'});
	});

	it('keeps a user who already has methods at Enabled: only her own registration moves her to Enforced', () => {
		// Given Omar already registered Authenticator and a phone while per-user MFA was off
		const state = buildState({users: [buildUser({id: 'omar', methods: registeredMethods()})]});

		// When the admin clicks Enable
		const next = run(state, {type: 'set-per-user-mfa', userIds: ['omar'], state: 'enabled'});

		// Then he stays Enabled; the legacy page does not jump to Enforced
		expect(userIn(next, 'omar').perUserMfa).toBe('enabled');
	});

	it('enforces an Enabled user, and enforces a Disabled user directly', () => {
		// Given one Enabled and one Disabled user
		const state = buildState({users: [buildUser({id: 'ana', perUserMfa: 'enabled'}), buildUser({id: 'ben'})]});

		// When the admin clicks Enforce for both
		const next = run(state, {type: 'set-per-user-mfa', userIds: ['ana', 'ben'], state: 'enforced'});

		// Then both are Enforced, with one audit row each
		expect(userIn(next, 'ana').perUserMfa).toBe('enforced');
		expect(userIn(next, 'ben').perUserMfa).toBe('enforced');
		expect(next.auditLog.map((row) => row.details)).toEqual([
			{oldState: 'Enabled', newState: 'Enforced'},
			{oldState: 'Disabled', newState: 'Enforced'},
		]);
	});

	it('moves an Enforced user back to Enabled', () => {
		// Given Carla is Enforced
		const state = buildState({users: [buildUser({id: 'carla', perUserMfa: 'enforced', methods: registeredMethods()})]});

		// When the admin clicks Enable
		const next = run(state, {type: 'set-per-user-mfa', userIds: ['carla'], state: 'enabled'});

		// Then she is Enabled again
		expect(userIn(next, 'carla').perUserMfa).toBe('enabled');
	});

	it('disables an Enforced user without deleting her methods or app passwords', () => {
		// Given Dana is Enforced with methods and an app password for Outlook 2010
		const methods = registeredMethods();
		const state = buildState({
			users: [buildUser({id: 'dana', perUserMfa: 'enforced', methods, defaultMethod: 'app-notification', appPasswords: [appPassword('ap-1', 'Laptop')]})],
		});

		// When the admin clicks Disable
		const next = run(state, {type: 'set-per-user-mfa', userIds: ['dana'], state: 'disabled'});

		// Then she is Disabled but keeps everything she registered (open question 8: app passwords stay)
		const dana = userIn(next, 'dana');
		expect(dana.perUserMfa).toBe('disabled');
		expect(dana.methods).toEqual(methods);
		expect(dana.defaultMethod).toBe('app-notification');
		expect(dana.appPasswords.map((each) => each.id)).toEqual(['ap-1']);
	});

	it('re-enabling after a disable stays Enabled even though the user registered before', () => {
		// Given Eve was Enforced and registered, then disabled
		const state = buildState({users: [buildUser({id: 'eve', perUserMfa: 'enforced', methods: registeredMethods()})]});
		const disabled = run(state, {type: 'set-per-user-mfa', userIds: ['eve'], state: 'disabled'});

		// When the admin enables her again
		const next = run(disabled, {type: 'set-per-user-mfa', userIds: ['eve'], state: 'enabled'});

		// Then she is Enabled, not Enforced: the admin must Enforce her directly
		expect(userIn(next, 'eve').perUserMfa).toBe('enabled');
	});

	it.each<[PerUserMfaState, PerUserMfaState]>([
		['disabled', 'enabled'],
		['disabled', 'enforced'],
		['enabled', 'enforced'],
		['enabled', 'disabled'],
		['enforced', 'enabled'],
		['enforced', 'disabled'],
	])('moves %s to %s and never creates or deletes methods or app passwords', (from, to) => {
		// Given a user in one state, with or without registrations
		const registered = buildUser({id: 'reg', perUserMfa: from, methods: registeredMethods(), appPasswords: [appPassword('ap-1', 'Laptop')]});
		const bare = buildUser({id: 'bare', perUserMfa: from});
		const state = buildState({users: [registered, bare]});

		// When the admin moves both to another state (admins may move users in any direction, 2.2)
		const next = run(state, {type: 'set-per-user-mfa', userIds: ['reg', 'bare'], state: to});

		// Then only the state changed
		expect(userIn(next, 'reg')).toEqual({...registered, perUserMfa: to});
		expect(userIn(next, 'bare')).toEqual({...bare, perUserMfa: to});
	});

	it('treats Enable on an already Enabled user as a no-op with no audit row', () => {
		// Given Finn is already Enabled
		const state = buildState({users: [buildUser({id: 'finn', perUserMfa: 'enabled'})]});

		// When the admin clicks Enable again
		const result = expectApplied(applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['finn'], state: 'enabled'}));

		// Then nothing changes and nothing is audited
		expect(result.state).toBe(state);
		expect(result.events).toEqual([]);
	});

	it('enables five selected users at once and counts a repeated selection once', () => {
		// Given five Disabled users
		const ids = ['u1', 'u2', 'u3', 'u4', 'u5'];
		const state = buildState({users: ids.map((id) => buildUser({id}))});

		// When the admin selects them (u3 twice, as a sloppy script might) and clicks Enable
		const result = expectApplied(applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: [...ids, 'u3'], state: 'enabled'}));

		// Then all five are Enabled with exactly five audit events
		expect(ids.map((id) => userIn(result.state, id).perUserMfa)).toEqual(Array(5).fill('enabled'));
		expect(result.events).toHaveLength(5);
		expect(result.events.every((event) => event.type === 'audit-recorded')).toBe(true);
	});

	it('refuses the whole selection when one id is unknown, naming it', () => {
		// Given two real users
		const state = buildState({users: [buildUser({id: 'gail'}), buildUser({id: 'hugo'})]});

		// When the selection also contains a user who does not exist
		const result = applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['gail', 'ghost', 'hugo'], state: 'enforced'});

		// Then nothing is applied, and the message names the missing id
		expect(expectRejected(result, 'user/not-found').message).toContain('"ghost"');
		expect(userIn(state, 'gail').perUserMfa).toBe('disabled');
	});

	it('refuses the whole selection when one user is out of the admin role reach', () => {
		// Given an Authentication Administrator and a selection with a plain user and a Global Administrator
		const state = buildState({
			actorRoles: ['authentication-administrator'],
			users: [buildUser({id: 'ivy'}), buildUser({id: 'boss', roles: ['global-administrator']})],
		});

		// When the admin clicks Enforce for both
		const result = applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['ivy', 'boss'], state: 'enforced'});

		// Then it is refused for both: Ivy is not enforced on her own
		const rejection = expectRejected(result, 'role/target-protected');
		expect(rejection.message).toContain('boss@contoso.com');
		expect(rejection.message).toContain('Global Administrator');
	});

	it("refuses a guest, whose per-user MFA belongs to the home tenant (ticket 25)", () => {
		// Given a guest from Fabrikam who shows Disabled here
		const state = buildState({users: [buildUser({id: 'guest', userType: 'guest', guestHome: {tenantName: 'Fabrikam', mfaRequired: true}})]});

		// When the admin tries to Enable them
		const result = applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['guest'], state: 'enabled'});

		// Then the resource tenant can't change it
		expect(expectRejected(result, 'user/guest-managed-by-home-tenant').message).toContain('Fabrikam');
	});

	it('refuses an empty selection', () => {
		// Given any tenant
		const state = buildState();

		// When Enable is clicked with nobody selected
		const result = applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: [], state: 'enabled'});

		// Then it asks for a selection
		expectRejected(result, 'input/invalid');
	});
});
