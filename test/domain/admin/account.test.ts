import {describe, expect, it} from 'vitest';
import {accountActivities} from '../../../source/domain/admin/account.js';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {DAY} from '../../../source/domain/common/time.js';
import {before2022, buildPerson, buildState, buildUser, instant, registeredMethods, today} from '../../helpers/build-state.js';
import {appPassword, expectApplied, expectRejected, onlyAudit, rememberedDevice, run, userIn} from '../../helpers/admin-helpers.js';

const afterFraudAlertRemoval = instant('2025-04-01T09:00:00Z');

function resetPriya(temporaryPassword = 'Vaw-4821-Temp') {
	return {type: 'reset-password', userId: 'priya', temporaryPassword, passwordHash: '$argon2id$fake$temp'} as const;
}

describe('Reset password (fact sheet 7.3)', () => {
	it('sets a temporary password she must change, tells her, and clears the lockout', () => {
		// Given Priya is locked out after too many wrong passwords
		const state = buildState({
			users: [buildUser({id: 'priya', lockout: {failedAttempts: 10, lockoutCount: 2, lockedUntil: today + 60_000}, passwordExpiresAt: today - DAY})],
			people: [buildPerson({userId: 'priya', knownPassword: 'forgotten'})],
		});

		// When the admin resets her password and reads her the temporary one
		const next = run(state, resetPriya());

		// Then the tenant holds the new hash, she must change it, and she now knows it
		const after = userIn(next, 'priya');
		expect(after.passwordHash).toBe('$argon2id$fake$temp');
		expect(after.mustChangePassword).toBe(true);
		expect(after.passwordChangedAt).toBe(today);
		expect(after.passwordExpiresAt).toBeUndefined();
		expect(after.lockout).toEqual({failedAttempts: 0, lockoutCount: 0});
		expect(next.world.people['priya']?.knownPassword).toBe('Vaw-4821-Temp');
		onlyAudit(next, accountActivities.resetPassword);
	});

	it('does not revoke app passwords, methods or remembered devices', () => {
		// Given Priya's Outlook 2010 uses an app password that may have leaked with her password
		const state = buildState({
			users: [buildUser({id: 'priya', perUserMfa: 'enforced', methods: registeredMethods(), appPasswords: [appPassword('ap-1', 'Laptop')], rememberedDevices: [rememberedDevice('g-1')]})],
		});

		// When the admin only resets the password
		const after = userIn(run(state, resetPriya()), 'priya');

		// Then the app password still exists: deleting it is a separate step (4.3 step 7)
		expect(after.appPasswords.map((each) => each.id)).toEqual(['ap-1']);
		expect(after.methods).toEqual(registeredMethods());
		expect(after.rememberedDevices).toHaveLength(1);
		expect(after.perUserMfa).toBe('enforced');
	});

	it('remediates high user risk in the Report suspicious activity era', () => {
		// Given in April 2025 Priya reported a push she didn't start, so her risk is high
		const state = buildState({now: afterFraudAlertRemoval, users: [buildUser({id: 'priya', risk: 'high'})]});

		// When the admin resets her password
		const next = run(state, resetPriya());

		// Then the risk is remediated and the audit row says so
		expect(userIn(next, 'priya').risk).toBe('none');
		expect(onlyAudit(next, accountActivities.resetPassword).details['userRisk']).toBe('Remediated');
	});

	it('leaves user risk alone in the legacy fraud alert era', () => {
		// Given March 2024, before Report suspicious activity replaced fraud alerts
		const state = buildState({now: today, users: [buildUser({id: 'priya', risk: 'high'})]});

		// When the admin resets her password
		const next = run(state, resetPriya());

		// Then the risk stays until it is dismissed
		expect(userIn(next, 'priya').risk).toBe('high');
	});

	it('refuses a guest, whose password lives in the home tenant', () => {
		// Given a guest
		const state = buildState({users: [buildUser({id: 'priya', userType: 'guest'})]});

		// When the admin resets their password
		const result = applyAdminCommand(state, resetPriya());

		// Then it is refused
		expectRejected(result, 'user/guest-managed-by-home-tenant');
	});

	it('refuses an empty temporary password', () => {
		// Given Priya
		const state = buildState({users: [buildUser({id: 'priya'})]});

		// When the service hands over no temporary password
		const result = applyAdminCommand(state, resetPriya(''));

		// Then the command is invalid
		expectRejected(result, 'input/invalid');
	});
});

describe('Revoke sessions (fact sheet 7.3)', () => {
	it('revokes refresh tokens but keeps remembered-MFA grants', () => {
		// Given Priya has a remembered browser
		const state = buildState({users: [buildUser({id: 'priya', rememberedDevices: [rememberedDevice('g-1')]})]});

		// When the admin revokes her sessions
		const next = run(state, {type: 'revoke-sessions', userId: 'priya'});

		// Then refresh tokens before now are dead, but the remembered device is a different feature
		const after = userIn(next, 'priya');
		expect(after.sessionsRevokedAt).toBe(today);
		expect(after.rememberedDevices).toHaveLength(1);
		expect(after.mfaSessionsRevokedAt).toBeUndefined();
		onlyAudit(next, accountActivities.revokeSessions);
	});

	it('is allowed to a Helpdesk Administrator for a plain user', () => {
		// Given a Helpdesk Administrator
		const state = buildState({actorRoles: ['helpdesk-administrator'], users: [buildUser({id: 'priya'})]});

		// When they revoke Priya's sessions
		const result = applyAdminCommand(state, {type: 'revoke-sessions', userId: 'priya'});

		// Then it works
		expect(userIn(expectApplied(result).state, 'priya').sessionsRevokedAt).toBe(today);
	});
});

