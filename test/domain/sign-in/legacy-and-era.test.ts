/**
 * Legacy (Basic-auth) clients, app passwords and the 1 Oct 2022 Exchange Online retirement
 * (fact sheet 0.3, 4.1, 5, 6.1 step 3, 10; tickets 15, 17, 18, 19, 28). Omar is Enforced with
 * Authenticator registered and one app password, "Laptop" (id ap-1).
 */
import {describe, expect, it} from 'vitest';
import {DAY} from '../../../source/domain/common/time.js';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import type {ExchangeSettings} from '../../../source/domain/tenant/tenant.js';
import type {User} from '../../../source/domain/tenant/user.js';
import type {Client, PowerShellClient} from '../../../source/domain/world/client.js';
import {appPasswordFacts, before2022, browser, buildPerson, buildState, buildUser, imapClient, instant, iosMail, outlook, registeredMethods, smtpScanner, today} from '../../helpers/build-state.js';
import {expectSignIn, signIn, userOf, userSaid} from '../../helpers/sign-in-helpers.js';

type Story = {
	readonly now?: number;
	readonly clients: readonly Client[];
	readonly user?: Partial<User>;
	readonly securityDefaults?: boolean;
	readonly exchange?: Partial<ExchangeSettings>;
};

const laptopAppPassword = {id: 'ap-1', name: 'Laptop', createdAt: instant('2021-01-10T00:00:00Z'), hash: 'fake-hash', lookupTag: 'tag-1'};
const exchangePowerShell: PowerShellClient = {id: 'exo-ps', name: 'Exchange Online PowerShell', kind: 'exchange-powershell'};

