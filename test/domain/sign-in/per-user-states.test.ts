/**
 * Fact sheet table 2.1: what each per-user MFA state blocks, for browser, modern and legacy clients.
 * Legacy rows use a pre-October-2022 date, when Exchange Online still accepted Basic authentication.
 */
import {describe, expect, it} from 'vitest';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import {before2022, browser, buildPerson, buildState, buildUser, outlook, registeredMethods, teams, today} from '../../helpers/build-state.js';
import {expectSignIn, signIn, userSaid} from '../../helpers/sign-in-helpers.js';
import type {PerUserMfaState} from '../../../source/domain/tenant/user.js';

function priya(state: PerUserMfaState, registered: boolean, now = today) {
	return buildState({
		now,
		users: [buildUser({id: 'priya', perUserMfa: state, ...(registered ? {methods: registeredMethods(), defaultMethod: 'app-notification' as const} : {})})],
		people: [buildPerson({userId: 'priya', clients: [browser(), teams(), outlook('2010')]})],
	});
}

describe('Disabled: nothing asks for a second factor', () => {
	it.each(['browser', 'teams', 'outlook'])('lets priya in with just her password on %s', (client) => {
		// Given priya is Disabled (the default) on a pre-2022 tenant
		const state = priya('disabled', false, before2022);
		// When she signs in
		const {entry} = signIn(state, 'priya', client);
		// Then it is a single-factor success with no policy requiring MFA
		expectSignIn(entry, 'Success');
		expect(entry.authenticationRequirement).toBe('singleFactorAuthentication');
		expect(entry.requirementPolicies).toEqual([]);
	});
});

describe('Enabled: modern sign-ins register or do MFA, legacy clients are not affected', () => {
	it('interrupts a browser sign-in with the registration prompt when nothing is registered', () => {
		const {entry} = signIn(priya('enabled', false), 'priya', 'browser');
		expectSignIn(entry, 'Interrupted', 50_072, mfaResultDetails.noMethods);
		expect(entry.requirementPolicies).toEqual(['MFA: Per-user']);
	});

	it('interrupts a modern app with AADSTS50079 when nothing is registered', () => {
		const result = signIn(priya('enabled', false), 'priya', 'teams');
		expectSignIn(result.entry, 'Interrupted', 50_079);
		expect(userSaid(result)).toContain('More information required');
	});

	it('challenges a browser sign-in when methods are registered (re-enabled user)', () => {
		const {entry} = signIn(priya('enabled', true), 'priya', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
		expect(entry.authenticationRequirement).toBe('multiFactorAuthentication');
		expect(entry.authMethod).toBe('Mobile app notification');
	});

	it('leaves Outlook 2010 working with the plain password until registration completes', () => {
		const {entry} = signIn(priya('enabled', false, before2022), 'priya', 'outlook');
		expectSignIn(entry, 'Success');
		expect(entry.clientApp).toBe('Outlook Anywhere (RPC over HTTP)');
		expect(entry.authenticationRequirement).toBe('singleFactorAuthentication');
	});
});

describe('Enforced: MFA at every modern sign-in, legacy clients need app passwords', () => {
	it('challenges the browser with the default method', () => {
		const {entry} = signIn(priya('enforced', true), 'priya', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
		expect(entry.requirementPolicies).toEqual(['MFA: Per-user']);
	});

	it('challenges a modern app too', () => {
		const {entry} = signIn(priya('enforced', true), 'priya', 'teams');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
		expect(entry.clientApp).toBe('Mobile apps and desktop clients');
	});

	it('sends an Enforced user without methods to registration at the next modern sign-in', () => {
		const {entry} = signIn(priya('enforced', false), 'priya', 'browser');
		expectSignIn(entry, 'Interrupted', 50_072);
	});

	it('fails Outlook 2010 with the normal password: it cannot show the prompt', () => {
		// Given priya is Enforced and Outlook 2010 still has her normal password
		const result = signIn(priya('enforced', true, before2022), 'priya', 'outlook');
		// Then the legacy client fails and she reports the password loop
		expectSignIn(result.entry, 'Failure', 50_076);
		expect(userSaid(result)).toContain('keeps popping up asking for my password');
	});
});
