import {describe, expect, it} from 'vitest';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {exchangeActivities} from '../../../source/domain/admin/exchange-smtp-auth.js';
import {can} from '../../../source/domain/admin/permissions.js';
import {eraAt} from '../../../source/domain/common/era.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import type {AdminRole} from '../../../source/domain/tenant/roles.js';
import {appPasswordFacts, buildPerson, buildState, buildUser, instant, smtpScanner} from '../../helpers/build-state.js';
import {appPassword, expectApplied, expectRejected, onlyAudit, run, userIn} from '../../helpers/admin-helpers.js';
import {expectSignIn, signIn} from '../../helpers/sign-in-helpers.js';

/**
 * Ticket 28: the Ricoh scans to email as scanner@contoso.com with an app password (the account is Enforced).
 * Over the weekend someone turned SMTP AUTH off for the organisation; the printer room's old fax gateway
 * (`fax`) sends mail the same way and should stay blocked.
 */
function weekendAfterHardening(options: {readonly actor?: readonly AdminRole[]; readonly now?: number} = {}): SimState {
	const scanner = buildUser({id: 'scanner', perUserMfa: 'enforced', appPasswords: [appPassword('ap-ricoh', 'Ricoh')]});
	const fax = buildUser({id: 'fax', perUserMfa: 'enforced', appPasswords: [appPassword('ap-fax', 'Fax gateway')]});
	return buildState({
		users: [scanner, fax],
		people: [buildPerson({userId: 'scanner', clients: [smtpScanner()]}), buildPerson({userId: 'fax', clients: [smtpScanner({id: 'fax-gateway', name: 'Fax gateway'})]})],
		tenant: {exchange: {modernAuthEnabled: true, smtpBasicAuthEnabled: false}},
		actorRoles: options.actor ?? ['exchange-administrator'],
		...(options.now === undefined ? {} : {now: options.now}),
	});
}

