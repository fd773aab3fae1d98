/**
 * Entra ID directory roles the simulator knows (fact sheet section 7.1). Exchange Administrator is not in the
 * fact sheet's tables: it is here for the Exchange Online settings (SMTP AUTH, modern authentication).
 */
export const adminRoles = [
	'global-administrator',
	'privileged-authentication-administrator',
	'authentication-administrator',
	'authentication-policy-administrator',
	'privileged-role-administrator',
	'security-administrator',
	'conditional-access-administrator',
	'exchange-administrator',
	'user-administrator',
	'helpdesk-administrator',
	'groups-administrator',
	'password-administrator',
	'reports-reader',
	'security-reader',
	'global-reader',
	'directory-readers',
	'guest-inviter',
	'message-center-reader',
] as const;

export type AdminRole = (typeof adminRoles)[number];

/** Display names as the Entra admin center shows them. */
export const roleLabels: Readonly<Record<AdminRole, string>> = {
	'global-administrator': 'Global Administrator',
	'privileged-authentication-administrator': 'Privileged Authentication Administrator',
	'authentication-administrator': 'Authentication Administrator',
	'authentication-policy-administrator': 'Authentication Policy Administrator',
	'privileged-role-administrator': 'Privileged Role Administrator',
	'security-administrator': 'Security Administrator',
	'conditional-access-administrator': 'Conditional Access Administrator',
	'exchange-administrator': 'Exchange Administrator',
	'user-administrator': 'User Administrator',
	'helpdesk-administrator': 'Helpdesk Administrator',
	'groups-administrator': 'Groups Administrator',
	'password-administrator': 'Password Administrator',
	'reports-reader': 'Reports Reader',
	'security-reader': 'Security Reader',
	'global-reader': 'Global Reader',
	'directory-readers': 'Directory Readers',
	'guest-inviter': 'Guest Inviter',
	'message-center-reader': 'Message Center Reader',
};
