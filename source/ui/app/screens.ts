/** The screens of the workspace, in menu order. */
export type ScreenId = 'ticket' | 'active-users' | 'mfa-page' | 'sign-in-logs' | 'audit-log' | 'user-phone' | 'user-clients' | 'ask-user';

/** Screens served by `source/ui/admin` (see admin-screens.tsx). */
export type AdminScreenId = Extract<ScreenId, 'active-users' | 'mfa-page' | 'sign-in-logs' | 'audit-log'>;

/** Which part of the menu a screen belongs to. */
export type ScreenSection = 'ticket' | 'admin' | 'user';

/** One entry of the left navigation. */
export type ScreenEntry = {
	readonly id: ScreenId;
	readonly label: string;
	readonly section: ScreenSection;
};

/** The left navigation, top to bottom; the number keys 1-8 follow this order. */
export const screens: readonly ScreenEntry[] = [
	{id: 'ticket', label: 'Ticket', section: 'ticket'},
	{id: 'active-users', label: 'Active users', section: 'admin'},
	{id: 'mfa-page', label: 'MFA page', section: 'admin'},
	{id: 'sign-in-logs', label: 'Sign-in logs', section: 'admin'},
	{id: 'audit-log', label: 'Audit log', section: 'admin'},
	{id: 'user-phone', label: 'The user: phone', section: 'user'},
	{id: 'user-clients', label: 'The user: clients', section: 'user'},
	{id: 'ask-user', label: 'Ask the user…', section: 'user'},
];

/** Section headings of the menu. */
export const sectionTitles: Readonly<Record<ScreenSection, string>> = {
	ticket: 'Helpdesk',
	admin: 'Admin center',
	user: 'The user',
};

/** Is the screen on the user's side (the `[` `]` keys switch the person there)? */
export function isUserSide(id: ScreenId): boolean {
	return id === 'user-phone' || id === 'user-clients' || id === 'ask-user';
}
