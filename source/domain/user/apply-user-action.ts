import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {createAppPassword, deleteAppPassword} from './app-passwords.js';
import {moveAuthenticatorToNewPhone, reAddAuthenticatorAccount} from './authenticator.js';
import {clearSavedCredentials, reAddIosMailAccount, setOutlookRegistry, upgradeOutlook, useAppPasswordInClient} from './clients.js';
import type {UserActionRejection} from './outcome.js';
import {changePassword} from './password-change.js';
import {applyPhoneFix, moveToNetwork} from './phone-settings.js';
import {completeRegistration} from './registration.js';
import {activateHardwareToken, changeDefaultMethod, restoreMfaOnTrustedDevices, updatePhoneNumber} from './security-info.js';
import {withSecurityInfoSignIn} from './security-info-sign-in.js';
import type {UserAction} from './user-action.js';

/** Every user action except sign-in, which the sign-in evaluation handles. */
export type NonSignInUserAction = Exclude<UserAction, {type: 'sign-in'}>;

/**
 * Applies one "ask the user to ..." action. Pure: secrets, hashes and seeds arrive as facts in the action.
 * Accepted actions end with a `user-said` event; refusals carry the person's words in `userSaid`. An accepted
 * Security info action also records the sign-in to My Signins it began with (security-info-sign-in.ts).
 */
export function applyUserAction(state: SimState, action: NonSignInUserAction): Applied<SimState> | UserActionRejection {
	const result = dispatch(state, action);
	return result.ok ? withSecurityInfoSignIn(state, action, result) : result;
}

function dispatch(state: SimState, action: NonSignInUserAction): Applied<SimState> | UserActionRejection {
	switch (action.type) {
		case 'complete-registration': {
			return completeRegistration(state, action);
		}

		case 'create-app-password': {
			return createAppPassword(state, action);
		}

		case 'delete-app-password': {
			return deleteAppPassword(state, action);
		}

		case 'use-app-password-in-client': {
			return useAppPasswordInClient(state, action);
		}

		case 'clear-saved-credentials': {
			return clearSavedCredentials(state, action);
		}

		case 'set-phone-automatic-time':
		case 'allow-authenticator-notifications':
		case 'remove-blocker':
		case 'turn-off-do-not-disturb':
		case 'restore-phone-signal':
		case 'press-hash-on-calls':
		case 'check-authenticator-manually': {
			return applyPhoneFix(state, action);
		}

		case 're-add-authenticator-account': {
			return reAddAuthenticatorAccount(state, action);
		}

		case 'move-authenticator-to-new-phone': {
			return moveAuthenticatorToNewPhone(state, action);
		}

		case 'change-default-method': {
			return changeDefaultMethod(state, action);
		}

		case 'update-phone-number': {
			return updatePhoneNumber(state, action);
		}

		case 'activate-hardware-token': {
			return activateHardwareToken(state, action);
		}

		case 'restore-mfa-on-trusted-devices': {
			return restoreMfaOnTrustedDevices(state, action);
		}

		case 'set-outlook-registry': {
			return setOutlookRegistry(state, action);
		}

		case 'upgrade-outlook': {
			return upgradeOutlook(state, action);
		}

		case 're-add-ios-mail-account': {
			return reAddIosMailAccount(state, action);
		}

		case 'move-to-network': {
			return moveToNetwork(state, action);
		}

		case 'change-password': {
			return changePassword(state, action);
		}
	}
}
