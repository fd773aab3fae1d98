import type {EscalationTarget, SimState} from '../domain/state/sim-state.js';
import {defaultMethodLabels} from '../domain/tenant/methods.js';
import {roleLabels} from '../domain/tenant/roles.js';
import {findUser} from '../domain/tenant/tenant.js';
import type {AdminIntent} from './admin-service.js';
import type {SessionIntent} from './session-service.js';
import {askLabel} from './ask-labels.js';

function nameOf(state: SimState, userId: string): string {
	return findUser(state.tenant, userId)?.displayName ?? userId;
}

function namesOf(state: SimState, userIds: readonly string[]): string {
	const names = userIds.map((id) => nameOf(state, id));
	return names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

const mfaVerbs = {disabled: 'Disable', enabled: 'Enable', enforced: 'Enforce'} as const;
const slotWords = {authentication: 'authentication phone', alternate: 'alternate authentication phone', office: 'office phone'} as const;
const onOff = (enabled: boolean) => (enabled ? 'on' : 'off');

/** Fact sheet 8.2 wording of the two app password radio choices. */
export const appPasswordChoiceLabels = {
	allow: 'Allow users to create app passwords to sign in to non-browser apps',
	deny: 'Do not allow users to create app passwords to sign in to non-browser apps',
} as const;

function methodName(state: SimState, userId: string, methodId: string): string {
	const methods = findUser(state.tenant, userId)?.methods;
	const app = methods?.authenticatorApps.find((each) => each.id === methodId);
	const software = methods?.softwareTokens.find((each) => each.id === methodId);
	const hardware = methods?.hardwareTokens.find((each) => each.id === methodId);
	return app ? `Microsoft Authenticator on ${app.deviceName}` : software ? `software token ${software.name}` : hardware ? `hardware token ${hardware.serialNumber}` : methodId;
}

/** An admin intent in the admin center's words: `Enable multi-factor authentication for Priya Shah`. Pure. */
export function describeAdminIntent(intent: AdminIntent, state: SimState): string {
	switch (intent.type) {
		case 'set-per-user-mfa': {
			return `${mfaVerbs[intent.state]} multi-factor authentication for ${namesOf(state, intent.userIds)}`;
		}

		case 'manage-user-settings': {
			const ticked = [
				intent.requireContactMethodsAgain ? 'require contact methods again' : '',
				intent.deleteAllAppPasswords ? 'delete all existing app passwords' : '',
				intent.restoreMfaOnRememberedDevices ? 'restore multi-factor authentication on all remembered devices' : '',
			].filter(Boolean);
			return `Manage user settings for ${namesOf(state, intent.userIds)}: ${ticked.join(', ') || 'nothing ticked'}`;
		}

		case 'require-re-register-mfa': {
			return `Require re-register MFA for ${nameOf(state, intent.userId)}`;
		}

		case 'revoke-mfa-sessions': {
			return `Revoke MFA sessions for ${nameOf(state, intent.userId)}`;
		}

		case 'revoke-sessions': {
			return `Revoke sessions (sign out everywhere) for ${nameOf(state, intent.userId)}`;
		}

		case 'reset-password': {
			return `Reset password for ${nameOf(state, intent.userId)}`;
		}

		case 'set-phone-method': {
			const what = `${nameOf(state, intent.userId)}'s ${slotWords[intent.slot]}`;
			return intent.number === null ? `Delete ${what}` : `Set ${what} to ${intent.number}`;
		}

		case 'set-default-method': {
			return `Set ${nameOf(state, intent.userId)}'s default sign-in method to "${defaultMethodLabels[intent.method]}"`;
		}

		case 'delete-method': {
			return `Delete ${methodName(state, intent.userId, intent.methodId)} from ${nameOf(state, intent.userId)}'s methods`;
		}

		case 'activate-hardware-token': {
			return `Activate ${methodName(state, intent.userId, intent.tokenId)} for ${nameOf(state, intent.userId)}`;
		}

		case 'set-sign-in-blocked': {
			return `${intent.blocked ? 'Block' : 'Unblock'} sign-in for ${nameOf(state, intent.userId)}`;
		}

		case 'unblock-mfa': {
			return `Unblock ${nameOf(state, intent.userId)} for MFA`;
		}

		case 'dismiss-user-risk': {
			return `Dismiss user risk for ${nameOf(state, intent.userId)}`;
		}

		case 'set-app-passwords-allowed': {
			return intent.allowed ? appPasswordChoiceLabels.allow : appPasswordChoiceLabels.deny;
		}

		case 'set-trusted-ips': {
			return `Set trusted IP ranges to ${intent.ranges.join(', ') || 'none'}`;
		}

		case 'set-verification-options': {
			const options = intent.options;
			const names = [options.call ? 'call' : '', options.text ? 'text' : '', options.appNotification ? 'app notification' : '', options.appCode ? 'app code' : ''].filter(Boolean);
			return `Set verification options to ${names.join(', ') || 'none'}`;
		}

		case 'set-remember-mfa': {
			return intent.enabled
				? `Allow users to remember multi-factor authentication on trusted devices for ${intent.days} days`
				: 'Stop users remembering multi-factor authentication on trusted devices';
		}

		case 'set-security-defaults': {
			return `Turn security defaults ${onOff(intent.enabled)}`;
		}

		case 'set-exchange-modern-auth': {
			return `Turn Exchange Online modern authentication ${onOff(intent.enabled)}`;
		}

		case 'set-smtp-auth': {
			return `Turn SMTP AUTH ${onOff(intent.enabled)} for the whole organisation (Set-TransportConfig -SmtpClientAuthenticationDisabled $${String(!intent.enabled)})`;
		}

		case 'set-mailbox-smtp-auth': {
			const name = nameOf(state, intent.userId);
			return intent.setting === 'organization'
				? `Let ${name}'s mailbox follow the organisation's SMTP AUTH setting (Set-CASMailbox -SmtpClientAuthenticationDisabled $null)`
				: `Turn SMTP AUTH ${onOff(intent.setting === 'enabled')} for ${name}'s mailbox only (Set-CASMailbox -SmtpClientAuthenticationDisabled $${String(intent.setting === 'disabled')})`;
		}
	}
}

/** Who an escalation goes to, in words: `an Authentication Administrator`, `tier 2 (the second-line team)`. Pure. */
export function escalationTargetText(to: EscalationTarget): string {
	if (to === 'tier-2') {
		return 'tier 2 (the second-line team)';
	}

	const label = roleLabels[to];
	// "Directory Readers" names a group of people, not one of them; "User" starts with a consonant sound.
	return label.endsWith('s') ? `someone in ${label}` : `${/^[AEIO]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** Any session intent in plain words, for the palette, the status line and the timeline. Pure. */
export function describeIntent(intent: SessionIntent, state: SimState): string {
	switch (intent.kind) {
		case 'admin': {
			return describeAdminIntent(intent.intent, state);
		}

		case 'user': {
			return `Ask ${nameOf(state, intent.intent.userId)}: ${askLabel(intent.intent, state)}`;
		}

		case 'wait': {
			const {minutes} = intent;
			const unit = minutes % (24 * 60) === 0 ? {size: 24 * 60, word: 'day'} : minutes % 60 === 0 ? {size: 60, word: 'hour'} : {size: 1, word: 'minute'};
			const count = minutes / unit.size;
			return `Wait ${count} ${unit.word}${count === 1 ? '' : 's'}`;
		}

		case 'next-day': {
			return 'Advance to the next day (09:00 UTC)';
		}

		case 'escalate': {
			return `Escalate the ticket to ${escalationTargetText(intent.to)}: ${intent.reason}`;
		}

		default: {
			// A kind added after this file: still say something rather than nothing.
			return `Do "${(intent as {readonly kind: string}).kind}"`;
		}
	}
}
