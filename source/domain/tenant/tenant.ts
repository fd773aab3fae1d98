import type {UserId} from '../common/ids.js';
import {recordWith} from '../common/persistent-record.js';
import type {Instant} from '../common/time.js';
import type {MfaServiceSettings} from './service-settings.js';
import type {User} from './user.js';

/** License tier: trusted IPs need P1 or P2 (fact sheet 1.1). */
export type LicenseTier = 'free' | 'office365' | 'p1' | 'p2';

/**
 * A mailbox's own SMTP AUTH switch, `Set-CASMailbox -SmtpClientAuthenticationDisabled`: `enabled` is `$false`,
 * `disabled` is `$true`. A mailbox with no entry (`$null`) follows the organisation (fact sheet 9 ticket 28).
 */
export type MailboxSmtpAuth = 'enabled' | 'disabled';

/** Exchange Online organisation settings that decide which client paths exist. */
export type ExchangeSettings = {
	/** `OAuth2ClientProfileEnabled`: on by default for tenants created on or after 1 Aug 2017 (fact sheet 1.1). */
	readonly modernAuthEnabled: boolean;
	/**
	 * SMTP AUTH (client submission) for the organisation: `Set-TransportConfig -SmtpClientAuthenticationDisabled`,
	 * negated. The simulator's SMTP clients (scanners, printers) only do Basic authentication, so this also says
	 * whether Basic SMTP AUTH is accepted (fact sheet 9 ticket 28, 10).
	 */
	readonly smtpBasicAuthEnabled: boolean;
	/** Per-mailbox overrides by user id; a mailbox's own setting wins over the organisation's. Absent: none. */
	readonly smtpAuthMailboxes?: Readonly<Record<UserId, MailboxSmtpAuth>>;
};

/** The directory (tenant) as the simulator models it (fact sheet 1.1). */
export type Tenant = {
	readonly id: string;
	readonly name: string;
	readonly primaryDomain: string;
	readonly createdAt: Instant;
	readonly license: LicenseTier;
	readonly securityDefaults: boolean;
	readonly exchange: ExchangeSettings;
	readonly settings: MfaServiceSettings;
	/** Calling codes the admin has opted in for SMS/voice through a support request (fact sheet 3.2). */
	readonly telephonyOptedInCallingCodes: readonly string[];
	/** Users by id. Lookups go through this index, never a scan. */
	readonly users: Readonly<Record<UserId, User>>;
	/** Lower-case UPN to user id. */
	readonly upnIndex: Readonly<Record<string, UserId>>;
};

/** Whether SMTP AUTH is on for a user's mailbox, and whether the mailbox's own setting or the organisation's decides. */
export function smtpAuthFor(tenant: Tenant, userId: UserId): {readonly enabled: boolean; readonly decidedBy: 'mailbox' | 'organization'} {
	const mailboxes = tenant.exchange.smtpAuthMailboxes ?? {};
	const own = Object.hasOwn(mailboxes, userId) ? mailboxes[userId] : undefined;
	return own === undefined ? {enabled: tenant.exchange.smtpBasicAuthEnabled, decidedBy: 'organization'} : {enabled: own === 'enabled', decidedBy: 'mailbox'};
}

/** Finds a user by id. */
export function findUser(tenant: Tenant, id: UserId): User | undefined {
	return Object.hasOwn(tenant.users, id) ? tenant.users[id] : undefined;
}

/** Finds a user by UPN, case-insensitively, as Entra does. */
export function findUserByUpn(tenant: Tenant, upn: string): User | undefined {
	const key = upn.toLowerCase();
	const id = Object.hasOwn(tenant.upnIndex, key) ? tenant.upnIndex[key] : undefined;
	return id === undefined ? undefined : findUser(tenant, id);
}

/**
 * Returns the tenant with one user replaced (same id). A large directory is a persistent record, so this costs
 * the same in a 100,000-user tenant as in a 100-user one (DESIGN section 7).
 */
export function withUser(tenant: Tenant, user: User): Tenant {
	return {...tenant, users: recordWith(tenant.users, user.id, user)};
}

/** Builds the UPN index for a set of users. */
export function indexUpns(users: Readonly<Record<UserId, User>>): Record<string, UserId> {
	const index: Record<string, UserId> = {};
	for (const user of Object.values(users)) {
		index[user.upn.toLowerCase()] = user.id;
	}

	return index;
}
