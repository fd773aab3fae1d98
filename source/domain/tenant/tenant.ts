import type {UserId} from '../common/ids.js';
import {recordWith} from '../common/persistent-record.js';
import type {Instant} from '../common/time.js';
import type {MfaServiceSettings} from './service-settings.js';
import type {User} from './user.js';

/** License tier: trusted IPs need P1 or P2 (fact sheet 1.1). */
export type LicenseTier = 'free' | 'office365' | 'p1' | 'p2';

/** Exchange Online organisation settings that decide which client paths exist. */
export type ExchangeSettings = {
	/** `OAuth2ClientProfileEnabled`: on by default for tenants created on or after 1 Aug 2017 (fact sheet 1.1). */
	readonly modernAuthEnabled: boolean;
	/** SMTP AUTH with Basic authentication still accepted for client submission (fact sheet 10). */
	readonly smtpBasicAuthEnabled: boolean;
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
