import type {UserId} from '../common/ids.js';
import {reject, type Rejection} from '../common/rejection.js';
import {recordAudit, type AuditRecord} from '../state/audit.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {MailboxSmtpAuth, Tenant} from '../tenant/tenant.js';
import {mailboxSmtpAuthSettings, type MailboxSmtpAuthSetting} from './admin-command.js';
import {authoriseTenantTask, describeUser, isRejection, resolveTarget} from './command-support.js';

/**
 * Audit activities for the SMTP AUTH switches. Invented: Exchange records cmdlets in its own admin audit log
 * (Purview) under the cmdlet's name, not in the Entra audit log; the simulator shows them in its one audit log.
 */
export const exchangeActivities = {
	// invented activity name (the cmdlet, as Exchange's admin audit log names operations)
	transportConfig: 'Set-TransportConfig',
	// invented activity name (the cmdlet, as above)
	casMailbox: 'Set-CASMailbox',
} as const;

/** `SmtpClientAuthenticationDisabled` as PowerShell prints it: on is `False`, off is `True`, following the organisation is `$null`. */
function disabledValue(setting: MailboxSmtpAuth | undefined): string {
	return setting === undefined ? '$null' : setting === 'enabled' ? 'False' : 'True';
}

function withExchange(tenant: Tenant, exchange: Partial<Tenant['exchange']>): Tenant {
	return {...tenant, exchange: {...tenant.exchange, ...exchange}};
}

function applyChange(state: SimState, tenant: Tenant, changed: boolean, audit: AuditRecord): Applied<SimState> {
	if (!changed) {
		return {ok: true, state, events: []};
	}

	const {state: next, event} = recordAudit({...state, tenant}, audit);
	return {ok: true, state: next, events: [event]};
}

/**
 * `Set-TransportConfig -SmtpClientAuthenticationDisabled`: SMTP AUTH on or off for every mailbox that has no
 * setting of its own (fact sheet 9 ticket 28). Exchange or Global Administrator. Re-enabling is accepted in
 * every era: the latest plan (fact sheet 10, 27 Jan 2026) turns Basic SMTP AUTH off by default at the end of
 * 2026 but lets admins turn it on again, and no final removal date is known.
 */
export function setSmtpAuth(state: SimState, enabled: boolean): Applied<SimState> | Rejection {
	const refused = authoriseTenantTask(state, 'exchange-smtp-auth');
	if (refused !== undefined) {
		return refused;
	}

	const old = state.tenant.exchange.smtpBasicAuthEnabled;
	return applyChange(state, withExchange(state.tenant, {smtpBasicAuthEnabled: enabled}), old !== enabled, {
		service: 'Exchange',
		category: 'Policy',
		activity: exchangeActivities.transportConfig,
		details: {parameter: 'SmtpClientAuthenticationDisabled', oldValue: old ? 'False' : 'True', newValue: enabled ? 'False' : 'True'},
	});
}

/**
 * `Set-CASMailbox -SmtpClientAuthenticationDisabled $false | $true | $null` for one mailbox: the mailbox's own
 * setting wins over the organisation's, so `enabled` lets just this mailbox (a scanner's) use SMTP AUTH while
 * it stays off for everyone else (fact sheet 9 ticket 28). Exchange or Global Administrator, on any mailbox.
 * A guest has no mailbox in this tenant (`action/not-applicable`); an unknown setting is `input/invalid`.
 */
export function setMailboxSmtpAuth(state: SimState, userId: UserId, setting: MailboxSmtpAuthSetting): Applied<SimState> | Rejection {
	if (!mailboxSmtpAuthSettings.includes(setting)) {
		return reject('input/invalid', `"${String(setting)}" is not a mailbox SMTP AUTH setting: use enabled, disabled or organization.`);
	}

	const target = resolveTarget(state, userId, ['exchange-mailbox-smtp-auth'], {refuseGuests: false});
	if (isRejection(target)) {
		return target;
	}

	if (target.userType === 'guest') {
		const home = target.guestHome?.tenantName ?? 'their home organisation';
		return reject('action/not-applicable', `${describeUser(target)} is a guest: their mailbox is in ${home}, not in ${state.tenant.name}.`);
	}

	const {[target.id]: old, ...others} = state.tenant.exchange.smtpAuthMailboxes ?? {};
	const wanted: MailboxSmtpAuth | undefined = setting === 'organization' ? undefined : setting;
	const mailboxes = wanted === undefined ? others : {...others, [target.id]: wanted};
	return applyChange(state, withExchange(state.tenant, {smtpAuthMailboxes: mailboxes}), old !== wanted, {
		service: 'Exchange',
		activity: exchangeActivities.casMailbox,
		targetUserId: target.id,
		details: {parameter: 'SmtpClientAuthenticationDisabled', oldValue: disabledValue(old), newValue: disabledValue(wanted)},
	});
}
