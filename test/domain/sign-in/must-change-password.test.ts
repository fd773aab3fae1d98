/**
 * After an admin reset the password is temporary and must be changed at the next sign-in (fact sheet 7.3). The
 * story: Omar's account was reset this morning; he has a browser, Thunderbird over IMAP (2021, when IMAP still took
 * Basic authentication) with his OLD password saved, and an app password for his scanner-like IMAP relay.
 */
import {describe, expect, it} from 'vitest';
import {applyUserAction} from '../../../source/domain/user/apply-user-action.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import {appPassword, expectApplied, run} from '../../helpers/admin-helpers.js';
import {appPasswordFacts, before2022, browser, buildPerson, buildState, buildUser, imapClient, passwordFacts, registeredMethods, wrongSecretFacts} from '../../helpers/build-state.js';
import {expectSignIn, signIn, userOf, userSaid} from '../../helpers/sign-in-helpers.js';

const temporary = 'Kuba7314';

/** Omar just after the admin reset his password and read him the temporary one. */
function omarAfterReset(): SimState {
	const state = buildState({
		now: before2022,
		users: [buildUser({id: 'omar', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification', appPasswords: [appPassword('ap-relay', 'IMAP relay')]})],
		people: [buildPerson({userId: 'omar', clients: [browser(), imapClient({savedSecret: 'the-old-password'})]})],
	});
	return run(state, {type: 'reset-password', userId: 'omar', temporaryPassword: temporary, passwordHash: '$argon2id$fake$temporary'});
}

describe('the temporary password after a reset (fact sheet 7.3)', () => {
	it('a browser sign-in with it stops at "Update your password"', () => {
		// Given Omar's password was reset this morning
		const state = omarAfterReset();

		// When he signs in in the browser with the temporary password
		const result = signIn(state, 'omar', 'browser', passwordFacts());

		// Then the sign-in is interrupted with AADSTS50055 before any MFA, and he is asked for a new password
		expectSignIn(result.entry, 'Interrupted', 50_055);
		expect(result.entry.mfaResultDetail).toBeUndefined();
		expect(result.entry.trace.find((step) => step.step === 'credential')?.detail).toContain('Update your password');
		expect(userSaid(result)).toContain('update my password');
	});

	it('a Basic-auth client with the temporary password fails: it cannot show the password change', () => {
		// Given Omar clears Thunderbird's saved password and types the temporary one (the facts say it matched)
		const state = omarAfterReset();

		// When Thunderbird signs in over IMAP with it
		const result = signIn(state, 'omar', 'thunderbird', passwordFacts());

		// Then it fails: legacy clients can't change a password
		expectSignIn(result.entry, 'Failure', 50_055);
		expect(result.entry.trace.find((step) => step.step === 'credential')?.detail).toContain('cannot show the "Update your password" page');
	});

	it('a Basic-auth client still sending the OLD password fails as a wrong password', () => {
		const result = signIn(omarAfterReset(), 'omar', 'thunderbird', wrongSecretFacts());
		expectSignIn(result.entry, 'Failure', 50_126);
	});

	it('an app password keeps working: a reset does not revoke app passwords (4.3 step 7)', () => {
		const result = signIn(omarAfterReset(), 'omar', 'thunderbird', appPasswordFacts('ap-relay'));
		expectSignIn(result.entry, 'Success', 0, 'MFA requirement skipped due to app password');
	});

	it('once he has chosen a new password, the browser sign-in goes on to MFA', () => {
		// Given Omar changed the temporary password at "Update your password"
		const changed = expectApplied(
			applyUserAction(omarAfterReset(), {type: 'change-password', userId: 'omar', newPassword: 'Kobi-Lamu-482', passwordHash: '$argon2id$fake$new', currentPasswordAccepted: true}),
		).state;

		// When he signs in with the new password
		const result = signIn(changed, 'omar', 'browser', passwordFacts());

		// Then he approves the push and is in
		expectSignIn(result.entry, 'Success', 0, 'MFA successfully completed');
		expect(userOf(changed, 'omar').mustChangePassword).toBe(false);
	});

});