describe('Block sign-in', () => {
	it('blocks and unblocks the account with "Disable account" and its counterpart', () => {
		// Given Priya's account may be compromised
		const state = buildState({users: [buildUser({id: 'priya'})]});

		// When the admin blocks and later unblocks sign-in
		const blocked = run(state, {type: 'set-sign-in-blocked', userId: 'priya', blocked: true});
		const unblocked = run(blocked, {type: 'set-sign-in-blocked', userId: 'priya', blocked: false});

		// Then accountEnabled follows, with one audit row each
		expect(userIn(blocked, 'priya').accountEnabled).toBe(false);
		expect(userIn(unblocked, 'priya').accountEnabled).toBe(true);
		expect(unblocked.auditLog.map((row) => row.activity)).toEqual([accountActivities.disableAccount, accountActivities.enableAccount]);
	});

	it('is a no-op to block an account that is already blocked', () => {
		// Given Priya is blocked
		const state = buildState({users: [buildUser({id: 'priya', accountEnabled: false})]});

		// When the admin blocks her again
		const result = expectApplied(applyAdminCommand(state, {type: 'set-sign-in-blocked', userId: 'priya', blocked: true}));

		// Then nothing is written
		expect(result.events).toEqual([]);
	});

	it('does not let a User Administrator block a Global Administrator', () => {
		// Given a User Administrator
		const state = buildState({actorRoles: ['user-administrator'], users: [buildUser({id: 'boss', roles: ['global-administrator']})]});

		// When they block the Global Administrator
		const result = applyAdminCommand(state, {type: 'set-sign-in-blocked', userId: 'boss', blocked: true});

		// Then the target is protected
		expectRejected(result, 'role/target-protected');
	});
});

describe('legacy MFA unblock (fact sheet 7.3, 8.7)', () => {
	it('unblocks a user blocked by a fraud alert, keeping the reason in the audit', () => {
		// Given in 2021 Priya pressed 0# on a call she didn't expect and was blocked for 90 days
		const state = buildState({now: before2022, users: [buildUser({id: 'priya', mfaBlockedUntil: before2022 + 80 * DAY})]});

		// When the admin unblocks her with a reason
		const next = run(state, {type: 'unblock-mfa', userId: 'priya', reason: 'User confirmed she pressed 0 by mistake'});

		// Then the block is gone
		expect(userIn(next, 'priya').mfaBlockedUntil).toBeUndefined();
		expect(onlyAudit(next, accountActivities.unblockMfa).details).toEqual({reason: 'User confirmed she pressed 0 by mistake'});
	});

	it('is not available after 1 March 2025', () => {
		// Given April 2025
		const state = buildState({now: afterFraudAlertRemoval, users: [buildUser({id: 'priya', mfaBlockedUntil: afterFraudAlertRemoval + DAY})]});

		// When the admin looks for Block/unblock users
		const result = applyAdminCommand(state, {type: 'unblock-mfa', userId: 'priya', reason: 'mistake'});

		// Then the feature no longer exists
		expectRejected(result, 'era/not-available');
	});

	it('refuses to unblock a user who is not blocked, or without a reason', () => {
		// Given one user not blocked and one blocked, in 2021
		const state = buildState({now: before2022, users: [buildUser({id: 'omar'}), buildUser({id: 'priya', mfaBlockedUntil: before2022 + DAY})]});

		// When the admin unblocks Omar, and Priya with an empty reason
		const notBlocked = applyAdminCommand(state, {type: 'unblock-mfa', userId: 'omar', reason: 'why not'});
		const noReason = applyAdminCommand(state, {type: 'unblock-mfa', userId: 'priya', reason: '  '});

		// Then both are refused
		expectRejected(notBlocked, 'action/not-applicable');
		expectRejected(noReason, 'input/invalid');
	});
});

describe('dismiss user risk (fact sheet 8.7)', () => {
	it('lets a Security Administrator dismiss high risk after investigating', () => {
		// Given Priya reported suspicious activity that turned out to be her colleague's test
		const state = buildState({now: afterFraudAlertRemoval, actorRoles: ['security-administrator'], users: [buildUser({id: 'priya', risk: 'high'})]});

		// When the Security Administrator dismisses the risk
		const next = run(state, {type: 'dismiss-user-risk', userId: 'priya'});

		// Then the risk is none
		expect(userIn(next, 'priya').risk).toBe('none');
		onlyAudit(next, accountActivities.dismissUserRisk);
	});

	it('refuses when there is no risk to dismiss', () => {
		// Given Omar has no risk
		const state = buildState({users: [buildUser({id: 'omar'})]});

		// When the admin dismisses his risk
		const result = applyAdminCommand(state, {type: 'dismiss-user-risk', userId: 'omar'});

		// Then it is not applicable
		expectRejected(result, 'action/not-applicable');
	});
});
