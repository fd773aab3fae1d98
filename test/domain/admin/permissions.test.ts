import {describe, expect, it} from 'vitest';
import type {AdminCommand} from '../../../source/domain/admin/admin-command.js';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {can, permissionMatrix, rolesFor, type AdminTask} from '../../../source/domain/admin/permissions.js';
import {eraAt} from '../../../source/domain/common/era.js';
import type {AdminRole} from '../../../source/domain/tenant/roles.js';
import {buildState, buildUser, instant, registeredMethods, today} from '../../helpers/build-state.js';
import {appPassword, expectApplied, expectRejected, hardwareToken, userIn} from '../../helpers/admin-helpers.js';

const before2020 = instant('2019-06-15T09:00:00Z');
const currentEra = eraAt(today);
const earlyEra = eraAt(before2020);

function actorWith(...roles: AdminRole[]) {
	return buildUser({id: 'actor', roles});
}

function targetWith(...roles: AdminRole[]) {
	return buildUser({id: 'target', roles});
}

describe('the permission matrix (fact sheet 7.1, 7.2)', () => {
	it.each<[AdminRole, AdminTask, readonly AdminRole[], boolean]>([
		// per-user MFA
		['global-administrator', 'per-user-mfa', ['global-administrator'], true],
		['privileged-authentication-administrator', 'per-user-mfa', ['global-administrator'], true],
		['authentication-administrator', 'per-user-mfa', [], true],
		['authentication-administrator', 'per-user-mfa', ['password-administrator'], true],
		['authentication-administrator', 'per-user-mfa', ['authentication-administrator'], true],
		['authentication-administrator', 'per-user-mfa', ['global-administrator'], false],
		['authentication-administrator', 'per-user-mfa', ['helpdesk-administrator'], false],
		['authentication-administrator', 'per-user-mfa', ['reports-reader', 'user-administrator'], false],
		['helpdesk-administrator', 'per-user-mfa', [], false],
		['authentication-policy-administrator', 'per-user-mfa', [], false],
		// app passwords
		['authentication-policy-administrator', 'delete-app-passwords', ['global-administrator'], true],
		['authentication-policy-administrator', 'require-contact-methods-again', [], false],
		['helpdesk-administrator', 'delete-app-passwords', [], false],
		// service settings
		['authentication-policy-administrator', 'mfa-service-settings', [], true],
		['privileged-authentication-administrator', 'mfa-service-settings', [], false],
		['helpdesk-administrator', 'mfa-service-settings', [], false],
		['conditional-access-administrator', 'trusted-ips', [], true],
		['conditional-access-administrator', 'mfa-service-settings', [], false],
		['security-administrator', 'security-defaults', [], true],
		['conditional-access-administrator', 'security-defaults', [], true],
		['authentication-policy-administrator', 'security-defaults', [], false],
		['security-administrator', 'exchange-modern-auth', [], false],
		// hardware tokens: Authentication Administrators can't (7.1 conflict note)
		['authentication-administrator', 'manage-hardware-tokens', [], false],
		['privileged-authentication-administrator', 'manage-hardware-tokens', ['global-administrator'], true],
		['authentication-administrator', 'manage-auth-methods', [], true],
		// passwords and sessions
		['helpdesk-administrator', 'reset-password', [], true],
		['helpdesk-administrator', 'reset-password', ['helpdesk-administrator'], true],
		['helpdesk-administrator', 'reset-password', ['user-administrator'], false],
		['user-administrator', 'reset-password', ['helpdesk-administrator'], true],
		['user-administrator', 'reset-password', ['groups-administrator'], true],
		['user-administrator', 'reset-password', ['global-administrator'], false],
		['password-administrator', 'reset-password', [], true],
		['password-administrator', 'reset-password', ['helpdesk-administrator'], false],
		['helpdesk-administrator', 'revoke-sessions', ['reports-reader'], true],
		// block sign-in
		['user-administrator', 'block-sign-in', [], true],
		['user-administrator', 'block-sign-in', ['security-administrator'], false],
		['privileged-authentication-administrator', 'block-sign-in', ['global-administrator'], true],
		['authentication-administrator', 'block-sign-in', [], false],
		// risk and legacy MFA blocking
		['security-administrator', 'dismiss-user-risk', [], true],
		['helpdesk-administrator', 'dismiss-user-risk', [], false],
		['authentication-policy-administrator', 'unblock-mfa', [], true],
		['authentication-administrator', 'unblock-mfa', [], false],
	])('%s on %s for a user with roles %j: %s', (actorRole, task, targetRoles, expected) => {
		// Given an admin with one role and a target with some roles, in the current era
		// When the UI asks whether the task is allowed
		// Then the matrix answers
		expect(can(actorWith(actorRole), task, targetWith(...targetRoles), currentEra)).toBe(expected);
	});

	it('holds only Global Administrator for the legacy MFA page tasks before the 2020 least-privilege roles', () => {
		// Given the 2019 era
		// When the UI asks which roles may do the legacy MFA page tasks
		// Then only Global Administrator may; auth-method management is not on that page and is unaffected
		for (const task of ['per-user-mfa', 'delete-app-passwords', 'require-contact-methods-again', 'restore-remembered-devices', 'mfa-service-settings', 'trusted-ips'] as const) {
			expect(rolesFor(task, earlyEra), task).toEqual(['global-administrator']);
		}

		expect(rolesFor('manage-auth-methods', earlyEra)).toContain('authentication-administrator');
	});

	it('has a row for every task, each granting Global Administrator', () => {
		// Given the matrix
		// Then every task names its label and Global Administrator can do it
		for (const [task, rule] of Object.entries(permissionMatrix)) {
			expect(rule.label.length, task).toBeGreaterThan(0);
			expect(rule.grants['global-administrator'], task).toBe('all');
		}
	});
});

