import type {UserId} from '../../domain/common/ids.js';
import type {SimState} from '../../domain/state/sim-state.js';
import {defaultMethods, type AuthMethods, type DefaultMethod} from '../../domain/tenant/methods.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {RegistrationMethod} from '../../domain/user/user-action.js';
import type {Client, IosMailSetup} from '../../domain/world/client.js';
import {findPerson} from '../../domain/world/world.js';
import type {UserIntent} from '../../services/user-service.js';
import {askLabel} from '../../services/ask-labels.js';

/** Where an item sits in the "Ask the user to ..." menu. */
export type AskGroup = 'sign-in' | 'phone' | 'security-info' | 'app-passwords' | 'clients' | 'places';

/** One thing the trainee can ask the person to do: plain words and the intent it plays. */
export type AskItem = {
	readonly group: AskGroup;
	readonly label: string;
	readonly intent: UserIntent;
};

/** Headings for the groups, in menu order. */
export const askGroupTitles: Readonly<Record<AskGroup, string>> = {
	'sign-in': 'Try again',
	phone: 'Their phone',
	'security-info': 'Security info',
	'app-passwords': 'App passwords',
	clients: 'Their apps',
	places: 'Where they are',
};

const registrationMethods: readonly RegistrationMethod[] = ['authenticator-app', 'text', 'call', 'software-token', 'hardware-token'];
const phoneFixes = [
	'set-phone-automatic-time',
	'allow-authenticator-notifications',
	'remove-blocker',
	'turn-off-do-not-disturb',
	'restore-phone-signal',
	'press-hash-on-calls',
	'check-authenticator-manually',
] as const;
const iosSetups: readonly IosMailSetup[] = ['sign-in', 'configure-manually', 'imap'];

/** Methods the user could pick under "Sign in another way": the ones registered on their account. */
export function registeredChoices(methods: AuthMethods): readonly DefaultMethod[] {
	const has: Readonly<Record<DefaultMethod, boolean>> = {
		'app-notification': methods.authenticatorApps.some((app) => app.push),
		'app-code': methods.authenticatorApps.some((app) => app.code) || methods.softwareTokens.length > 0 || methods.hardwareTokens.length > 0,
		text: methods.authenticationPhone !== undefined,
		call: methods.authenticationPhone !== undefined,
		'alternate-call': methods.alternatePhone !== undefined,
		'office-call': methods.officePhone !== undefined,
	};
	return defaultMethods.filter((method) => has[method]);
}

function clientIntents(userId: UserId, client: Client): readonly UserIntent[] {
	const base = {userId, clientId: client.id};
	const intents: UserIntent[] = [{type: 'clear-saved-credentials', ...base}];
	if (client.kind === 'outlook') {
		intents.push(
			{type: 'set-outlook-registry', ...base, registry: {enableAdal: 1, version: 1}},
			{type: 'set-outlook-registry', ...base, registry: {enableAdal: 0}},
			{type: 'set-outlook-registry', ...base, registry: {alwaysUseMsoAuthForAutoDiscover: 1}},
		);
		if (client.version !== '365') {
			intents.push({type: 'upgrade-outlook', ...base, version: '365'});
		}
	}

	if (client.kind === 'ios-mail') {
		intents.push(...iosSetups.map((setup): UserIntent => ({type: 're-add-ios-mail-account', ...base, setup})));
	}

	return intents;
}

/**
 * Everything the trainee can ask this person to do, whatever is wrong: the menu never hints at
 * the fault (a fix that is already in place gets "It's already like that" from the person). Pure.
 */
export function askMenu(state: SimState, userId: UserId): readonly AskItem[] {
	const person = findPerson(state.world, userId);
	const user = findUser(state.tenant, userId);
	if (person === undefined || user === undefined) {
		return [];
	}

	const items: {group: AskGroup; intent: UserIntent}[] = [];
	const add = (group: AskGroup, intents: readonly UserIntent[]) => {
		for (const intent of intents) {
			items.push({group, intent});
		}
	};

	add('sign-in', person.clients.map((client): UserIntent => ({type: 'sign-in', userId, clientId: client.id})));
	for (const client of person.clients.filter((each) => each.kind === 'browser')) {
		add('sign-in', registeredChoices(user.methods).map((method): UserIntent => ({type: 'sign-in', userId, clientId: client.id, method})));
	}

	// "Update your password" after an admin reset (the temporary password must be changed at the next sign-in).
	add('sign-in', [{type: 'change-password', userId}]);

	if (person.phone !== undefined) {
		add('phone', phoneFixes.map((type): UserIntent => ({type, userId})));
		add('phone', [
			{type: 're-add-authenticator-account', userId},
			{type: 'move-authenticator-to-new-phone', userId},
		]);
	}

	add('security-info', registrationMethods.map((method): UserIntent => ({type: 'complete-registration', userId, method})));
	add('security-info', [{type: 'update-phone-number', userId}]);
	add('security-info', registeredChoices(user.methods).map((method): UserIntent => ({type: 'change-default-method', userId, method})));
	add('security-info', user.methods.hardwareTokens.map((token): UserIntent => ({type: 'activate-hardware-token', userId, tokenId: token.id})));
	add('security-info', [{type: 'restore-mfa-on-trusted-devices', userId}]);

	const appClients = person.clients.filter((client) => client.kind !== 'browser');
	add('app-passwords', appClients.map((client): UserIntent => ({type: 'create-app-password', userId, name: client.name})));
	for (const appPasswordId of Object.keys(person.notedAppPasswords)) {
		add('app-passwords', appClients.map((client): UserIntent => ({type: 'use-app-password-in-client', userId, clientId: client.id, appPasswordId})));
	}

	add('app-passwords', user.appPasswords.map((appPassword): UserIntent => ({type: 'delete-app-password', userId, appPasswordId: appPassword.id})));
	for (const client of person.clients) {
		add('clients', clientIntents(userId, client));
	}

	add(
		'places',
		Object.keys(state.world.networks)
			.filter((networkId) => networkId !== person.networkId)
			.map((networkId): UserIntent => ({type: 'move-to-network', userId, networkId})),
	);
	return items.map(({group, intent}) => ({group, intent, label: askLabel(intent, state)}));
}
