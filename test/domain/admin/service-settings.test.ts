import {describe, expect, it} from 'vitest';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {settingsActivities} from '../../../source/domain/admin/service-settings.js';
import {buildState, buildUser, instant} from '../../helpers/build-state.js';
import {appPassword, expectApplied, expectRejected, onlyAudit, run, userIn} from '../../helpers/admin-helpers.js';

const in2019 = instant('2019-06-15T09:00:00Z');

describe('app passwords setting (fact sheet 8.2, 4.3)', () => {
	it('turning app passwords off leaves existing app passwords in place', () => {
		// Given app passwords are allowed and Priya has one for her scanner
		const state = buildState({settings: {appPasswordsAllowed: true}, users: [buildUser({id: 'priya', appPasswords: [appPassword('ap-1', 'Scanner')]})]});

		// When the admin chooses "Do not allow users to create app passwords"
		const next = run(state, {type: 'set-app-passwords-allowed', allowed: false});

		// Then the setting is off but her app password survives (4.3 step 8)
		expect(next.tenant.settings.appPasswordsAllowed).toBe(false);
		expect(userIn(next, 'priya').appPasswords).toHaveLength(1);
		expect(onlyAudit(next, settingsActivities.mfaServiceSettings).details).toEqual({
			setting: 'App passwords',
			oldValue: 'Allow users to create app passwords',
			newValue: 'Do not allow users to create app passwords',
		});
	});

	it('lets an Authentication Policy Administrator allow app passwords', () => {
		// Given an APA
		const state = buildState({actorRoles: ['authentication-policy-administrator']});

		// When they allow app passwords
		const next = run(state, {type: 'set-app-passwords-allowed', allowed: true});

		// Then the setting is on, with the change in the audit log as a policy change
		expect(next.tenant.settings.appPasswordsAllowed).toBe(true);
		expect(onlyAudit(next, settingsActivities.mfaServiceSettings).category).toBe('Policy');
	});

	it('writes nothing when the setting already has that value', () => {
		// Given app passwords are not allowed (the default)
		const state = buildState();

		// When the admin saves "not allowed" again
		const result = expectApplied(applyAdminCommand(state, {type: 'set-app-passwords-allowed', allowed: false}));

		// Then there is no change and no audit
		expect(result.state).toBe(state);
		expect(result.events).toEqual([]);
	});
});

describe('trusted IPs (fact sheet 8.3)', () => {
	it('stores public ranges and the federated-intranet checkbox on a P1 tenant', () => {
		// Given a P1 tenant
		const state = buildState({tenant: {license: 'p1'}});

		// When the admin enters the office egress range, with blank lines and a repeat
		const next = run(state, {type: 'set-trusted-ips', ranges: ['203.0.113.0/24', ' ', '198.51.100.7/32', '203.0.113.0/24'], skipForFederatedIntranet: true});

		// Then the cleaned list is stored
		expect(next.tenant.settings.trustedIpRanges).toEqual(['203.0.113.0/24', '198.51.100.7/32']);
		expect(next.tenant.settings.skipForFederatedIntranet).toBe(true);
		expect(onlyAudit(next, settingsActivities.mfaServiceSettings).details['newValue']).toBe('203.0.113.0/24, 198.51.100.7/32');
	});

	it('needs Entra ID P1 or P2', () => {
		// Given an Office 365-only tenant
		const state = buildState({tenant: {license: 'office365'}});

		// When the admin adds a trusted range
		const result = applyAdminCommand(state, {type: 'set-trusted-ips', ranges: ['203.0.113.0/24'], skipForFederatedIntranet: false});

		// Then a licence is required
		expect(expectRejected(result, 'license/required').message).toContain('P1 or P2');
	});

	it('still lets an unlicensed tenant clear its trusted IPs', () => {
		// Given a tenant downgraded to Free that still has a range
		const state = buildState({tenant: {license: 'free'}, settings: {trustedIpRanges: ['203.0.113.0/24']}});

		// When the admin clears the list
		const next = run(state, {type: 'set-trusted-ips', ranges: [], skipForFederatedIntranet: false});

		// Then it is empty
		expect(next.tenant.settings.trustedIpRanges).toEqual([]);
	});

	it('lets a Conditional Access Administrator configure trusted IPs', () => {
		// Given a CA admin
		const state = buildState({actorRoles: ['conditional-access-administrator']});

		// When they add the office range
		const next = run(state, {type: 'set-trusted-ips', ranges: ['203.0.113.0/24'], skipForFederatedIntranet: false});

		// Then it is stored
		expect(next.tenant.settings.trustedIpRanges).toEqual(['203.0.113.0/24']);
	});

	it('refuses a private range and leaves the settings alone', () => {
		// Given the admin copies the office LAN range from ipconfig
		const state = buildState();

		// When they enter it
		const result = applyAdminCommand(state, {type: 'set-trusted-ips', ranges: ['203.0.113.0/24', '192.168.1.0/24'], skipForFederatedIntranet: false});

		// Then it is refused: cloud MFA sees the public egress address
		expect(expectRejected(result, 'settings/private-range').message).toContain('192.168.1.0/24');
	});
});

