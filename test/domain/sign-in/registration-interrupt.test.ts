/**
 * The registration interrupt (fact sheet 6.1 step 6, 8.4, ticket 23): "More information required".
 * Only modern clients can show it; a legacy client never gets an interrupt.
 */
import {describe, expect, it} from 'vitest';
import {DAY} from '../../../source/domain/common/time.js';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import type {MfaServiceSettings} from '../../../source/domain/tenant/service-settings.js';
import type {User} from '../../../source/domain/tenant/user.js';
import {appPasswordFacts, before2022, browser, buildPerson, buildState, buildUser, imapClient, registeredMethods, teams} from '../../helpers/build-state.js';
import {expectSignIn, signIn, userSaid} from '../../helpers/sign-in-helpers.js';

type Story = {
	readonly user?: Partial<User>;
	readonly settings?: Partial<MfaServiceSettings>;
	readonly securityDefaults?: boolean;
	readonly now?: number;
};

/** Noah, a new starter, signing in from home with a browser, Teams and an IMAP client. */
function noah(story: Story = {}) {
	return buildState({
		...(story.now === undefined ? {} : {now: story.now}),
		tenant: {securityDefaults: story.securityDefaults ?? false},
		...(story.settings ? {settings: story.settings} : {}),
		users: [buildUser({id: 'noah', perUserMfa: 'enforced', ...story.user})],
		people: [buildPerson({userId: 'noah', clients: [browser(), teams(), imapClient()]})],
	});
}

const allOptionsOn = {call: true, text: true, appNotification: true, appCode: true};

describe('no methods registered', () => {
	it('interrupts a browser sign-in with AADSTS50072 and "user doesn\'t have any verification methods registered"', () => {
		// Given noah is Enforced and never registered anything
		const state = noah();
		// When he signs in to the portal
		const result = signIn(state, 'noah', 'browser');
		// Then the interactive registration interrupt shows
		expectSignIn(result.entry, 'Interrupted', 50_072, mfaResultDetails.noMethods);
		expect(userSaid(result)).toContain('More information required');
	});

	it('interrupts a modern app with AADSTS50079', () => {
		const {entry} = signIn(noah(), 'noah', 'teams');
		expectSignIn(entry, 'Interrupted', 50_079, mfaResultDetails.noMethods);
	});

	it('lets a trusted-IP sign-in through before registration is ever reached (bypasses come first, 6.1 step 5)', () => {
		// Given the tenant lists the range of noah's network (198.51.100.7) as trusted
		const state = noah({settings: {trustedIpRanges: ['198.51.100.0/24']}});
		// When he signs in from there, still with nothing registered
		const {entry} = signIn(state, 'noah', 'browser');
		// Then no registration interrupt: the location bypass wins
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedLocation);
	});
});

describe('"Require selected users to provide contact methods again" (mustRegisterAgain)', () => {
	const registered = {methods: registeredMethods(), defaultMethod: 'app-notification' as const, mustRegisterAgain: true};

	it('forces registration in the browser even though methods are registered', () => {
		// Given noah has Authenticator and a phone, and the admin required contact methods again
		const state = noah({user: registered});
		// When he signs in to the portal
		const {entry} = signIn(state, 'noah', 'browser');
		// Then he is sent through registration, logged as "registration prompted"
		expectSignIn(entry, 'Interrupted', 50_072, mfaResultDetails.registrationPrompted);
	});

	it('forces registration in a modern app with AADSTS50079', () => {
		const {entry} = signIn(noah({user: registered}), 'noah', 'teams');
		expectSignIn(entry, 'Interrupted', 50_079, mfaResultDetails.registrationPrompted);
	});

	it('leaves a legacy client working with its existing app password (fact sheet 7.3)', () => {
		// Given it is 2021 and Thunderbird holds one of noah's app passwords
		const appPassword = {id: 'ap-1', name: 'Laptop', createdAt: before2022 - 10 * DAY, hash: 'fake-hash', lookupTag: 'tag'};
		const state = noah({now: before2022, user: {...registered, appPasswords: [appPassword]}});
		// When Thunderbird signs in over IMAP with the app password
		const {entry} = signIn(state, 'noah', 'thunderbird', appPasswordFacts('ap-1'));
		// Then it keeps working: no interrupt is possible on IMAP
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedAppPassword);
	});
});

