import {findContainingRange} from '../common/ipv4.js';
import {smtpBasicAuthOutlook} from '../common/smtp-auth-timeline.js';
import {smtpAuthFor} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import type {Client} from '../world/client.js';
import type {CredentialCheck} from './attempt.js';
import type {SignInContext} from './decide-sign-in.js';
import {mfaResultDetails as details} from './mfa-result-detail.js';
import type {MfaRequirement} from './requirement.js';
import {trustedIpsApply} from './bypass.js';
import {signInErrors, step, type Verdict} from './verdict.js';

/** What the user says when a Basic-auth client keeps failing: the password prompt loop (fact sheet 5). */
export function legacyComplaint(client: Client): string {
	switch (client.kind) {
		case 'outlook': {
			return `Outlook ${client.version} keeps popping up asking for my password, over and over.`;
		}

		case 'ios-mail': {
			return 'Mail on my iPhone says the password is incorrect and nothing syncs.';
		}

		case 'smtp-device': {
			return `The ${client.name} says authentication failed whenever it tries to send.`;
		}

		default: {
			return `${client.name} keeps telling me my password is wrong, but it isn't.`;
		}
	}
}

/** Basic-authentication clients: protocol gate, app passwords, then the per-user MFA wall (fact sheet 6.1 steps 2-4). */
export function decideLegacy(context: SignInContext, user: User, requirement: MfaRequirement, credential: CredentialCheck): Verdict {
	const {state, trace, era, profile, client, network} = context;
	const {tenant} = state;
	if (tenant.securityDefaults) {
		step(trace, {step: 'protocol', verdict: 'fail', detail: `Security defaults block every legacy-authentication request (${profile.clientApp}).`, source: '1.1, 6.1 step 3, 6.2 AADSTS530035'});
		return {status: 'Failure', ...signInErrors.blockedBySecurityDefaults, requirement, userSays: legacyComplaint(client)};
	}

	if (profile.protocol === 'exchange-legacy' && era.exchangeBasicAuthRetired) {
		// Exchange Online refuses Basic itself (HTTP 401); the simulator still records a row so the diagnostic can explain it (inferred, fact sheet 6.1 step 3).
		step(trace, {step: 'protocol', verdict: 'fail', detail: `Exchange Online retired Basic authentication for ${profile.clientApp} on 1 Oct 2022; no password or app password works. The fix is a modern-auth client.`, source: 'S25, 4.1, 10, 6.1 step 3'});
		return {status: 'Failure', errorCode: 0, failureReason: 'Exchange Online refused Basic authentication for this protocol (HTTP 401): Basic authentication was retired on 1 Oct 2022.', requirement, userSays: legacyComplaint(client)};
	}

	const smtp = profile.protocol === 'smtp' ? smtpAuthFor(tenant, user.id) : undefined;
	if (smtp !== undefined && !smtp.enabled) {
		// Exchange answers before Entra is asked (errorCode 0, as for the retired protocols). The 5.7.139 texts are
		// what Exchange Online replies (third-party reports; not in the fact sheet, which names 550 5.7.30 for after retirement).
		const where = smtp.decidedBy === 'mailbox' ? 'Mailbox' : 'Tenant';
		const detail =
			smtp.decidedBy === 'mailbox'
				? 'SMTP AUTH is disabled on this mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $true); the mailbox setting wins over the organisation\'s.'
				: 'SMTP AUTH is disabled for the organisation (Set-TransportConfig -SmtpClientAuthenticationDisabled $true) and this mailbox has no setting of its own.';
		step(trace, {step: 'protocol', verdict: 'fail', detail: `${detail} No password or app password works until SMTP AUTH is on for this mailbox. ${smtpBasicAuthOutlook(state.now)}`, source: 'S27, S26, 10, 9 ticket 28'});
		return {
			status: 'Failure',
			errorCode: 0,
			failureReason: `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the ${where}. Visit https://aka.ms/smtp_auth_disabled for more information.`,
			requirement,
			userSays: legacyComplaint(client),
		};
	}

	const outlook = smtp === undefined ? '' : ` ${smtpBasicAuthOutlook(state.now)}`;
	step(trace, {step: 'protocol', verdict: 'pass', detail: `${profile.clientApp} with Basic authentication is still accepted here.${outlook}`, source: smtp === undefined ? '6.1 step 3' : '10, 6.1 step 3'});
	if (credential.kind === 'app-password' && client.kind === 'exchange-powershell') {
		// Admin tools can't be used with app passwords, even on admin accounts; the client reports 0x800434D4L (fact sheet 4.1).
		step(trace, {step: 'credential', verdict: 'fail', detail: 'App passwords cannot be used for admin tools such as Exchange Online PowerShell (error 0x800434D4L). Use a modern-auth module.', source: '4.1'});
		return {status: 'Failure', ...signInErrors.badPassword, requirement, userSays: 'PowerShell says 0x800434D4L when I connect with the app password.'};
	}

	if (credential.kind === 'app-password') {
		const perUser = user.perUserMfa !== 'disabled';
		step(trace, {step: 'bypass', verdict: 'pass', detail: 'An app password was used on a legacy client: no MFA prompt is possible or needed.', source: '4.1, 6.1 step 2, 6.3'});
		return {
			status: 'Success',
			errorCode: 0,
			failureReason: '',
			requirement: perUser ? {...requirement, required: true, policies: ['MFA: Per-user']} : requirement,
			...(perUser ? {mfaResultDetail: details.skippedAppPassword} : {}),
			userSays: `${client.name} is working again.`,
			effects: {appPasswordUsed: credential.appPasswordId, resetFailedPasswords: true},
		};
	}

	if (!requirement.required) {
		step(trace, {step: 'requirement', verdict: 'pass', detail: requirement.why, source: requirement.source});
		return {status: 'Success', errorCode: 0, failureReason: '', requirement, userSays: `${client.name} works fine.`, effects: {resetFailedPasswords: true}};
	}

	step(trace, {step: 'requirement', verdict: 'info', detail: requirement.why, source: requirement.source});
	// Inside a trusted range, older rich clients need no app password if the user never created one (fact sheet 4.1, 8.3).
	const range = trustedIpsApply(tenant, requirement) ? findContainingRange(tenant.settings.trustedIpRanges, network.ip) : undefined;
	if (range !== undefined && user.appPasswords.length === 0) {
		step(trace, {step: 'bypass', verdict: 'pass', detail: `${network.ip} is inside trusted range ${range} and the user has no app passwords, so the password is accepted.`, source: '4.1, 8.3'});
		return {status: 'Success', errorCode: 0, failureReason: '', requirement, mfaResultDetail: details.skippedLocation, userSays: `${client.name} works when I'm in the office.`, effects: {resetFailedPasswords: true}};
	}

	// What a legacy client logs when an Enforced user sends the normal password is not documented (open question 5); we log 50076.
	step(trace, {step: 'challenge', verdict: 'fail', detail: `${profile.clientApp} cannot show an MFA prompt, and the user is required to do MFA. The client needs an app password or modern authentication.`, source: '2.1, 4.1, 5, 6.2 AADSTS50076'});
	return {status: 'Failure', ...signInErrors.mfaRequired, requirement, userSays: legacyComplaint(client)};
}
