import type {SimState} from '../../domain/state/sim-state.js';
import type {ActionMatcher} from '../schema/scenario-schema.js';
import {nameOf} from './display-names.js';

type With = Readonly<Record<string, string | number | boolean | null>>;

/** A title for an admin command, and the `with` fields it already says (they are not repeated after it). */
type Title = {readonly text: string; readonly says?: readonly string[]};

const onOff = (value: unknown, what: string): Title => ({text: value === undefined ? `Turn ${what} on or off` : `Turn ${what} ${value === true ? 'on' : 'off'}`, says: ['enabled']});

/** Admin commands in the admin center's words (as the workspace describes them), for a matcher that may name few fields. */
function adminTitle(action: string, values: With): Title | undefined {
	switch (action) {
		case 'set-per-user-mfa': {
			const verbs: Readonly<Record<string, string>> = {disabled: 'Disable', enabled: 'Enable', enforced: 'Enforce'};
			const verb = typeof values['state'] === 'string' ? verbs[values['state']] : undefined;
			return {text: verb === undefined ? 'Change per-user MFA' : `${verb} multi-factor authentication`, says: ['state']};
		}

		case 'manage-user-settings': {
			const options: Readonly<Record<string, string>> = {
				requireContactMethodsAgain: 'require contact methods again',
				deleteAllAppPasswords: 'delete all existing app passwords',
				restoreMfaOnRememberedDevices: 'restore multi-factor authentication on all remembered devices',
			};
			const ticked = Object.keys(options).filter((key) => values[key] === true);
			return {text: `Manage user settings${ticked.length === 0 ? '' : `: ${ticked.map((key) => options[key]).join(', ')}`}`, says: ticked};
		}

		case 'set-sign-in-blocked': {
			return {text: values['blocked'] === undefined ? 'Block or unblock sign-in' : values['blocked'] === true ? 'Block sign-in' : 'Unblock sign-in', says: ['blocked']};
		}

		case 'set-app-passwords-allowed': {
			const text = values['allowed'] === undefined ? 'Change whether users may create app passwords' : values['allowed'] === true ? 'Allow users to create app passwords (tenant-wide)' : 'Stop users creating app passwords (tenant-wide)';
			return {text, says: ['allowed']};
		}

		case 'set-remember-mfa': {
			return onOff(values['enabled'], 'remember multi-factor authentication on trusted devices');
		}

		case 'set-security-defaults': {
			return onOff(values['enabled'], 'security defaults');
		}

		case 'set-exchange-modern-auth': {
			return onOff(values['enabled'], 'Exchange Online modern authentication');
		}

		case 'set-smtp-auth': {
			return onOff(values['enabled'], 'SMTP AUTH for the whole organisation');
		}

		default: {
			const titles: Readonly<Record<string, string>> = {
				'require-re-register-mfa': 'Require re-register MFA',
				'revoke-mfa-sessions': 'Revoke MFA sessions',
				'revoke-sessions': 'Revoke sessions (sign out everywhere)',
				'reset-password': 'Reset password',
				'set-phone-method': 'Change a phone method',
				'set-default-method': 'Change the default sign-in method',
				'delete-method': 'Delete an authentication method',
				'activate-hardware-token': 'Activate a hardware token',
				'unblock-mfa': 'Unblock for MFA',
				'dismiss-user-risk': 'Dismiss user risk',
				'set-trusted-ips': 'Change the trusted IP ranges',
				'set-verification-options': 'Change the verification options',
				'set-mailbox-smtp-auth': "Change SMTP AUTH for a user's mailbox",
			};
			return Object.hasOwn(titles, action) ? {text: titles[action]!} : undefined;
		}
	}
}

/**
 * An action red flag's matcher as a title a trainee reads: `Require re-register MFA for Priya Patel`,
 * `Allow users to create app passwords (tenant-wide)`, `Ask Ben Carter to: delete app password (appPassword: iPhone)`.
 * Users are named by display name; `with` fields the title does not already say follow in brackets. Pure.
 */
export function actionTitle(matcher: ActionMatcher, state: SimState): string {
	const values: With = matcher.with ?? {};
	const admin = adminTitle(matcher.action, values);
	const user = matcher.user === undefined ? '' : nameOf(state, matcher.user);
	const text = admin === undefined ? `Ask ${user || 'the user'} to: ${matcher.action.replaceAll('-', ' ')}` : `${admin.text}${user === '' ? '' : ` for ${user}`}`;
	const rest = Object.entries(values).filter(([key]) => !(admin?.says ?? []).includes(key));
	return rest.length === 0 ? text : `${text} (${rest.map(([key, value]) => `${key}: ${String(value)}`).join(', ')})`;
}
