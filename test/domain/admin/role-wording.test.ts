/**
 * Refusals name roles the way a person says them: "a User Administrator" (a consonant sound), "an Authentication
 * Administrator" (a vowel sound).
 */
import {describe, expect, it} from 'vitest';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {buildState, buildUser} from '../../helpers/build-state.js';
import {expectRejected} from '../../helpers/admin-helpers.js';

describe('role names in refusals', () => {
	it('says "a User Administrator" when a User Administrator tries to enable MFA', () => {
		// Given the trainee holds User Administrator only
		const state = buildState({actorRoles: ['user-administrator'], users: [buildUser({id: 'priya'})]});

		// When they try to Enable Priya, Then the refusal reads naturally
		const refusal = expectRejected(applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['priya'], state: 'enabled'}), 'role/insufficient');
		expect(refusal.message).toContain('is a User Administrator and may not');
		expect(refusal.message).not.toMatch(/\ban User\b/);
		expect(refusal.message).toContain('an Authentication Administrator');
	});

	it('says "an Authentication Administrator" and "a Global Administrator" for a protected target', () => {
		// Given an Authentication Administrator and a Global Administrator target
		const state = buildState({actorRoles: ['authentication-administrator'], users: [buildUser({id: 'gwen', roles: ['global-administrator']})]});

		// When they try to enforce MFA for the Global Administrator
		const refusal = expectRejected(applyAdminCommand(state, {type: 'set-per-user-mfa', userIds: ['gwen'], state: 'enforced'}), 'role/target-protected');
		expect(refusal.message).toContain('is an Authentication Administrator and may not');
		expect(refusal.message).toContain('who is a Global Administrator');
	});
});