describe('default method disabled in the verification options (fact sheet 8.4)', () => {
	const textDefault = {methods: registeredMethods(), defaultMethod: 'text' as const};

	it('challenges with the default text method while "Text message to phone" is allowed', () => {
		const {entry} = signIn(noah({user: textDefault}), 'noah', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
		expect(entry.authMethod).toBe('Text message');
	});

	it('forces re-registration once the admin unticks "Text message to phone"', () => {
		// Given noah's default is "Text code to my authentication phone" and the admin disabled text messages
		const state = noah({user: textDefault, settings: {verificationOptions: {...allOptionsOn, text: false}}});
		// When he signs in to the portal
		const {entry} = signIn(state, 'noah', 'browser');
		// Then he must register again to pick a new default
		expectSignIn(entry, 'Interrupted', 50_072, mfaResultDetails.registrationPrompted);
	});
});

describe('security defaults allow only the Authenticator app and OATH codes (fact sheet 1.1, ticket 23)', () => {
	it('sends a user with only a mobile phone registered to registration', () => {
		// Given security defaults are on and noah (Disabled per-user) registered only a mobile number
		const state = noah({securityDefaults: true, user: {perUserMfa: 'disabled', methods: {...noMethods, authenticationPhone: {number: '+1 4255550100'}}, defaultMethod: 'text'}});
		// When he signs in to the portal
		const {entry} = signIn(state, 'noah', 'browser');
		// Then SMS is not an option and registration runs
		expectSignIn(entry, 'Interrupted', 50_072, mfaResultDetails.registrationPrompted);
		expect(entry.requirementPolicies).toEqual(['Security defaults']);
	});

	it('challenges the same user once he has Authenticator', () => {
		const state = noah({securityDefaults: true, user: {perUserMfa: 'disabled', methods: registeredMethods(), defaultMethod: 'app-notification'}});
		const {entry} = signIn(state, 'noah', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
		expect(entry.authMethod).toBe('Mobile app notification');
	});

	it('logs "registration prompted", not "no methods registered", for a user whose only method is an office phone', () => {
		// Given security defaults are on and noah registered only his office desk phone
		const state = noah({securityDefaults: true, user: {perUserMfa: 'disabled', methods: {...noMethods, officePhone: {number: '+1 4255550111'}}, defaultMethod: 'office-call'}});
		// When he signs in to the portal
		const {entry} = signIn(state, 'noah', 'browser');
		// Then he is interrupted; he DOES have a method registered, so the detail must not claim he has none
		expectSignIn(entry, 'Interrupted', 50_072, mfaResultDetails.registrationPrompted);
	});
});

describe('legacy clients never get a registration interrupt (fact sheet 6.1 step 6)', () => {
	it('fails IMAP for an Enforced user with no methods instead of interrupting it', () => {
		// Given 2021, noah Enforced with nothing registered, Thunderbird with his normal password
		const state = noah({now: before2022});
		// When Thunderbird signs in over IMAP
		const result = signIn(state, 'noah', 'thunderbird');
		// Then it is a plain failure with no registration detail: IMAP cannot show "More information required"
		expectSignIn(result.entry, 'Failure', 50_076);
		expect(result.entry.mfaResultDetail).toBeUndefined();
		expect(userSaid(result)).toContain('password is wrong');
	});

	it('lets IMAP through for an Enabled user with no methods (Enabled does not affect legacy clients)', () => {
		const {entry} = signIn(noah({now: before2022, user: {perUserMfa: 'enabled'}}), 'noah', 'thunderbird');
		expectSignIn(entry, 'Success');
		expect(entry.authenticationRequirement).toBe('singleFactorAuthentication');
	});
});