describe('role checks on admin commands', () => {
	it('does not let a Helpdesk Administrator enable MFA', () => {
		// Given the trainee is signed in as a Helpdesk Administrator
		const state = buildState({actorRoles: ['helpdesk-administrator'], users: [buildUser({id: 'priya'})]});

		// When they try to Enable Priya
		const result = applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enabled'});

		// Then the role is insufficient, and the message says who may
		const rejection = expectRejected(result, 'role/insufficient');
		expect(rejection.message).toContain('Helpdesk Administrator');
		expect(rejection.message).toContain('Authentication Administrator');
	});

	it('does not let a Helpdesk Administrator change service settings', () => {
		// Given a Helpdesk Administrator
		const state = buildState({actorRoles: ['helpdesk-administrator']});

		// When they try to allow app passwords, or add a trusted range
		const appPasswords = applyAdminCommand(state, {type: 'set-app-passwords-allowed', allowed: true});
		const trustedIps = applyAdminCommand(state, {type: 'set-trusted-ips', ranges: ['203.0.113.0/24'], skipForFederatedIntranet: false});

		// Then both are refused and the tenant is unchanged
		expectRejected(appPasswords, 'role/insufficient');
		expectRejected(trustedIps, 'role/insufficient');
	});

	it('lets an Authentication Administrator enforce a plain user but not a Global Administrator', () => {
		// Given an Authentication Administrator, a plain user and a Global Administrator
		const state = buildState({
			actorRoles: ['authentication-administrator'],
			users: [buildUser({id: 'priya'}), buildUser({id: 'boss', roles: ['global-administrator']})],
		});

		// When they enforce each in turn
		const plain = applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enforced'});
		const globalAdmin = applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['boss'], state: 'enforced'});

		// Then the plain user is enforced, and the Global Administrator is protected (not "insufficient")
		expect(userIn(expectApplied(plain).state, 'priya').perUserMfa).toBe('enforced');
		expectRejected(globalAdmin, 'role/target-protected');
	});

	it('does not let an Authentication Administrator reset the password of a Global Administrator', () => {
		// Given an Authentication Administrator and a Global Administrator
		const state = buildState({actorRoles: ['authentication-administrator'], users: [buildUser({id: 'boss', roles: ['global-administrator']})]});

		// When they try to reset the Global Administrator's password
		const result = applyAdminCommand(state, {type: 'reset-password', userId: 'boss', temporaryPassword: 'Temp-1234', passwordHash: 'hash'});

		// Then the target is protected and a more privileged role is suggested
		const rejection = expectRejected(result, 'role/target-protected');
		expect(rejection.message).toContain('Privileged Authentication Administrator');
	});

	it('lets a Privileged Authentication Administrator act on a Global Administrator', () => {
		// Given a PAA and a Global Administrator who lost their phone
		const state = buildState({
			actorRoles: ['privileged-authentication-administrator'],
			users: [buildUser({id: 'boss', roles: ['global-administrator'], methods: registeredMethods(), perUserMfa: 'enforced'})],
		});

		// When the PAA requires re-registration
		const result = applyAdminCommand(state, {type: 'require-re-register-mfa', userId: 'boss'});

		// Then it works
		expect(userIn(expectApplied(result).state, 'boss').mustRegisterAgain).toBe(true);
	});

	it('before 2020 lets only a Global Administrator enable MFA', () => {
		// Given it is June 2019 and the trainee is an Authentication Administrator
		const users = [buildUser({id: 'priya'})];
		const asAuthAdmin = buildState({now: before2020, actorRoles: ['authentication-administrator'], users});
		const asGlobalAdmin = buildState({now: before2020, actorRoles: ['global-administrator'], users});

		// When each tries to Enable Priya
		const refused = applyAdminCommand(asAuthAdmin, {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enabled'});
		const allowed = applyAdminCommand(asGlobalAdmin, {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enabled'});

		// Then only the Global Administrator succeeds, and the message explains the date
		expect(expectRejected(refused, 'role/insufficient').message).toContain('2020');
		expect(userIn(expectApplied(allowed).state, 'priya').perUserMfa).toBe('enabled');
	});

	it('lets an Authentication Policy Administrator delete app passwords today but not in 2019', () => {
		// Given an APA and a user with an app password, in both eras
		const users = [buildUser({id: 'priya', appPasswords: [appPassword('ap-1', 'Laptop')]})];
		const command: AdminCommand = {type: 'manage-user-settings', userIds: ['priya'], requireContactMethodsAgain: false, deleteAllAppPasswords: true, restoreMfaOnRememberedDevices: false};

		// When the APA deletes all app passwords
		const now = applyAdminCommand(buildState({actorRoles: ['authentication-policy-administrator'], users}), command);
		const then = applyAdminCommand(buildState({now: before2020, actorRoles: ['authentication-policy-administrator'], users}), command);

		// Then today it works; in 2019 only a Global Administrator could
		expect(userIn(expectApplied(now).state, 'priya').appPasswords).toEqual([]);
		expectRejected(then, 'role/insufficient');
	});

	it('does not let an Authentication Administrator activate a hardware token', () => {
		// Given an Authentication Administrator and a user with an assigned token
		const state = buildState({
			actorRoles: ['authentication-administrator'],
			users: [buildUser({id: 'priya', methods: {...registeredMethods(), hardwareTokens: [hardwareToken()]}})],
		});

		// When they try to activate it
		const result = applyAdminCommand(state, {type: 'activate-hardware-token', userId: 'priya', tokenId: 'hw-1', codeAccepted: true});

		// Then the role is insufficient (not target-protected: Priya is a plain user)
		expectRejected(result, 'role/insufficient');
	});

	it('refuses everything to an account with no admin role', () => {
		// Given the trainee account holds no role
		const state = buildState({actorRoles: [], users: [buildUser({id: 'priya'})]});

		// When it tries to revoke Priya's sessions
		const result = applyAdminCommand(state, {type: 'revoke-sessions', userId: 'priya'});

		// Then it is refused with a sentence saying so
		expect(expectRejected(result, 'role/insufficient').message).toContain('holds no admin role');
	});

	it('checks the user exists before checking roles', () => {
		// Given a Helpdesk Administrator
		const state = buildState({actorRoles: ['helpdesk-administrator']});

		// When they act on an unknown user
		const result = applyAdminCommand(state, {type: 'reset-password', userId: 'nobody', temporaryPassword: 'x', passwordHash: 'y'});

		// Then the answer is that the user doesn't exist
		expectRejected(result, 'user/not-found');
	});
});
