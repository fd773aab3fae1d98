import type {Rejection} from '../common/rejection.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {AdminCommand} from './admin-command.js';
import {dismissUserRisk, resetPassword, revokeSessions, setSignInBlocked, unblockMfa} from './account.js';
import {setDefaultMethod} from './default-method.js';
import {setMailboxSmtpAuth, setSmtpAuth} from './exchange-smtp-auth.js';
import {manageUserSettings} from './manage-user-settings.js';
import {setPerUserMfa} from './per-user-mfa.js';
import {setPhoneMethod} from './phone-methods.js';
import {setAppPasswordsAllowed, setExchangeModernAuth, setRememberMfa, setSecurityDefaults, setTrustedIps, setVerificationOptions} from './service-settings.js';
import {activateHardwareToken, deleteMethod, requireReRegisterMfa, revokeMfaSessions} from './user-methods.js';

/**
 * Applies one admin remedy as the signed-in admin (`state.actorId`), purely (fact sheet 7). Returns the new
 * state with the audit events it wrote, or a Rejection with a stable code and a sentence saying who may not
 * do what and why. A refused command changes nothing; bulk commands are all-or-nothing. A command that
 * would change nothing (Enable on an Enabled user, deleting app passwords a user doesn't have) succeeds
 * with the same state and no events: the audit log records changes only.
 */
export function applyAdminCommand(state: SimState, command: AdminCommand): Applied<SimState> | Rejection {
	switch (command.type) {
		case 'set-per-user-mfa': {
			return setPerUserMfa(state, command.userIds, command.state);
		}

		case 'manage-user-settings': {
			return manageUserSettings(state, command.userIds, command);
		}

		case 'require-re-register-mfa': {
			return requireReRegisterMfa(state, command.userId);
		}

		case 'revoke-mfa-sessions': {
			return revokeMfaSessions(state, command.userId);
		}

		case 'revoke-sessions': {
			return revokeSessions(state, command.userId);
		}

		case 'reset-password': {
			return resetPassword(state, command.userId, command.temporaryPassword, command.passwordHash);
		}

		case 'set-phone-method': {
			return setPhoneMethod(state, command.userId, command.slot, command.number);
		}

		case 'set-default-method': {
			return setDefaultMethod(state, command.userId, command.method);
		}

		case 'delete-method': {
			return deleteMethod(state, command.userId, command.methodId);
		}

		case 'activate-hardware-token': {
			return activateHardwareToken(state, command.userId, command.tokenId, command.codeAccepted);
		}

		case 'set-sign-in-blocked': {
			return setSignInBlocked(state, command.userId, command.blocked);
		}

		case 'unblock-mfa': {
			return unblockMfa(state, command.userId, command.reason);
		}

		case 'dismiss-user-risk': {
			return dismissUserRisk(state, command.userId);
		}

		case 'set-app-passwords-allowed': {
			return setAppPasswordsAllowed(state, command.allowed);
		}

		case 'set-trusted-ips': {
			return setTrustedIps(state, command.ranges, command.skipForFederatedIntranet);
		}

		case 'set-verification-options': {
			return setVerificationOptions(state, command.options);
		}

		case 'set-remember-mfa': {
			return setRememberMfa(state, command.enabled, command.days);
		}

		case 'set-security-defaults': {
			return setSecurityDefaults(state, command.enabled);
		}

		case 'set-exchange-modern-auth': {
			return setExchangeModernAuth(state, command.enabled);
		}

		case 'set-smtp-auth': {
			return setSmtpAuth(state, command.enabled);
		}

		case 'set-mailbox-smtp-auth': {
			return setMailboxSmtpAuth(state, command.userId, command.setting);
		}
	}
}