describe('verification options (fact sheet 8.4)', () => {
	it('keeps at least one option on', () => {
		// Given the default options
		const state = buildState();

		// When the admin unticks all four
		const result = applyAdminCommand(state, {type: 'set-verification-options', options: {call: false, text: false, appNotification: false, appCode: false}});

		// Then it is refused
		expectRejected(result, 'settings/no-verification-option');
	});

	it('turns off call and text, leaving the app', () => {
		// Given the default options
		const state = buildState();

		// When the admin leaves only the app options
		const next = run(state, {type: 'set-verification-options', options: {call: false, text: false, appNotification: true, appCode: true}});

		// Then only the app options are on, and the audit lists both sets
		expect(next.tenant.settings.verificationOptions).toEqual({call: false, text: false, appNotification: true, appCode: true});
		expect(onlyAudit(next, settingsActivities.mfaServiceSettings).details['newValue']).toBe('Notification through mobile app, Verification code from mobile app or hardware token');
	});

	it('is a no-op when the same options come in another key order', () => {
		// Given the default options
		const state = buildState();

		// When the admin saves the same four ticks
		const result = expectApplied(applyAdminCommand(state, {type: 'set-verification-options', options: {appCode: true, appNotification: true, text: true, call: true}}));

		// Then nothing is audited
		expect(result.events).toEqual([]);
	});
});

describe('remember multi-factor authentication (fact sheet 8.5)', () => {
	it.each([1, 90, 365])('accepts %i days today', (days) => {
		// Given 2024
		const state = buildState();

		// When the admin allows remembering MFA for that many days
		const next = run(state, {type: 'set-remember-mfa', enabled: true, days});

		// Then it is stored
		expect(next.tenant.settings.rememberMfa).toEqual({enabled: true, days});
	});

	it.each([0, 366, 14.5, -3])('refuses %d days today', (days) => {
		// Given 2024
		const state = buildState();

		// When the admin enters an out-of-range value
		const result = applyAdminCommand(state, {type: 'set-remember-mfa', enabled: true, days});

		// Then it is refused with the range
		expect(expectRejected(result, 'settings/remember-days-out-of-range').message).toContain('1 to 365');
	});

	it('allows at most 60 days before the 2020 change', () => {
		// Given 2019
		const state = buildState({now: in2019});

		// When the admin tries 60 and 61 days
		const sixty = applyAdminCommand(state, {type: 'set-remember-mfa', enabled: true, days: 60});
		const sixtyOne = applyAdminCommand(state, {type: 'set-remember-mfa', enabled: true, days: 61});

		// Then 60 is the limit
		expect(expectApplied(sixty).state.tenant.settings.rememberMfa.days).toBe(60);
		expect(expectRejected(sixtyOne, 'settings/remember-days-out-of-range').message).toContain('1 to 60');
	});

	it('is a setting only a Global Administrator could change in 2019', () => {
		// Given 2019 and an Authentication Policy Administrator
		const state = buildState({now: in2019, actorRoles: ['authentication-policy-administrator']});

		// When they change remember-MFA
		const result = applyAdminCommand(state, {type: 'set-remember-mfa', enabled: true, days: 14});

		// Then it is refused
		expectRejected(result, 'role/insufficient');
	});
});

describe('security defaults and Exchange modern auth', () => {
	it('lets a Security Administrator turn security defaults on', () => {
		// Given security defaults are off
		const state = buildState({actorRoles: ['security-administrator']});

		// When the Security Administrator turns them on
		const next = run(state, {type: 'set-security-defaults', enabled: true});

		// Then they are on and audited
		expect(next.tenant.securityDefaults).toBe(true);
		expect(onlyAudit(next, settingsActivities.securityDefaults).details).toEqual({oldValue: 'Off', newValue: 'On'});
	});

	it('does not let a Helpdesk Administrator turn security defaults off', () => {
		// Given security defaults are on and a Helpdesk Administrator
		const state = buildState({actorRoles: ['helpdesk-administrator'], tenant: {securityDefaults: true}});

		// When they turn them off to make a ticket go away
		const result = applyAdminCommand(state, {type: 'set-security-defaults', enabled: false});

		// Then it is refused
		expectRejected(result, 'role/insufficient');
	});

	it('lets a Global Administrator turn Exchange modern auth on, and nobody else', () => {
		// Given an old tenant with modern auth off
		const global = buildState({tenant: {exchange: {modernAuthEnabled: false, smtpBasicAuthEnabled: true}}});
		const policyAdmin = buildState({actorRoles: ['authentication-policy-administrator'], tenant: {exchange: {modernAuthEnabled: false, smtpBasicAuthEnabled: true}}});

		// When each runs Set-OrganizationConfig -OAuth2ClientProfileEnabled $true
		const next = run(global, {type: 'set-exchange-modern-auth', enabled: true});
		const refused = applyAdminCommand(policyAdmin, {type: 'set-exchange-modern-auth', enabled: true});

		// Then only the Global Administrator's works, and SMTP AUTH is unchanged
		expect(next.tenant.exchange).toEqual({modernAuthEnabled: true, smtpBasicAuthEnabled: true});
		expectRejected(refused, 'role/insufficient');
	});
});
