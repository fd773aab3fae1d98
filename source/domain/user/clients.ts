import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {outlookProductName, upgradedOutlookName, type Client, type IosMailClient, type OutlookClient, type OutlookRegistry, type OutlookVersion} from '../world/client.js';
import {findClient, withClient} from '../world/world.js';
import {findActor, nameOf, putPerson, type Actor} from './actor.js';
import {done, isRefusal, refuse, type UserActionRejection} from './outcome.js';
import type {UserAction} from './user-action.js';

type ClientAction = Extract<UserAction, {clientId: string}>;

/** The person and the client the action names. */
type Target = Actor & {readonly client: Client};

function findTarget(state: SimState, action: ClientAction): Target | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const client = findClient(actor.person, action.clientId);
	if (client === undefined) {
		const known = actor.person.clients.map((each) => each.id).join(', ') || 'none';
		return refuse('client/not-found', `${nameOf(actor.user)} has no client '${action.clientId}' (their clients: ${known}).`, 'Which app do you mean?');
	}

	return {...actor, client};
}

/** The client forgets its saved secret and its session, so it asks for credentials at the next sign-in. */
function signedOut<C extends Client>(client: C): C {
	const {savedSecret: _secret, session: _session, ...rest} = client;
	return rest as C;
}

function store(state: SimState, target: Target, client: Client): SimState {
	return putPerson(state, withClient(target.person, client));
}

/** Clear the client's saved credentials (Credential Manager, account settings): it asks again (fact 4.3 step 3). */
export function clearSavedCredentials(state: SimState, action: Extract<UserAction, {type: 'clear-saved-credentials'}>): Applied<SimState> | UserActionRejection {
	const target = findTarget(state, action);
	if (isRefusal(target)) {
		return target;
	}

	const {client, user} = target;
	const text = client.savedSecret === undefined && client.session === undefined
		? `${client.name} didn't have anything saved, it already asks me to sign in.`
		: `OK, I've cleared the saved password in ${client.name}. It's asking me to sign in again.`;
	return done(store(state, target, signedOut(client)), user.id, text);
}

/** Clear the saved credentials, restart, and sign in with username + app password (fact 4.3 step 3). */
export function useAppPasswordInClient(state: SimState, action: Extract<UserAction, {type: 'use-app-password-in-client'}>): Applied<SimState> | UserActionRejection {
	const target = findTarget(state, action);
	if (isRefusal(target)) {
		return target;
	}

	const {client, person, user} = target;
	const noted = Object.hasOwn(person.notedAppPasswords, action.appPasswordId) ? person.notedAppPasswords[action.appPasswordId] : undefined;
	if (noted === undefined) {
		return refuse(
			'app-password/not-found',
			`${nameOf(user)} never noted an app password '${action.appPasswordId}'. App passwords are shown only once: they must create a new one.`,
			'I don\'t have that app password written down anywhere.',
		);
	}

	return done(store(state, target, {...signedOut(client), savedSecret: noted}), user.id, `OK, I cleared the old password in ${client.name} and typed in the app password instead.`);
}

function outlookOf(target: Target): OutlookClient | UserActionRejection {
	return target.client.kind === 'outlook'
		? target.client
		: refuse('action/not-applicable', `${target.client.name} is not Outlook for Windows, so it has no Outlook registry values or upgrade.`, 'That app isn\'t Outlook.');
}

const registryNames: Readonly<Record<keyof OutlookRegistry, string>> = {
	enableAdal: 'EnableADAL',
	version: 'Version',
	alwaysUseMsoAuthForAutoDiscover: 'AlwaysUseMSOAuthForAutoDiscover',
};

