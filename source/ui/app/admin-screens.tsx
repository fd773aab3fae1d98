import {ActiveUsersScreen, activeUsersKeyHints} from '../admin/active-users-screen.js';
import {AuditLogScreen, auditLogKeyHints} from '../admin/audit-log-screen.js';
import {MfaPageScreen, mfaPageKeyHints} from '../admin/mfa-page-screen.js';
import {SignInLogsScreen, signInLogsKeyHints} from '../admin/sign-in-logs-screen.js';
import type {AdminScreenMap} from './placeholder-screen.js';

/**
 * THE import map of admin screens: each entry is a component from `source/ui/admin` taking
 * `{isActive, width, height, onCaptureChange}` plus the key hints it exports for the footer and
 * help. `placeholderScreen(title, description)` stands in for a screen that does not exist yet.
 */
export const adminScreens: AdminScreenMap = {
	'active-users': {Screen: ActiveUsersScreen, hints: activeUsersKeyHints},
	'mfa-page': {Screen: MfaPageScreen, hints: mfaPageKeyHints},
	'sign-in-logs': {Screen: SignInLogsScreen, hints: signInLogsKeyHints},
	'audit-log': {Screen: AuditLogScreen, hints: auditLogKeyHints},
};
