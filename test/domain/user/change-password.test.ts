/**
 * "Update your password" after an admin reset (fact sheet 7.3): the person types the temporary password, then
 * picks a new one. The service supplies the facts (the new password, its hash, whether the typed one matched).
 */
import {describe, expect, it} from 'vitest';
import {passwordChangeAudit} from '../../../source/domain/user/password-change.js';
import type {UserAction} from '../../../source/domain/user/user-action.js';
import {DAY} from '../../../source/domain/common/time.js';
import {outlook} from '../../helpers/build-state.js';
import {accept, auditActivities, personIn, priyaState, refuseOf, saidLines, userIn} from '../../helpers/user-helpers.js';

type ChangePassword = Extract<UserAction, {type: 'change-password'}>;

function changeTo(newPassword: string, currentPasswordAccepted = true): ChangePassword {
	return {type: 'change-password', userId: 'priya', newPassword, passwordHash: `$argon2id$fake$${newPassword}`, currentPasswordAccepted};
}

/** Priya right after an admin reset: she knows the temporary password; her Outlook still saves the old one. */
function afterReset(user: Parameters<typeof priyaState>[0] = {}) {
	return priyaState({
		...user,
		user: {mustChangePassword: true, passwordHash: '$argon2id$fake$temporary', ...user.user},
		person: {knownPassword: 'Kuba7314', clients: [outlook('365', {}, {savedSecret: 'old-password'})], ...user.person},
	});
}

describe('change-password: "Update your password" at sign-in', () => {
	it('she types the temporary password, picks a new one, and only the new one is known afterwards', () => {
		// Given an admin reset Priya's password and read her the temporary one
		const state = afterReset();

		// When she signs in and chooses a new password
		const result = accept(state, changeTo('Kobi-Lamu-482'));

		// Then the tenant holds the new hash, nothing asks for a change any more, and she knows the new password
		const priya = userIn(result.state, 'priya');
		expect(priya.passwordHash).toBe('$argon2id$fake$Kobi-Lamu-482');
		expect(priya.mustChangePassword).toBe(false);
		expect(priya.passwordChangedAt).toBe(state.now);
		expect(personIn(result.state, 'priya').knownPassword).toBe('Kobi-Lamu-482');
		// Outlook still has the old password saved: it will prompt until she types the new one there
		expect(personIn(result.state, 'priya').clients[0]?.savedSecret).toBe('old-password');
		expect(auditActivities(result.events)).toEqual([passwordChangeAudit.activity]);
		expect(saidLines(result.events).at(-1)).toContain('chose a new password');
	});

	it('an expired password is changed the same way', () => {
		const state = priyaState({user: {passwordExpiresAt: priyaState().now - DAY}});
		const priya = userIn(accept(state, changeTo('Mira-Tovu-113')).state, 'priya');
		expect(priya.passwordExpiresAt).toBeUndefined();
	});

	it('nothing to do when no reset or expiry asks for it', () => {
		const refusal = refuseOf(priyaState(), changeTo('Whatever-1'));
		expect(refusal.code).toBe('action/not-applicable');
		expect(refusal.userSaid).toContain('never asked me for a new password');
	});

	it('she can\'t get there with a password that isn\'t the current one', () => {
		// Given she mis-heard the temporary password (the service's check failed)
		const refusal = refuseOf(afterReset(), changeTo('Kobi-Lamu-482', false));

		// Then the sign-in fails at the password step and nothing changes
		expect(refusal.code).toBe('password/incorrect');
		expect(refusal.message).toContain('AADSTS50126');
	});

	it('a blocked account or a guest cannot change it here', () => {
		expect(refuseOf(afterReset({user: {accountEnabled: false}}), changeTo('New-Pass-1')).code).toBe('action/not-applicable');
		expect(refuseOf(afterReset({user: {userType: 'guest', guestHome: {tenantName: 'Fabrikam', mfaRequired: true}}}), changeTo('New-Pass-1')).code).toBe('user/guest-managed-by-home-tenant');
	});

	it('until she changes it, Security info sends her back to "Update your password"', () => {
		// Given the reset is pending
		const state = afterReset();

		// When she tries to change her default method first
		const refusal = refuseOf(state, {type: 'change-default-method', userId: 'priya', method: 'text'});

		// Then she is told to choose a new password first; afterwards it works
		expect(refusal.code).toBe('action/not-applicable');
		expect(refusal.message).toContain('must choose a new password first');
		const changed = accept(state, changeTo('Kobi-Lamu-482')).state;
		expect(userIn(accept(changed, {type: 'change-default-method', userId: 'priya', method: 'text'}).state, 'priya').defaultMethod).toBe('text');
	});
});
