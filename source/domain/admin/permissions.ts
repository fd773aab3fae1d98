import type {Era} from '../common/era.js';
import {reject, type Rejection} from '../common/rejection.js';
import {roleLabels, type AdminRole} from '../tenant/roles.js';
import type {User} from '../tenant/user.js';

/** Every admin task the simulator checks, one per row of the permission matrix (fact sheet 7.1, 7.2). */
export type AdminTask =
	| 'per-user-mfa'
	| 'require-contact-methods-again'
	| 'delete-app-passwords'
	| 'restore-remembered-devices'
	| 'manage-auth-methods'
	| 'manage-hardware-tokens'
	| 'reset-password'
	| 'revoke-sessions'
	| 'block-sign-in'
	| 'unblock-mfa'
	| 'dismiss-user-risk'
	| 'mfa-service-settings'
	| 'trusted-ips'
	| 'security-defaults'
	| 'exchange-modern-auth'
	| 'exchange-smtp-auth'
	| 'exchange-mailbox-smtp-auth';

/**
 * Which users a role may act on for a task: `all` (every user, or the tenant-wide setting), or only users
 * whose every role is in one of the target lists of fact sheet 7.1. A user with no role is always in scope.
 */
export type TargetScope = 'all' | 'authentication-administrator-targets' | 'helpdesk-administrator-targets' | 'user-administrator-targets' | 'password-administrator-targets';

/** One row of the matrix: what the task is called in sentences, who may do it, and whether it is per user. */
export type TaskRule = {
	/** Completes "... may not <label>", e.g. "change per-user MFA". */
	readonly label: string;
	/** Tasks acting on a user check the target against the scope; tenant-wide tasks ignore targets. */
	readonly perUser: boolean;
	/** Before `leastPrivilegeMfaRoles` only a Global Administrator could do this (fact sheet 7.2 historical, 10). */
	readonly globalAdminOnlyBeforeLeastPrivilege: boolean;
	readonly grants: Readonly<Partial<Record<AdminRole, TargetScope>>>;
};

const targetLists: Readonly<Record<Exclude<TargetScope, 'all'>, ReadonlySet<AdminRole>>> = {
	// Fact sheet 7.1. User Experience Success Manager and Usage Summary Reports Reader are not modelled.
	'authentication-administrator-targets': new Set<AdminRole>([
		'authentication-administrator',
		'directory-readers',
		'guest-inviter',
		'message-center-reader',
		'password-administrator',
		'reports-reader',
	]),
	// Fact sheet 7.1, Helpdesk Administrator row (reset passwords, invalidate refresh tokens).
	'helpdesk-administrator-targets': new Set<AdminRole>([
		'directory-readers',
		'guest-inviter',
		'helpdesk-administrator',
		'message-center-reader',
		'password-administrator',
		'reports-reader',
	]),
	// Fact sheet 7.1: "non-admins + some limited admins (incl. Helpdesk/User/Groups Admins)".
	'user-administrator-targets': new Set<AdminRole>([
		'directory-readers',
		'groups-administrator',
		'guest-inviter',
		'helpdesk-administrator',
		'message-center-reader',
		'password-administrator',
		'reports-reader',
		'user-administrator',
	]),
	// Invented from memory of Microsoft's "who can reset passwords" table; the fact sheet does not list this role.
	'password-administrator-targets': new Set<AdminRole>(['directory-readers', 'guest-inviter', 'password-administrator']),
};

const ga = 'global-administrator';
const paa = 'privileged-authentication-administrator';
const aa = 'authentication-administrator';
const apa = 'authentication-policy-administrator';
const exa = 'exchange-administrator';
const aaTargets = 'authentication-administrator-targets';

/**
 * The permission matrix: one row per task, one cell per role that may do it, with the users it may do it to.
 * Current era per fact sheet 7.1 and 7.2; the historical Global-Administrator-only rule is the flag on each row.
 */