/** Ticket 17 and 18: set `...\Common\Identity` DWORD values, then sign out and back in (fact sheet 1.3, 5; [S23][S24]). */
export function setOutlookRegistry(state: SimState, action: Extract<UserAction, {type: 'set-outlook-registry'}>): Applied<SimState> | UserActionRejection {
	const target = findTarget(state, action);
	if (isRefusal(target)) {
		return target;
	}

	const outlook = outlookOf(target);
	if (isRefusal(outlook)) {
		return outlook;
	}

	const entries = Object.entries(action.registry).filter(([, value]) => value !== undefined);
	if (entries.length === 0) {
		return refuse('input/invalid', 'Name at least one registry value to set (EnableADAL, Version or AlwaysUseMSOAuthForAutoDiscover).');
	}

	const described = entries.map(([key, value]) => `${registryNames[key as keyof OutlookRegistry]} to ${String(value)}`).join(' and ');
	const updated: OutlookClient = {...signedOut(outlook), registry: {...outlook.registry, ...action.registry}};
	return done(store(state, target, updated), target.user.id, `Done: I set ${described} in the registry, then signed out of Outlook and back in.`);
}

const outlookOrder: readonly OutlookVersion[] = ['2010', '2013', '2016', '2019', '365'];

/** Office's registry hive per version: 14.0, 15.0, then 16.0 for 2016, 2019 and Microsoft 365. */
function hiveOf(version: OutlookVersion): string {
	return version === '2010' ? '14.0' : version === '2013' ? '15.0' : '16.0';
}

/**
 * Install a newer Outlook. Inferred: values under the old version's hive (e.g. 15.0 EnableADAL) do not
 * carry over to 16.0, but values in the same 16.0 hive (a 2016 EnableADAL=0, ticket 18) survive. The client's
 * name follows the new version (`upgradedOutlookName`).
 */
export function upgradeOutlook(state: SimState, action: Extract<UserAction, {type: 'upgrade-outlook'}>): Applied<SimState> | UserActionRejection {
	const target = findTarget(state, action);
	if (isRefusal(target)) {
		return target;
	}

	const outlook = outlookOf(target);
	if (isRefusal(outlook)) {
		return outlook;
	}

	if (outlookOrder.indexOf(action.version) <= outlookOrder.indexOf(outlook.version)) {
		return refuse('action/not-applicable', `${outlook.name} is Outlook ${outlook.version}; ${action.version} is not an upgrade.`, `I've already got Outlook ${outlook.version}.`);
	}

	const registry = hiveOf(action.version) === hiveOf(outlook.version) ? outlook.registry : {};
	const name = upgradedOutlookName(outlook.name, outlook.version, action.version);
	const updated: OutlookClient = {...signedOut(outlook), name, version: action.version, registry};
	return done(store(state, target, updated), target.user.id, `OK, ${outlookProductName(action.version)} is installed. It's asking me to sign in.`);
}

const setupWords: Readonly<Record<IosMailClient['setup'], string>> = {
	'sign-in': 'Exchange and tapped Sign In',
	'configure-manually': 'Exchange and chose Configure Manually',
	imap: 'Other, Add Mail Account (IMAP)',
};

/** Ticket 19: delete the iPhone Mail account and add it again; Exchange → Sign In is modern auth on iOS 11+ (fact 5, [S51]). */
export function reAddIosMailAccount(state: SimState, action: Extract<UserAction, {type: 're-add-ios-mail-account'}>): Applied<SimState> | UserActionRejection {
	const target = findTarget(state, action);
	if (isRefusal(target)) {
		return target;
	}

	const {client} = target;
	if (client.kind !== 'ios-mail') {
		return refuse('action/not-applicable', `${client.name} is not the iPhone Mail app.`, 'That isn\'t the iPhone Mail app.');
	}

	if (action.setup === 'sign-in' && client.iosVersion < 11) {
		return refuse(
			'action/not-applicable',
			`iPhone Mail on iOS ${client.iosVersion} has no Sign In (modern authentication) option for Exchange; it came with iOS 11.`,
			'When I add the Exchange account it only asks for the server and password, there\'s no Sign In button.',
		);
	}

	const updated: IosMailClient = {...signedOut(client), setup: action.setup};
	return done(store(state, target, updated), target.user.id, `OK, I deleted the mail account and added it again: I picked ${setupWords[action.setup]}.`);
}