describe('SMTP AUTH for one mailbox: Set-CASMailbox -SmtpClientAuthenticationDisabled (ticket 28)', () => {
	it('an Exchange Administrator turns SMTP AUTH on for the scanner only; everyone else stays blocked', () => {
		// Given SMTP AUTH is off for the organisation, so the scanner's app password is refused by Exchange
		const state = weekendAfterHardening();
		const before = signIn(state, 'scanner', 'scanner', appPasswordFacts('ap-ricoh'));
		expectSignIn(before.entry, 'Failure', 0);
		expect(before.entry.failureReason).toContain('SmtpClientAuthentication is disabled for the Tenant');

		// When the Exchange Administrator runs Set-CASMailbox scanner -SmtpClientAuthenticationDisabled $false
		const next = run(state, {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'});

		// Then the scanner sends with its app password (MFA skipped for the app password), the org stays off,
		// and the fax gateway is still refused
		expectSignIn(signIn(next, 'scanner', 'scanner', appPasswordFacts('ap-ricoh')).entry, 'Success', 0, 'MFA requirement skipped due to app password');
		expect(next.tenant.exchange.smtpBasicAuthEnabled).toBe(false);
		expectSignIn(signIn(next, 'fax', 'fax-gateway', appPasswordFacts('ap-fax')).entry, 'Failure', 0);
		expect(onlyAudit(next, exchangeActivities.casMailbox)).toMatchObject({
			service: 'Exchange',
			targetUpn: 'scanner@contoso.com',
			details: {parameter: 'SmtpClientAuthenticationDisabled', oldValue: '$null', newValue: 'False'},
		});
	});

	it("a mailbox turned off wins over the organisation's on, and Exchange says so", () => {
		// Given SMTP AUTH is on for the organisation but someone disabled it on the scanner's mailbox
		const state = run(weekendAfterHardening({actor: ['global-administrator']}), {type: 'set-smtp-auth', enabled: true});
		const next = run(state, {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'disabled'});

		// When the scanner tries to send
		const result = signIn(next, 'scanner', 'scanner', appPasswordFacts('ap-ricoh'));

		// Then Exchange refuses for the mailbox, and the trace names the mailbox setting
		expectSignIn(result.entry, 'Failure', 0);
		expect(result.entry.failureReason).toBe('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.');
		expect(result.entry.trace.find((step) => step.step === 'protocol')?.detail).toContain('Set-CASMailbox -SmtpClientAuthenticationDisabled $true');
	});

	it('"organization" ($null) hands the mailbox back to the organisation setting', () => {
		// Given the scanner's own exception
		const excepted = run(weekendAfterHardening(), {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'});

		// When it is cleared
		const cleared = run(excepted, {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'organization'});

		// Then the scanner follows the organisation again, which is off
		expect(cleared.tenant.exchange.smtpAuthMailboxes).toEqual({});
		expectSignIn(signIn(cleared, 'scanner', 'scanner', appPasswordFacts('ap-ricoh')).entry, 'Failure', 0);
		expect(cleared.auditLog.at(-1)?.details).toEqual({parameter: 'SmtpClientAuthenticationDisabled', oldValue: 'False', newValue: '$null'});
	});

	it('setting the value the mailbox already has writes nothing', () => {
		const state = weekendAfterHardening();
		const result = expectApplied(applyAdminCommand(state, {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'organization'}));
		expect(result.state).toBe(state);
		expect(result.events).toEqual([]);
	});

	it('a Helpdesk Administrator may not; the refusal names who may', () => {
		const refused = expectRejected(applyAdminCommand(weekendAfterHardening({actor: ['helpdesk-administrator']}), {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'}), 'role/insufficient');
		expect(refused.message).toContain("may not change a mailbox's SMTP AUTH setting: that needs a Global Administrator or an Exchange Administrator");
	});

	it("an Exchange Administrator may change any mailbox, a Global Administrator's too", () => {
		const gwen = buildUser({id: 'gwen', roles: ['global-administrator']});
		const state = buildState({users: [gwen], actorRoles: ['exchange-administrator']});
		expect(can(userIn(state, 'admin'), 'exchange-mailbox-smtp-auth', gwen, eraAt(state.now))).toBe(true);
		expect(run(state, {type: 'set-mailbox-smtp-auth', userId: 'gwen', setting: 'disabled'}).tenant.exchange.smtpAuthMailboxes).toEqual({gwen: 'disabled'});
	});

	it('refuses a guest (their mailbox is at home), an unknown user and an unknown value, as values', () => {
		const alex = buildUser({id: 'alex', userType: 'guest', guestHome: {tenantName: 'Fabrikam', mfaRequired: true}});
		const state = buildState({users: [alex], actorRoles: ['exchange-administrator']});
		expect(expectRejected(applyAdminCommand(state, {type: 'set-mailbox-smtp-auth', userId: 'alex', setting: 'enabled'}), 'action/not-applicable').message).toContain('their mailbox is in Fabrikam');
		expectRejected(applyAdminCommand(state, {type: 'set-mailbox-smtp-auth', userId: 'nobody', setting: 'enabled'}), 'user/not-found');
		expectRejected(applyAdminCommand(state, {type: 'set-mailbox-smtp-auth', userId: 'alex', setting: 'yes' as 'enabled'}), 'input/invalid');
	});
});

describe('SMTP AUTH for the organisation: Set-TransportConfig -SmtpClientAuthenticationDisabled', () => {
	it('a Global Administrator turns it back on for everyone, audited as a policy change', () => {
		// Given the weekend's hardening
		const state = weekendAfterHardening({actor: ['global-administrator']});

		// When the admin undoes it for the whole organisation
		const next = run(state, {type: 'set-smtp-auth', enabled: true});

		// Then every mailbox without its own setting may use SMTP AUTH again: the fax gateway too
		expectSignIn(signIn(next, 'fax', 'fax-gateway', appPasswordFacts('ap-fax')).entry, 'Success', 0);
		expect(onlyAudit(next, exchangeActivities.transportConfig)).toMatchObject({
			service: 'Exchange',
			category: 'Policy',
			details: {parameter: 'SmtpClientAuthenticationDisabled', oldValue: 'True', newValue: 'False'},
		});
	});

	it('an Authentication Administrator may not touch Exchange settings', () => {
		expectRejected(applyAdminCommand(weekendAfterHardening({actor: ['authentication-administrator']}), {type: 'set-smtp-auth', enabled: true}), 'role/insufficient');
	});

	it('the same Exchange Administrator may also switch Exchange modern authentication (Set-OrganizationConfig)', () => {
		expect(run(weekendAfterHardening(), {type: 'set-exchange-modern-auth', enabled: false}).tenant.exchange.modernAuthEnabled).toBe(false);
	});

	it('turning it off when it is off writes nothing', () => {
		const state = weekendAfterHardening();
		expect(expectApplied(applyAdminCommand(state, {type: 'set-smtp-auth', enabled: false})).events).toEqual([]);
	});
});

describe('SMTP AUTH over time (fact sheet 10, row "SMTP AUTH Basic auth")', () => {
	it('after the end-of-2026 default change an admin can still turn it on: no removal date is known', () => {
		// Given a scenario in 2027
		const state = weekendAfterHardening({now: instant('2027-02-01T09:00:00Z')});

		// When the Exchange Administrator makes the scanner's exception
		const next = run(state, {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'});

		// Then it works, and the trace tells the plan as known then
		const result = signIn(next, 'scanner', 'scanner', appPasswordFacts('ap-ricoh'));
		expectSignIn(result.entry, 'Success', 0);
		expect(result.entry.trace.find((step) => step.step === 'protocol')?.detail).toContain('Since the end of December 2026 SMTP AUTH Basic authentication is off by default');
	});

	it.each([
		['2023-06-01T09:00:00Z', 'has not yet announced'],
		['2024-09-09T09:00:00Z', 'will be retired in September 2025'],
		['2025-10-01T09:00:00Z', 'start to be rejected on 1 March 2026'],
		['2026-03-01T09:00:00Z', 'no change through December 2026'],
	])('a sign-in on %s is told the plan Microsoft had announced by then', (date, plan) => {
		const state = run(weekendAfterHardening({now: instant(date)}), {type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'});
		expect(signIn(state, 'scanner', 'scanner', appPasswordFacts('ap-ricoh')).entry.trace.find((step) => step.step === 'protocol')?.detail).toContain(plan);
	});
});
