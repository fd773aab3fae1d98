import {mailboxSmtpAuthSettings} from '../../domain/admin/admin-command.js';
import type {UserId} from '../../domain/common/ids.js';
import type {SimState} from '../../domain/state/sim-state.js';
import {defaultMethods} from '../../domain/tenant/methods.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {User} from '../../domain/tenant/user.js';
import type {AdminIntent} from '../../services/admin-service.js';

/** The people of the scenario (users with a person on the user's side), in the world's order. */
export function scenarioPeople(state: SimState): readonly UserId[] {
	return Object.keys(state.world.people).filter((userId) => findUser(state.tenant, userId) !== undefined);
}

function userIntents(state: SimState, user: User): readonly AdminIntent[] {
	const userId = user.id;
	const manage = {type: 'manage-user-settings', userIds: [userId], requireContactMethodsAgain: false, deleteAllAppPasswords: false, restoreMfaOnRememberedDevices: false} as const;
	const intents: AdminIntent[] = [
		{type: 'set-per-user-mfa', userIds: [userId], state: 'enabled'},
		{type: 'set-per-user-mfa', userIds: [userId], state: 'enforced'},
		{type: 'set-per-user-mfa', userIds: [userId], state: 'disabled'},
		{...manage, requireContactMethodsAgain: true},
		{...manage, deleteAllAppPasswords: true},
		{...manage, restoreMfaOnRememberedDevices: true},
		{type: 'require-re-register-mfa', userId},
		{type: 'revoke-mfa-sessions', userId},
		{type: 'revoke-sessions', userId},
		{type: 'reset-password', userId},
		...defaultMethods.map((method): AdminIntent => ({type: 'set-default-method', userId, method})),
		...[...user.methods.authenticatorApps, ...user.methods.softwareTokens, ...user.methods.hardwareTokens].map((method): AdminIntent => ({type: 'delete-method', userId, methodId: method.id})),
		...user.methods.hardwareTokens.filter((token) => token.status !== 'activated').map((token): AdminIntent => ({type: 'activate-hardware-token', userId, tokenId: token.id})),
		{type: 'set-sign-in-blocked', userId, blocked: user.accountEnabled},
		// Exchange: the mailbox's own SMTP AUTH switch, all three values, whatever it is now (no hint at the fault).
		...mailboxSmtpAuthSettings.map((setting): AdminIntent => ({type: 'set-mailbox-smtp-auth', userId, setting})),
	];
	// Setting the authentication phone takes a typed number (the palette's "Set ...'s authentication phone..."
	// opens a number field): offering the number in the user's hand would give a wrong-number ticket away.
	if (user.methods.alternatePhone !== undefined) {
		intents.push({type: 'set-phone-method', userId, slot: 'alternate', number: null});
	}

	if (user.mfaBlockedUntil !== undefined && user.mfaBlockedUntil > state.now) {
		intents.push({type: 'unblock-mfa', userId, reason: 'Verified with the user by phone'});
	}

	if (user.risk === 'high') {
		intents.push({type: 'dismiss-user-risk', userId});
	}

	return intents;
}

/**
 * Admin intents the palette offers: per-user remedies for each person in the scenario (Exchange's
 * per-mailbox SMTP AUTH among them) and the tenant-wide switches (SMTP AUTH for the organisation too). Settings that need typed values (trusted IPs, verification options) live on
 * the MFA page's service settings tab. Pure.
 */
export function adminIntents(state: SimState): readonly AdminIntent[] {
	const settings = state.tenant.settings;
	const perUser = scenarioPeople(state).flatMap((userId) => {
		const user = findUser(state.tenant, userId);
		return user === undefined ? [] : userIntents(state, user);
	});
	return [
		...perUser,
		{type: 'set-app-passwords-allowed', allowed: true},
		{type: 'set-app-passwords-allowed', allowed: false},
		{type: 'set-remember-mfa', enabled: true, days: settings.rememberMfa.days},
		{type: 'set-remember-mfa', enabled: false, days: settings.rememberMfa.days},
		{type: 'set-security-defaults', enabled: !state.tenant.securityDefaults},
		{type: 'set-exchange-modern-auth', enabled: !state.tenant.exchange.modernAuthEnabled},
		{type: 'set-smtp-auth', enabled: !state.tenant.exchange.smtpBasicAuthEnabled},
	];
}
