import type {SimState} from '../domain/state/sim-state.js';
import {defaultMethodLabels, type DefaultMethod} from '../domain/tenant/methods.js';
import {findUser} from '../domain/tenant/tenant.js';
import type {RegistrationMethod} from '../domain/user/user-action.js';
import type {IosMailSetup, OutlookRegistry, OutlookVersion} from '../domain/world/client.js';
import {findClient, findPerson} from '../domain/world/world.js';
import type {UserIntent} from './user-service.js';

/** Short names of the "Sign in another way" choices, as a person says them. */
export const anotherWayWords: Readonly<Record<DefaultMethod, string>> = {
	'app-notification': 'approve in the Authenticator app',
	'app-code': 'code from the app or token',
	text: 'text message',
	call: 'phone call',
	'alternate-call': 'call to the alternate phone',
	'office-call': 'call to the office phone',
};

const registrationWords: Readonly<Record<RegistrationMethod, string>> = {
	'authenticator-app': 'the Microsoft Authenticator app',
	text: 'text messages to their mobile phone',
	call: 'calls to their mobile phone',
	'software-token': 'another authenticator app (codes only)',
	'hardware-token': 'their hardware token (key fob)',
};

const setupWords: Readonly<Record<IosMailSetup, string>> = {
	'sign-in': 'with Exchange > Sign In',
	'configure-manually': 'with Exchange > Configure Manually',
	imap: 'as IMAP (Other > Add Mail Account)',
};

const registryWords: Readonly<Record<keyof OutlookRegistry, string>> = {
	enableAdal: 'EnableADAL',
	version: 'Version',
	alwaysUseMsoAuthForAutoDiscover: 'AlwaysUseMSOAuthForAutoDiscover',
};

/** `EnableADAL=1 and Version=1`, in the order the values are given. */
export function registryText(registry: OutlookRegistry): string {
	return Object.entries(registry)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => `${registryWords[name as keyof OutlookRegistry]}=${String(value)}`)
		.join(' and ');
}

/** How Outlook versions are called in the office: `Microsoft 365 Apps` for the subscription. */
export function outlookVersionText(version: OutlookVersion): string {
	return version === '365' ? 'Outlook for Microsoft 365' : `Outlook ${version}`;
}

function clientName(state: SimState, userId: string, clientId: string): string {
	const person = findPerson(state.world, userId);
	return (person === undefined ? undefined : findClient(person, clientId)?.name) ?? clientId;
}

function appPasswordName(state: SimState, userId: string, appPasswordId: string): string {
	return findUser(state.tenant, userId)?.appPasswords.find((each) => each.id === appPasswordId)?.name ?? appPasswordId;
}

/**
 * What the trainee asks, in plain language ("Try signing in again with Outlook 2013"): the ask
 * menu, the palette, the status line and the conversation all use these words. Pure.
 */
export function askLabel(intent: UserIntent, state: SimState): string {
	switch (intent.type) {
		case 'sign-in': {
			const name = clientName(state, intent.userId, intent.clientId);
			return intent.method === undefined
				? `Try signing in again with ${name}`
				: `Sign in with ${name}, another way: ${anotherWayWords[intent.method]}`;
		}

		case 'complete-registration': {
			return `Finish "More information required" (Set it up now) with ${registrationWords[intent.method]}`;
		}

		case 'create-app-password': {
			return `Create an app password named "${intent.name}"`;
		}

		case 'use-app-password-in-client': {
			return `Clear the saved password in ${clientName(state, intent.userId, intent.clientId)} and use app password "${appPasswordName(state, intent.userId, intent.appPasswordId)}"`;
		}

		case 'clear-saved-credentials': {
			return `Clear the saved password in ${clientName(state, intent.userId, intent.clientId)}`;
		}

		case 'delete-app-password': {
			return `Delete their app password "${appPasswordName(state, intent.userId, intent.appPasswordId)}"`;
		}

		case 'set-phone-automatic-time': {
			return 'Set the phone\'s time to automatic';
		}

		case 'allow-authenticator-notifications': {
			return 'Allow Authenticator notifications and turn off its battery optimisation';
		}

		case 'remove-blocker': {
			return 'Turn off the spam/call blocker app on the phone';
		}

		case 'turn-off-do-not-disturb': {
			return 'Turn off Do Not Disturb';
		}

		case 'restore-phone-signal': {
			return 'Switch the phone on and get signal and data';
		}

		case 'press-hash-on-calls': {
			return 'Answer the verification call and press #';
		}

		case 'check-authenticator-manually': {
			return 'Open Authenticator and pull down to refresh if no notification shows';
		}

		case 're-add-authenticator-account': {
			return 'Remove the account from Authenticator and add it again';
		}

		case 'move-authenticator-to-new-phone': {
			return 'Set up Authenticator on the new phone and delete the old device';
		}

		case 'change-default-method': {
			return `Change the default sign-in method to "${defaultMethodLabels[intent.method]}"`;
		}

		case 'update-phone-number': {
			return 'Correct the authentication phone number in Security info';
		}

		case 'activate-hardware-token': {
			const token = findUser(state.tenant, intent.userId)?.methods.hardwareTokens.find((each) => each.id === intent.tokenId);
			return `Activate the key fob ${token?.serialNumber ?? intent.tokenId} in Security info`;
		}

		case 'restore-mfa-on-trusted-devices': {
			return 'Restore multi-factor authentication on previously trusted devices';
		}

		case 'set-outlook-registry': {
			return `Set ${registryText(intent.registry)} in the registry for ${clientName(state, intent.userId, intent.clientId)}, then sign out and in`;
		}

		case 'upgrade-outlook': {
			return `Upgrade ${clientName(state, intent.userId, intent.clientId)} to ${outlookVersionText(intent.version)}`;
		}

		case 're-add-ios-mail-account': {
			return `Remove the account from ${clientName(state, intent.userId, intent.clientId)} and add it again ${setupWords[intent.setup]}`;
		}

		case 'move-to-network': {
			const network = Object.hasOwn(state.world.networks, intent.networkId) ? state.world.networks[intent.networkId] : undefined;
			return `Go to the ${network?.label ?? intent.networkId} connection`;
		}

		case 'change-password': {
			return 'Sign in with the temporary password and choose a new one ("Update your password")';
		}
	}
}