export const permissionMatrix: Readonly<Record<AdminTask, TaskRule>> = {
	'per-user-mfa': {label: 'enable, enforce or disable per-user MFA', perUser: true, globalAdminOnlyBeforeLeastPrivilege: true, grants: {[ga]: 'all', [paa]: 'all', [aa]: aaTargets}},
	// The legacy MFA page was visible to Global Administrators only, so all of Manage user settings was too
	// ("If you don't see the Multi-factor authentication option, then you aren't a global admin", 7.2; inferred for these two boxes).
	'require-contact-methods-again': {label: 'require users to provide contact methods again', perUser: true, globalAdminOnlyBeforeLeastPrivilege: true, grants: {[ga]: 'all', [paa]: 'all', [aa]: aaTargets}},
	'delete-app-passwords': {label: 'delete app passwords', perUser: true, globalAdminOnlyBeforeLeastPrivilege: true, grants: {[ga]: 'all', [paa]: 'all', [aa]: aaTargets, [apa]: 'all'}},
	'restore-remembered-devices': {label: 'restore MFA on remembered devices', perUser: true, globalAdminOnlyBeforeLeastPrivilege: true, grants: {[ga]: 'all', [paa]: 'all', [aa]: aaTargets}},
	'manage-auth-methods': {label: "manage a user's authentication methods", perUser: true, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', [paa]: 'all', [aa]: aaTargets}},
	// 7.1 conflict note: both versions agree Authentication Administrators can't manage hardware OATH tokens.
	'manage-hardware-tokens': {label: 'activate hardware OATH tokens', perUser: true, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', [paa]: 'all'}},
	'reset-password': {
		label: 'reset passwords',
		perUser: true,
		globalAdminOnlyBeforeLeastPrivilege: false,
		grants: {
			[ga]: 'all',
			[paa]: 'all',
			[aa]: aaTargets,
			'helpdesk-administrator': 'helpdesk-administrator-targets',
			'user-administrator': 'user-administrator-targets',
			'password-administrator': 'password-administrator-targets',
		},
	},
	'revoke-sessions': {
		label: 'revoke sign-in sessions',
		perUser: true,
		globalAdminOnlyBeforeLeastPrivilege: false,
		grants: {
			[ga]: 'all',
			[paa]: 'all',
			[aa]: aaTargets,
			'helpdesk-administrator': 'helpdesk-administrator-targets',
			'user-administrator': 'user-administrator-targets',
			'password-administrator': 'password-administrator-targets',
		},
	},
	'block-sign-in': {label: 'block or unblock sign-in', perUser: true, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', [paa]: 'all', 'user-administrator': 'user-administrator-targets'}},
	// 7.2 "Block/unblock users ... (MFA Server area)": Authentication Policy Administrator. Inferred: GA-only in the early era like the rest of the legacy MFA settings.
	'unblock-mfa': {label: 'unblock users for MFA', perUser: true, globalAdminOnlyBeforeLeastPrivilege: true, grants: {[ga]: 'all', [apa]: 'all'}},
	'dismiss-user-risk': {label: 'dismiss user risk', perUser: true, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', 'security-administrator': 'all'}},
	'mfa-service-settings': {label: 'change MFA service settings', perUser: false, globalAdminOnlyBeforeLeastPrivilege: true, grants: {[ga]: 'all', [apa]: 'all'}},
	// 7.2: "Configure MFA trusted IP addresses (Conditional Access area)": Conditional Access Administrator.
	'trusted-ips': {label: 'change MFA trusted IPs', perUser: false, globalAdminOnlyBeforeLeastPrivilege: true, grants: {[ga]: 'all', [apa]: 'all', 'conditional-access-administrator': 'all'}},
	'security-defaults': {label: 'turn security defaults on or off', perUser: false, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', 'security-administrator': 'all', 'conditional-access-administrator': 'all'}},
	// Exchange Online organisation and mailbox settings: Exchange Administrator and Global Administrator. Not in the
	// fact sheet's role tables (7.1, 7.2), which cover Entra tasks only; from Exchange Online's role groups (inferred).
	'exchange-modern-auth': {label: 'change Exchange Online modern authentication', perUser: false, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', [exa]: 'all'}},
	'exchange-smtp-auth': {label: 'turn SMTP AUTH on or off for the organisation', perUser: false, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', [exa]: 'all'}},
	// Every mailbox, admins' included: Exchange Administrators manage all mailboxes (inferred, as above).
	'exchange-mailbox-smtp-auth': {label: "change a mailbox's SMTP AUTH setting", perUser: true, globalAdminOnlyBeforeLeastPrivilege: false, grants: {[ga]: 'all', [exa]: 'all'}},
};

/** Is the target inside a role's scope: every role the target holds is on the scope's list? */
export function isInScope(scope: TargetScope, target: User): boolean {
	if (scope === 'all') {
		return true;
	}

	const allowed = targetLists[scope];
	return target.roles.every((role) => allowed.has(role));
}

/** The roles that may do a task in an era, in matrix order (for messages and UI hints). */
export function rolesFor(task: AdminTask, era: Era): readonly AdminRole[] {
	const rule = permissionMatrix[task];
	if (rule.globalAdminOnlyBeforeLeastPrivilege && !era.leastPrivilegeMfaRoles) {
		return [ga];
	}

	return Object.keys(rule.grants) as AdminRole[];
}

function describeUser(user: User): string {
	return `${user.displayName} (${user.upn})`;
}

/**
 * "a" or "an" by the sound of the first word, not its letter: "an Authentication Administrator" but "a User
 * Administrator" (U said "you"). Every role label starting with a vowel letter is listed in roles.ts.
 */
function withArticle(label: string): string {
	const vowelSound = /^[AEIOU]/.test(label) && !/^U(?:s|ni)/.test(label);
	return `${vowelSound ? 'an' : 'a'} ${label}`;
}

/** "a Global Administrator, a User Administrator or an Authentication Administrator". */
function listRoles(roles: readonly AdminRole[], conjunction: 'or' | 'and'): string {
	const labels = roles.map((role) => withArticle(roleLabels[role]));
	if (labels.length <= 1) {
		return labels.join('');
	}

	return `${labels.slice(0, -1).join(', ')} ${conjunction} ${labels.at(-1) ?? ''}`;
}

/**
 * Checks whether an admin may do a task (to a target, for per-user tasks) in an era. Returns undefined when
 * allowed; otherwise `role/insufficient` (no role of the actor grants the task) or `role/target-protected`
 * (a role grants it, but not for a user holding the target's roles).
 */
export function authorise(actor: User, task: AdminTask, target: User | undefined, era: Era): Rejection | undefined {
	const rule = permissionMatrix[task];
	const eligible = rolesFor(task, era);
	const held = actor.roles.filter((role) => eligible.includes(role));
	if (held.length === 0) {
		const heldText = actor.roles.length === 0 ? 'holds no admin role' : `is ${listRoles(actor.roles, 'and')}`;
		const era2020 = rule.globalAdminOnlyBeforeLeastPrivilege && !era.leastPrivilegeMfaRoles ? ' at this date (before the least-privilege roles of 2020)' : '';
		return reject('role/insufficient', `${describeUser(actor)} ${heldText} and may not ${rule.label}: that needs ${listRoles(eligible, 'or')}${era2020}.`);
	}

	if (!rule.perUser || target === undefined) {
		return undefined;
	}

	const grants = rule.grants;
	const allowed = held.some((role) => {
		const scope = grants[role];
		return scope !== undefined && isInScope(scope, target);
	});
	if (allowed) {
		return undefined;
	}

	const unrestricted = eligible.filter((role) => grants[role] === 'all');
	return reject(
		'role/target-protected',
		`${describeUser(actor)} is ${listRoles(held, 'and')} and may not ${rule.label} for ${describeUser(target)}, who is ${listRoles(target.roles, 'and')}; ask ${listRoles(unrestricted, 'or')}.`,
	);
}

/** Can this admin do the task (to this target) in this era? The yes/no form of `authorise`, for the UI. */
export function can(actor: User, task: AdminTask, target: User | undefined, era: Era): boolean {
	return authorise(actor, task, target, era) === undefined;
}
