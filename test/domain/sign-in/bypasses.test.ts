/**
 * Bypasses of a per-user MFA requirement (fact sheet 6.1 step 5, 8.3, 8.5, tickets 13 and 14):
 * trusted IPs ("At the office I'm never asked for MFA"), the legacy-client trusted-IP exception,
 * and remembered devices ("I'm only asked every couple of months on my laptop").
 */
import {describe, expect, it} from 'vitest';
import {DAY} from '../../../source/domain/common/time.js';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import type {LicenseTier} from '../../../source/domain/tenant/tenant.js';
import type {User} from '../../../source/domain/tenant/user.js';
import type {MfaServiceSettings} from '../../../source/domain/tenant/service-settings.js';
import type {Client} from '../../../source/domain/world/client.js';
import type {NetworkId} from '../../../source/domain/common/ids.js';
import {before2022, browser, buildPerson, buildState, buildUser, outlook, registeredMethods, teams, today} from '../../helpers/build-state.js';
import {advance, changeSettings, changeUser, expectSignIn, personOf, phoneLog, signIn, userOf} from '../../helpers/sign-in-helpers.js';

/** The office egress (203.0.113.10) is inside this range; home and hotel are not. */
const officeRange = '203.0.113.0/24';

type Story = {
	readonly networkId?: NetworkId;
	readonly license?: LicenseTier;
	readonly securityDefaults?: boolean;
	readonly settings?: Partial<MfaServiceSettings>;
	readonly user?: Partial<User>;
	readonly clients?: readonly Client[];
	readonly ticksDontAskAgain?: boolean;
	readonly now?: number;
};

