import {ActiveUsersScreen, activeUsersKeyHints} from '../admin/active-users-screen.js';
import {AuditLogScreen, auditLogKeyHints} from '../admin/audit-log-screen.js';
import {MfaPageScreen, mfaPageKeyHints} from '../admin/mfa-page-screen.js';
import {SignInLogsScreen, signInLogsKeyHints} from '../admin/sign-in-logs-screen.js';
import {hintsFor} from '../components/key-hint.js';
import type {DisplayMode} from './display.js';
import type {AdminScreenMap} from './placeholder-screen.js';

/**
 * THE import map of admin screens: each entry is a component from `source/ui/admin` taking
 * `{isActive, width, height, onCaptureChange}` plus the key hints it exports for the footer and
 * help. `placeholderScreen(title, description)` stands in for a screen that does not exist yet.
 * The screens read the display mode from the DisplayProvider the workspace puts around them.
 */
export const adminScreens: AdminScreenMap = {
	'active-users': {Screen: ActiveUsersScreen, hints: activeUsersKeyHints},
	'mfa-page': {Screen: MfaPageScreen, hints: mfaPageKeyHints},
	'sign-in-logs': {Screen: SignInLogsScreen, hints: signInLogsKeyHints},
	'audit-log': {Screen: AuditLogScreen, hints: auditLogKeyHints},
};

/** The map with every screen's key hints as the display can draw them: `↑↓` reads `Up/Down` without Unicode. Pure. */
export function adminScreensFor(map: AdminScreenMap, display: DisplayMode): AdminScreenMap {
	if (display.unicode) {
		return map;
	}

	const plain = (entry: AdminScreenMap[keyof AdminScreenMap]) => ({Screen: entry.Screen, hints: hintsFor(entry.hints, false)});
	return {
		'active-users': plain(map['active-users']),
		'mfa-page': plain(map['mfa-page']),
		'sign-in-logs': plain(map['sign-in-logs']),
		'audit-log': plain(map['audit-log']),
	};
}