function omar(story: Story) {
	return buildState({
		now: story.now ?? today,
		tenant: {securityDefaults: story.securityDefaults ?? false, exchange: {modernAuthEnabled: true, smtpBasicAuthEnabled: true, ...story.exchange}},
		settings: {appPasswordsAllowed: true},
		users: [buildUser({id: 'omar', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification', appPasswords: [laptopAppPassword], ...story.user})],
		people: [buildPerson({userId: 'omar', clients: story.clients})],
	});
}

describe('app passwords before 1 Oct 2022 (fact sheet 4.1, ticket 15)', () => {
	it('lets Outlook 2010 in with an app password and logs "skipped due to app password"', () => {
		// Given it is 2021 and omar typed his app password into Outlook 2010
		const state = omar({now: before2022, clients: [outlook('2010')]});
		// When Outlook signs in
		const result = signIn(state, 'omar', 'outlook', appPasswordFacts('ap-1'));
		// Then no prompt was needed, and the log says why
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.skippedAppPassword);
		expect(result.entry.requirementPolicies).toEqual(['MFA: Per-user']);
		expect(userSaid(result)).toContain('working again');
	});

	it('records when the app password was last used', () => {
		const result = signIn(omar({now: before2022, clients: [outlook('2010')]}), 'omar', 'outlook', appPasswordFacts('ap-1'));
		expect(userOf(result.state, 'omar').appPasswords[0]?.lastUsedAt).toBe(before2022);
	});

	it('refuses the normal password on Outlook 2010 with AADSTS50076', () => {
		const result = signIn(omar({now: before2022, clients: [outlook('2010')]}), 'omar', 'outlook');
		expectSignIn(result.entry, 'Failure', 50_076);
		expect(result.entry.mfaResultDetail).toBeUndefined();
	});

	it('refuses an app password on Exchange Online PowerShell: admin tools cannot use app passwords (fact sheet 4.1)', () => {
		// Given it is 2021 and omar types his app password into the old Basic-auth Exchange Online PowerShell module
		const state = omar({now: before2022, clients: [exchangePowerShell], user: {roles: ['global-administrator']}});
		// When PowerShell signs in
		const {entry} = signIn(state, 'omar', 'exo-ps', appPasswordFacts('ap-1'));
		// Then it fails: "Admin actions can't be done with app passwords through non-browser apps such as Windows PowerShell"
		expect(entry.status).toBe('Failure');
		expect(entry.mfaResultDetail).not.toBe(mfaResultDetails.skippedAppPassword);
	});
});

describe('after 1 Oct 2022 Exchange Online refuses Basic auth (fact sheet 0.3, 10, ticket 19)', () => {
	const retired: ReadonlyArray<[string, Client, string]> = [
		['IMAP (Thunderbird)', imapClient(), 'IMAP4'],
		['Exchange ActiveSync (iPhone Mail, Configure Manually)', iosMail('configure-manually'), 'Exchange ActiveSync'],
		['MAPI/RPC (Outlook 2010)', outlook('2010'), 'Outlook Anywhere (RPC over HTTP)'],
	];

	it.each(retired)('fails %s even with a valid app password', (_name, client, clientApp) => {
		// Given it is 2024 and the client holds omar's app password
		const state = omar({clients: [client]});
		// When it signs in
		const result = signIn(state, 'omar', client.id, appPasswordFacts('ap-1'));
		// Then Basic auth is gone for that protocol: no app password can help
		expect(result.entry.clientApp).toBe(clientApp);
		expect(result.entry.status).toBe('Failure');
		expect(result.entry.mfaResultDetail).toBeUndefined();
	});

	it.each(retired)('fails %s with the normal password even for a Disabled user', (_name, client) => {
		const state = omar({clients: [client], user: {perUserMfa: 'disabled'}});
		const {entry} = signIn(state, 'omar', client.id);
		expect(entry.status).toBe('Failure');
	});

	it('still sends mail from the SMTP scanner with an app password (SMTP AUTH kept Basic)', () => {
		// Given it is 2024 and the office scanner holds omar's app password
		const state = omar({clients: [smtpScanner()]});
		// When it authenticates to send a scan
		const {entry} = signIn(state, 'omar', 'scanner', appPasswordFacts('ap-1'));
		// Then SMTP AUTH accepts it
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedAppPassword);
		expect(entry.clientApp).toBe('Authenticated SMTP');
	});

	it('fails the SMTP scanner once SMTP AUTH Basic is disabled for the tenant (ticket 28)', () => {
		// Given the tenant turned off SMTP AUTH with Basic authentication
		const state = omar({clients: [smtpScanner()], exchange: {smtpBasicAuthEnabled: false}});
		// When the scanner sends with the (correct) app password
		const result = signIn(state, 'omar', 'scanner', appPasswordFacts('ap-1'));
		// Then it fails whatever the credential
		expect(result.entry.status).toBe('Failure');
		expect(userSaid(result)).toContain('authentication failed');
	});
});

describe('security defaults block legacy authentication (fact sheet 1.1, 6.1 step 3)', () => {
	it('blocks IMAP with an app password with AADSTS530035, even before 2022', () => {
		const state = omar({now: before2022, securityDefaults: true, clients: [imapClient()]});
		const {entry} = signIn(state, 'omar', 'thunderbird', appPasswordFacts('ap-1'));
		expectSignIn(entry, 'Failure', 530_035);
	});

	it('blocks the SMTP scanner with AADSTS530035', () => {
		const state = omar({securityDefaults: true, clients: [smtpScanner()]});
		const {entry} = signIn(state, 'omar', 'scanner', appPasswordFacts('ap-1'));
		expectSignIn(entry, 'Failure', 530_035);
	});
});

describe('an app password typed into a browser (fact sheet 4.1)', () => {
	it('fails with AADSTS50126: app passwords only work for non-browser Basic-auth clients', () => {
		// Given omar pastes his app password into the portal sign-in page
		const state = omar({clients: [browser()]});
		// When he signs in
		const result = signIn(state, 'omar', 'browser', appPasswordFacts('ap-1'));
		// Then it counts as a wrong password
		expectSignIn(result.entry, 'Failure', 50_126);
		expect(userOf(result.state, 'omar').lockout.failedAttempts).toBe(1);
	});
});

describe('which authentication each client uses (fact sheet 5, tickets 17-19)', () => {
	/** A pre-2022 sign-in with the normal password: legacy clients then fail with 50076, modern ones get MFA. */
	function labelOf(client: Client, exchange: Partial<ExchangeSettings> = {}) {
		return signIn(omar({now: before2022, clients: [client], exchange}), 'omar', client.id).entry;
	}

	it('treats Outlook 2013 without registry keys as legacy (MAPI over HTTP, 50076 for an Enforced user)', () => {
		const entry = labelOf(outlook('2013'));
		expect(entry.clientApp).toBe('MAPI over HTTP');
		expectSignIn(entry, 'Failure', 50_076);
	});

	it('treats Outlook 2013 with EnableADAL=1 and Version=1 as modern: it shows the MFA prompt', () => {
		const entry = labelOf(outlook('2013', {enableAdal: 1, version: 1}));
		expect(entry.clientApp).toBe('Mobile apps and desktop clients');
		expectSignIn(entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('keeps Outlook 2013 legacy with EnableADAL=1 but no Version value', () => {
		expect(labelOf(outlook('2013', {enableAdal: 1})).clientApp).toBe('MAPI over HTTP');
	});

	it('treats Outlook 2016 as modern by default', () => {
		expect(labelOf(outlook('2016')).clientApp).toBe('Mobile apps and desktop clients');
	});

	it('treats Outlook 2016 with EnableADAL=0 as legacy (ticket 18)', () => {
		const entry = labelOf(outlook('2016', {enableAdal: 0}));
		expect(entry.clientApp).toBe('MAPI over HTTP');
		expectSignIn(entry, 'Failure', 50_076);
	});

	it('treats Outlook 2016 with AlwaysUseMSOAuthForAutoDiscover=1 as modern', () => {
		expect(labelOf(outlook('2016', {alwaysUseMsoAuthForAutoDiscover: 1})).clientApp).toBe('Mobile apps and desktop clients');
	});

	it('falls Outlook 2016 back to Basic when the tenant has Exchange modern auth off', () => {
		// Given an old tenant with OAuth2ClientProfileEnabled = false
		const entry = labelOf(outlook('2016'), {modernAuthEnabled: false});
		// Then Outlook falls back to Basic and, for an Enforced user, needs an app password
		expect(entry.clientApp).toBe('MAPI over HTTP');
		expectSignIn(entry, 'Failure', 50_076);
	});

	it.each<[string, string, Client]>([
		['Sign In', 'Mobile apps and desktop clients', iosMail('sign-in')],
		['Configure Manually', 'Exchange ActiveSync', iosMail('configure-manually')],
		['an IMAP account', 'IMAP4', iosMail('imap')],
	])('labels iPhone Mail added with %s as "%s"', (_setup, clientApp, client) => {
		expect(labelOf(client).clientApp).toBe(clientApp);
	});

	it('treats iPhone Mail "Sign In" as modern only from iOS 11', () => {
		expect(labelOf(iosMail('sign-in', {iosVersion: 10})).clientApp).toBe('Exchange ActiveSync');
	});
});

describe('the era boundary itself', () => {
	it('still accepts the app password on IMAP the day before the retirement', () => {
		const state = omar({now: instant('2022-09-30T12:00:00Z'), clients: [imapClient()]});
		const {entry} = signIn(state, 'omar', 'thunderbird', appPasswordFacts('ap-1'));
		expectSignIn(entry, 'Success', 0, mfaResultDetails.skippedAppPassword);
	});

	it('refuses it on 1 Oct 2022', () => {
		const state = omar({now: instant('2022-10-01T00:00:00Z') + DAY / 2, clients: [imapClient()]});
		const {entry} = signIn(state, 'omar', 'thunderbird', appPasswordFacts('ap-1'));
		expect(entry.status).toBe('Failure');
	});
});