/** Priya: Enforced, Authenticator push as default, signing in from wherever the story puts her. */
function priya(story: Story = {}) {
	return buildState({
		now: story.now ?? today,
		tenant: {license: story.license ?? 'p1', securityDefaults: story.securityDefaults ?? false},
		settings: {trustedIpRanges: [officeRange], ...story.settings},
		users: [buildUser({id: 'priya', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification', ...story.user})],
		people: [
			buildPerson({
				userId: 'priya',
				networkId: story.networkId ?? 'office',
				clients: story.clients ?? [browser(), teams()],
				behaviour: {pressesHash: true, pushResponse: 'approve', checksAuthenticatorManually: false, ticksDontAskAgain: story.ticksDontAskAgain ?? false},
			}),
		],
	});
}

describe('trusted IPs (fact sheet 8.3, ticket 13)', () => {
	it('skips MFA for a browser sign-in from inside a trusted range', () => {
		// Given the office range is trusted and priya is at the office
		const state = priya();
		// When she signs in to the portal
		const result = signIn(state, 'priya', 'browser');
		// Then the log shows the location bypass and her phone never buzzed
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.skippedLocation);
		expect(result.entry.authenticationRequirement).toBe('multiFactorAuthentication');
		expect(phoneLog(result.state, 'priya')).toEqual([]);
	});

	it('skips MFA for a modern desktop/mobile app from inside a trusted range', () => {
		// Given priya is at the office
		const state = priya();
		// When Teams signs her in
		const {entry} = signIn(state, 'priya', 'teams');
		// Then Teams is a modern app and gets the same location bypass
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedLocation);
		expect(entry.clientApp).toBe('Mobile apps and desktop clients');
	});

	it('still challenges the same user at home, outside every trusted range', () => {
		// Given priya works from home today
		const state = priya({networkId: 'home'});
		// When she signs in to the portal
		const result = signIn(state, 'priya', 'browser');
		// Then she gets the Authenticator prompt
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(result.entry.authMethod).toBe('Mobile app notification');
		expect(phoneLog(result.state, 'priya').map((event) => event.type)).toEqual(['push-received']);
	});

	it.each<LicenseTier>(['free', 'office365'])('ignores trusted ranges on a %s licence (trusted IPs need P1 or P2)', (license) => {
		// Given the range is configured but the tenant has no Entra ID P1/P2
		const state = priya({license});
		// When priya signs in from the office
		const {entry} = signIn(state, 'priya', 'browser');
		// Then the range has no effect and she is challenged
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('honours trusted ranges on a P2 licence as well', () => {
		const {entry} = signIn(priya({license: 'p2'}), 'priya', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedLocation);
	});

	it('challenges admins from a trusted range when security defaults (not per-user MFA) require MFA', () => {
		// Given security defaults are on and priya is a Global Administrator; the legacy per-user MFA
		// service settings still list the office range (fact sheet 1.1: admins must do MFA at EVERY sign-in;
		// trusted IPs are a per-user MFA service setting, 8.3)
		const state = priya({securityDefaults: true, user: {perUserMfa: 'disabled', roles: ['global-administrator']}});
		// When she signs in from the office
		const {entry} = signIn(state, 'priya', 'browser');
		// Then security defaults still make her do MFA
		expect(entry.requirementPolicies).toEqual(['Security defaults']);
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});
});

describe('legacy clients inside a trusted range (fact sheet 4.1, 8.3)', () => {
	function legacyStory(networkId: NetworkId, appPasswords: User['appPasswords'] = []) {
		return priya({now: before2022, networkId, clients: [outlook('2010')], user: {appPasswords}});
	}

	const laptopAppPassword = {id: 'ap-1', name: 'Laptop', createdAt: before2022 - 30 * DAY, hash: 'fake-hash', lookupTag: 'tag-1'};

	it('accepts the plain password on Outlook 2010 in the office while the user has no app passwords', () => {
		// Given priya is Enforced, in the office, and never created an app password (2021)
		const state = legacyStory('office');
		// When Outlook 2010 signs in with her normal password
		const {entry} = signIn(state, 'priya', 'outlook');
		// Then the trusted range lets the old client through without an app password
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedLocation);
		expect(entry.clientApp).toBe('Outlook Anywhere (RPC over HTTP)');
	});

	it('requires the app password in the office once the user has created one', () => {
		// Given priya created an app password for her laptop
		const state = legacyStory('office', [laptopAppPassword]);
		// When Outlook 2010 still sends her normal password
		const {entry} = signIn(state, 'priya', 'outlook');
		// Then the exception no longer applies: MFA is required and Outlook cannot show it
		expectSignIn(entry, 'Failure', 50_076);
	});

	it('refuses the plain password on Outlook 2010 at home', () => {
		const {entry} = signIn(legacyStory('home'), 'priya', 'outlook');
		expectSignIn(entry, 'Failure', 50_076);
	});
});

describe('remembered devices (fact sheet 8.5, ticket 14)', () => {
	const grantedAt = today - 3 * DAY;
	const laptopGrant = {id: 'grant-laptop', clientId: 'browser', grantedAt, expiresAt: grantedAt + 14 * DAY};
	const remembered = {rememberMfa: {enabled: true, days: 14}};

	/** Priya at home with a laptop browser that holds a remember-MFA cookie, and a second browser that does not. */
	function rememberedLaptop(story: Story = {}) {
		return priya({
			networkId: 'home',
			settings: {...remembered, ...story.settings},
			user: {rememberedDevices: [laptopGrant], ...story.user},
			clients: [browser({rememberCookie: {grantId: laptopGrant.id}}), browser({id: 'chrome', name: 'Chrome on desktop'})],
			...(story.now === undefined ? {} : {now: story.now}),
			...(story.securityDefaults === undefined ? {} : {securityDefaults: story.securityDefaults}),
		});
	}

	it('skips MFA in the browser that holds a valid cookie', () => {
		// Given priya ticked "Don't ask again for 14 days" on her laptop three days ago
		const state = rememberedLaptop();
		// When she signs in from that browser at home
		const result = signIn(state, 'priya', 'browser');
		// Then nothing is asked and the log says why
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.skippedRememberedDevice);
		expect(phoneLog(result.state, 'priya')).toEqual([]);
	});

	it('prompts in another browser on the same person (one cookie per browser)', () => {
		const {entry} = signIn(rememberedLaptop(), 'priya', 'chrome');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('prompts again once the admin turns remember-MFA off', () => {
		// Given the admin unticks "Allow users to remember multi-factor authentication"
		const state = changeSettings(rememberedLaptop(), {rememberMfa: {enabled: false, days: 14}});
		// When priya signs in from the remembered laptop
		const {entry} = signIn(state, 'priya', 'browser');
		// Then the cookie no longer counts
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('still honours the cookie one day before the 14 days run out', () => {
		const state = advance(rememberedLaptop(), 10 * DAY);
		const {entry} = signIn(state, 'priya', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedRememberedDevice);
	});

	it('prompts again once the 14 days have passed', () => {
		// Given 11 more days pass (14 since the grant)
		const state = advance(rememberedLaptop(), 11 * DAY);
		// When priya signs in from the laptop
		const {entry} = signIn(state, 'priya', 'browser');
		// Then the grant has expired
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('prompts again when the admin lowers the day count below the age of the grant', () => {
		// Given the grant is 3 days old and the admin sets "Number of days users can trust devices for" to 2
		const state = changeSettings(rememberedLaptop(), {rememberMfa: {enabled: true, days: 2}});
		// When priya signs in from the laptop
		const {entry} = signIn(state, 'priya', 'browser');
		// Then the shorter lifetime wins
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('challenges an admin in a remembered browser when security defaults (not per-user MFA) require MFA', () => {
		// Given security defaults are on and priya, a Global Administrator, holds a valid remember-MFA cookie
		// (fact sheet 1.1: admins must do MFA at EVERY sign-in; remember-MFA is a per-user MFA service setting, 8.5)
		const state = rememberedLaptop({securityDefaults: true, user: {perUserMfa: 'disabled', roles: ['global-administrator']}});
		// When she signs in from the remembered laptop
		const {entry} = signIn(state, 'priya', 'browser');
		// Then security defaults still make her do MFA
		expect(entry.requirementPolicies).toEqual(['Security defaults']);
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('prompts again after "Restore multi-factor authentication on all remembered devices" removed the grant', () => {
		// Given the admin restored MFA on all remembered devices: the tenant forgets the grant, the cookie stays
		const state = changeUser(rememberedLaptop(), 'priya', {rememberedDevices: []});
		// When priya signs in from the laptop
		const {entry} = signIn(state, 'priya', 'browser');
		// Then the leftover cookie is worthless
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('prompts again after "Revoke MFA sessions" (mfaSessionsRevokedAt after the grant)', () => {
		const state = changeUser(rememberedLaptop(), 'priya', {mfaSessionsRevokedAt: today - DAY});
		const {entry} = signIn(state, 'priya', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('keeps honouring a grant made after an older MFA-session revocation', () => {
		const state = changeUser(rememberedLaptop(), 'priya', {mfaSessionsRevokedAt: grantedAt - DAY});
		const {entry} = signIn(state, 'priya', 'browser');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedRememberedDevice);
	});
});

describe('ticking "Don\'t ask again for N days" (fact sheet 6.1 step 8, 8.5)', () => {
	function ticker(settings: Partial<MfaServiceSettings> = {rememberMfa: {enabled: true, days: 30}}, clients: readonly Client[] = [browser(), browser({id: 'chrome', name: 'Chrome on desktop'}), teams()]) {
		return priya({networkId: 'home', ticksDontAskAgain: true, settings, clients});
	}

	it('creates a grant for this browser and stores the cookie in it', () => {
		// Given remember-MFA is on for 30 days and priya ticks the box
		const state = ticker();
		// When she completes MFA in the laptop browser
		const result = signIn(state, 'priya', 'browser');
		// Then the tenant holds a 30-day grant and the browser holds its cookie
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		const grants = userOf(result.state, 'priya').rememberedDevices;
		expect(grants).toHaveLength(1);
		expect(grants[0]).toMatchObject({clientId: 'browser', grantedAt: today, expiresAt: today + 30 * DAY});
		const laptop = personOf(result.state, 'priya').clients.find((client) => client.id === 'browser');
		expect(laptop?.kind === 'browser' ? laptop.rememberCookie : undefined).toEqual({grantId: grants[0]!.id});
	});

	it('skips MFA at the next sign-in in the same browser', () => {
		const first = signIn(ticker(), 'priya', 'browser');
		const second = signIn(advance(first.state, DAY), 'priya', 'browser');
		expectSignIn(second.entry, 'Success', 0, mfaResultDetails.skippedRememberedDevice);
	});

	it('still prompts in a second browser', () => {
		const first = signIn(ticker(), 'priya', 'browser');
		const second = signIn(advance(first.state, DAY), 'priya', 'chrome');
		expectSignIn(second.entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('creates no grant when remember-MFA is off (the box is not offered)', () => {
		const result = signIn(ticker({rememberMfa: {enabled: false, days: 30}}), 'priya', 'browser');
		expect(userOf(result.state, 'priya').rememberedDevices).toEqual([]);
	});

	it('creates no grant for a modern app: the box never appears outside browsers (fact sheet 5)', () => {
		const result = signIn(ticker(), 'priya', 'teams');
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(userOf(result.state, 'priya').rememberedDevices).toEqual([]);
	});

	it('creates no grant for a B2B guest: remember-MFA is not shown to guests (fact sheet 8.5)', () => {
		// Given a guest whose home tenant requires MFA, in a tenant with remember-MFA on
		const state = priya({
			networkId: 'home',
			ticksDontAskAgain: true,
			settings: {rememberMfa: {enabled: true, days: 30}},
			user: {userType: 'guest', guestHome: {tenantName: 'Fabrikam', mfaRequired: true}, perUserMfa: 'disabled'},
		});
		// When the guest completes MFA in a browser (and would tick the box if offered)
		const result = signIn(state, 'priya', 'browser');
		// Then no remembered-device grant is created
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(userOf(result.state, 'priya').rememberedDevices).toEqual([]);
	});
});
