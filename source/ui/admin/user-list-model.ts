import type {UserId} from '../../domain/common/ids.js';
import type {User} from '../../domain/tenant/user.js';

/** The MFA status filter values, in the order `f` cycles them. */
export const mfaFilters = ['any', 'disabled', 'enabled', 'enforced'] as const;
export type MfaFilter = (typeof mfaFilters)[number];

/** Labels of the filter, as the legacy page's "Multi-factor auth status" drop-down shows them. */
export const mfaFilterLabels: Readonly<Record<MfaFilter, string>> = {
	any: 'Any',
	disabled: 'Disabled',
	enabled: 'Enabled',
	enforced: 'Enforced',
};

/** The next filter after `f`. */
export function nextMfaFilter(filter: MfaFilter): MfaFilter {
	return mfaFilters[(mfaFilters.indexOf(filter) + 1) % mfaFilters.length] ?? 'any';
}

/** Every user of the tenant sorted by display name, then UPN (how the portal lists them). Pure. */
export function sortedUsers(users: Readonly<Record<UserId, User>>): readonly User[] {
	return Object.values(users).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || a.upn.localeCompare(b.upn, 'en'));
}

/** The users matching a search text (display name or UPN, case-insensitive) and an MFA status filter. Pure. */
export function filterUsers(users: readonly User[], query: string, filter: MfaFilter): readonly User[] {
	const needle = query.trim().toLowerCase();
	if (needle.length === 0 && filter === 'any') {
		return users;
	}

	return users.filter((user) => (filter === 'any' || user.perUserMfa === filter) && (needle.length === 0 || user.displayName.toLowerCase().includes(needle) || user.upn.toLowerCase().includes(needle)));
}
