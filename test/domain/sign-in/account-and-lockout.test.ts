/**
 * Problems that look like MFA but are not (fact sheet 6.1 steps 1-2, 6.2, tickets 24 and 25),
 * token refresh (6.1 step 9), and the requirement coming from somewhere other than the per-user state
 * (0.1: "user shows Disabled but is prompted anyway").
 */
import {describe, expect, it} from 'vitest';
import {DAY, SECOND} from '../../../source/domain/common/time.js';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import type {User} from '../../../source/domain/tenant/user.js';
import type {ClientSession} from '../../../source/domain/world/client.js';
import {browser, buildPerson, buildState, buildUser, passwordFacts, registeredMethods, teams, today, wrongSecretFacts} from '../../helpers/build-state.js';
import {advance, attempt, expectSignIn, signIn, signInRepeatedly, userOf, userSaid} from '../../helpers/sign-in-helpers.js';

type Story = {
	readonly user?: Partial<User>;
	readonly session?: ClientSession;
	readonly rememberMfa?: {readonly enabled: boolean; readonly days: number};
	readonly securityDefaults?: boolean;
};

/** Lena: Enforced with Authenticator, a browser and Teams (which may hold a refresh-token session). */
function lena(story: Story = {}) {
	return buildState({
		tenant: {securityDefaults: story.securityDefaults ?? false},
		...(story.rememberMfa ? {settings: {rememberMfa: story.rememberMfa}} : {}),
		users: [buildUser({id: 'lena', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification', ...story.user})],
		people: [buildPerson({userId: 'lena', clients: [browser(), teams(story.session ? {session: story.session} : {})]})],
	});
}

describe('who is signing in (fact sheet 6.1 step 1)', () => {
	it('fails a mistyped UPN with AADSTS50034 and logs what was typed', () => {
		// Given lena types contoso.co instead of contoso.com
		const state = lena();
		// When she signs in
		const result = attempt(state, {userId: 'lena', clientId: 'browser', mode: 'interactive', typedUpn: 'lena@contoso.co'});
		// Then no such account exists
		expectSignIn(result.entry, 'Failure', 50_034);
		expect(result.entry.upn).toBe('lena@contoso.co');
		expect(userSaid(result)).toContain("can't find my account");
	});

	it('finds the account whatever the case of the typed UPN', () => {
		const {entry} = attempt(lena(), {userId: 'lena', clientId: 'browser', mode: 'interactive', typedUpn: 'LENA@Contoso.com'});
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});
});

describe('account problems are not MFA problems (ticket 24)', () => {
	it('fails a blocked account with AADSTS50057 even with the right password', () => {
		const result = signIn(lena({user: {accountEnabled: false}}), 'lena', 'browser');
		expectSignIn(result.entry, 'Failure', 50_057);
		expect(result.entry.mfaResultDetail).toBeUndefined();
		expect(userSaid(result)).toContain('disabled');
	});

	it('fails an expired password with AADSTS50055', () => {
		const {entry} = signIn(lena({user: {passwordExpiresAt: today - DAY}}), 'lena', 'browser');
		expectSignIn(entry, 'Failure', 50_055);
	});

	it('fails a wrong password with AADSTS50126 and counts it', () => {
		const result = signIn(lena(), 'lena', 'browser', wrongSecretFacts());
		expectSignIn(result.entry, 'Failure', 50_126);
		expect(userOf(result.state, 'lena').lockout.failedAttempts).toBe(1);
	});
});

describe('smart lockout: 10 failures, then 60 s that grows (fact sheet 1.2, S55)', () => {
	/** Lena after ten wrong passwords, one second apart. */
	function afterTenBadPasswords(state = lena()) {
		const results = signInRepeatedly(state, 10, 'lena', 'browser', wrongSecretFacts(), SECOND);
		return advance(results.at(-1)!.state, SECOND);
	}

	it('answers each of the ten wrong passwords with AADSTS50126', () => {
		const results = signInRepeatedly(lena(), 10, 'lena', 'browser', wrongSecretFacts(), SECOND);
		expect(results.map((result) => result.entry.errorCode)).toEqual(Array.from({length: 10}, () => 50_126));
	});

	it('locks the account after the tenth: even the right password gets AADSTS50053', () => {
		// Given ten wrong passwords in a row
		const state = afterTenBadPasswords();
		// When lena finally types the right one
		const result = signIn(state, 'lena', 'browser');
		// Then smart lockout refuses it, and she blames MFA
		expectSignIn(result.entry, 'Failure', 50_053);
		expect(userSaid(result)).toContain('locked');
	});

	it('does not lock after nine failures, and a success resets the count', () => {
		const results = signInRepeatedly(lena(), 9, 'lena', 'browser', wrongSecretFacts(), SECOND);
		const success = signIn(advance(results.at(-1)!.state, SECOND), 'lena', 'browser');
		expectSignIn(success.entry, 'Success', 0, mfaResultDetails.completed);
		expect(userOf(success.state, 'lena').lockout.failedAttempts).toBe(0);
	});

	it('is still locked 59 seconds later', () => {
		const state = afterTenBadPasswords();
		const lockedUntil = userOf(state, 'lena').lockout.lockedUntil!;
		const {entry} = signIn({...state, now: lockedUntil - SECOND}, 'lena', 'browser');
		expectSignIn(entry, 'Failure', 50_053);
	});

	it('unlocks once the clock passes lockedUntil (60 s for the first lockout)', () => {
		// Given the first lockout
		const state = afterTenBadPasswords();
		const lockedUntil = userOf(state, 'lena').lockout.lockedUntil!;
		// Then it lasts 60 s from the tenth failure
		expect(lockedUntil - (state.now - SECOND)).toBe(60 * SECOND);
		// And the right password works once the clock reaches it
		const {entry} = signIn({...state, now: lockedUntil}, 'lena', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('locks for longer the second time', () => {
		// Given a first lockout that has run out
		const first = afterTenBadPasswords();
		const firstUntil = userOf(first, 'lena').lockout.lockedUntil!;
		// When lena keeps guessing wrong ten more times
		const second = afterTenBadPasswords({...first, now: firstUntil});
		const secondUntil = userOf(second, 'lena').lockout.lockedUntil!;
		// Then the second lockout is longer than 60 s, so the right password still fails at +60 s
		expect(secondUntil - (second.now - SECOND)).toBeGreaterThan(60 * SECOND);
		const {entry} = signIn(advance(second, 60 * SECOND), 'lena', 'browser');
		expectSignIn(entry, 'Failure', 50_053);
	});
});

describe('token refresh by a modern app (fact sheet 5, 6.1 step 9)', () => {
	function refresh(state: ReturnType<typeof lena>) {
		return attempt(state, {userId: 'lena', clientId: 'teams', mode: 'refresh'}, passwordFacts());
	}

	const recentMfa = {issuedAt: today - 3 * DAY, mfaAt: today - 3 * DAY};

	it('fails with AADSTS50173 after an admin revoked the user\'s sessions', () => {
		// Given Teams holds a session from three days ago and the admin revoked sessions yesterday
		const state = lena({session: recentMfa, user: {sessionsRevokedAt: today - DAY}});
		// When Teams refreshes its token
		const result = refresh(state);
		// Then it must sign in again
		expectSignIn(result.entry, 'Failure', 50_173);
		expect(userSaid(result)).toContain('sign in again');
	});

	it('interrupts with AADSTS50078 when the MFA claim is older than the remember-MFA days', () => {
		// Given remember-MFA is 14 days and Teams last did MFA 15 days ago
		const state = lena({rememberMfa: {enabled: true, days: 14}, session: {issuedAt: today - 15 * DAY, mfaAt: today - 15 * DAY}});
		// When Teams refreshes
		const {entry} = refresh(state);
		// Then the MFA claim has expired
		expectSignIn(entry, 'Interrupted', 50_078, mfaResultDetails.expired);
	});

	it('succeeds with "MFA requirement satisfied by claim in the token" while the claim is fresh', () => {
		const {entry} = refresh(lena({rememberMfa: {enabled: true, days: 14}, session: recentMfa}));
		expectSignIn(entry, 'Success', 0, mfaResultDetails.satisfiedByClaim);
	});

	it('interrupts a session that never did MFA once MFA is required', () => {
		const {entry} = refresh(lena({session: {issuedAt: today - DAY}}));
		expectSignIn(entry, 'Interrupted', 50_078, mfaResultDetails.expired);
	});

	it('fails after a password change made after the session was issued (AADSTS50133)', () => {
		const {entry} = refresh(lena({session: recentMfa, user: {passwordChangedAt: today - DAY}}));
		expectSignIn(entry, 'Failure', 50_133);
	});
});

describe('guests follow their home tenant (fact sheet 1.2, ticket 25)', () => {
	it('does not prompt a guest shown as Enforced here when the home tenant requires nothing', () => {
		// Given a guest from Fabrikam, set to Enforced in our tenant, whose home tenant does not require MFA
		const state = lena({user: {userType: 'guest', perUserMfa: 'enforced', guestHome: {tenantName: 'Fabrikam', mfaRequired: false}}});
		// When the guest signs in
		const {entry} = signIn(state, 'lena', 'browser');
		// Then our per-user state has no effect
		expectSignIn(entry, 'Success');
		expect(entry.authenticationRequirement).toBe('singleFactorAuthentication');
	});

	it('prompts a guest shown as Disabled here when the home tenant requires MFA', () => {
		const state = lena({user: {userType: 'guest', perUserMfa: 'disabled', guestHome: {tenantName: 'Fabrikam', mfaRequired: true}}});
		const {entry} = signIn(state, 'lena', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
		expect(entry.requirementPolicies).toEqual(['Home tenant']);
	});
});

describe('"user shows Disabled but is prompted anyway" (fact sheet 0.1)', () => {
	it('prompts a Disabled user when security defaults are on, naming security defaults as the policy', () => {
		// Given security defaults are on and lena's per-user state is Disabled
		const state = lena({securityDefaults: true, user: {perUserMfa: 'disabled'}});
		// When she signs in
		const {entry} = signIn(state, 'lena', 'browser');
		// Then she is challenged, and the log says security defaults required it
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
		expect(entry.authenticationRequirement).toBe('multiFactorAuthentication');
		expect(entry.requirementPolicies).toEqual(['Security defaults']);
	});

	it('lets the same Disabled user straight in with security defaults off', () => {
		const {entry} = signIn(lena({user: {perUserMfa: 'disabled'}}), 'lena', 'browser');
		expectSignIn(entry, 'Success');
		expect(entry.mfaResultDetail).toBeUndefined();
	});
});
