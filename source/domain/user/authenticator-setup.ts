import type {AuthenticatorAccount, Phone} from '../world/phone.js';
import type {Person} from '../world/world.js';
import {appsAndTokensCount, maxAppsAndTokens, type AuthenticatorRegistration} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import {nextId, type SimState} from '../state/sim-state.js';
import {refuse, type UserActionRejection} from './outcome.js';

/** Entra's wording when a 6th app or token is added (fact sheet 1.2, [S34]). */
export const tooManyDevicesMessage = 'You cannot have more than 5 hardware tokens or authenticator apps… You have too many devices registered.';

/** Refuses a new app or token when the user already has 5 (fact 1.2, ticket 26). */
export function deviceLimitProblem(user: User): UserActionRejection | undefined {
	return appsAndTokensCount(user.methods) >= maxAppsAndTokens
		? refuse('method/limit-reached', tooManyDevicesMessage, 'It says I have too many devices registered and won\'t let me add this one.')
		: undefined;
}

/**
 * The name a new registration gets in Authentication methods: the phone's make and model, as Authenticator reports
 * it. Invented fallback for a phone whose model the world doesn't know: a name after its number.
 */
export function deviceNameOf(phone: Phone): string {
	return phone.model ?? `Phone ending ${phone.number.replaceAll(/\D/g, '').slice(-4)}`;
}

/** Why this phone can't scan the QR code and activate an Authenticator account now; undefined when it can. */
export function smartphoneProblem(name: string, phone: Phone | undefined, hint: string): UserActionRejection | undefined {
	if (phone === undefined) {
		return refuse('registration/no-usable-method', `${name} has no mobile phone to install an authenticator app on. ${hint}`, 'I don\'t have a mobile phone with me.');
	}

	if (!phone.isSmartphone) {
		return refuse(
			'registration/no-usable-method',
			`${name}'s phone isn't a smartphone, so it can't run an authenticator app. ${hint}`,
			'I\'ve only got a basic phone, I can\'t install apps on it.',
		);
	}

	if (!phone.poweredOn || !phone.hasData) {
		return refuse(
			'registration/no-usable-method',
			`${name}'s phone is switched off or has no internet connection, so the app can't be activated. Get the phone online first.`,
			'My phone isn\'t online at the moment, the app can\'t connect.',
		);
	}

	return undefined;
}

/** Puts an activated account for a tenant registration into the phone's authenticator app, replacing a stale one. */
export function withAppAccount(phone: Phone, account: AuthenticatorAccount): Phone {
	const others = phone.authenticator.accounts.filter((each) => each.registrationId !== account.registrationId);
	return {...phone, authenticator: {...phone.authenticator, installed: true, accounts: [...others, account]}};
}

/** The result of setting up Microsoft Authenticator on the phone in hand. */
export type AuthenticatorSetUp = {
	readonly state: SimState;
	readonly user: User;
	readonly person: Person;
	readonly registration: AuthenticatorRegistration;
};

/**
 * Registers Microsoft Authenticator (push and code) on the phone in hand with the seed the service drew,
 * and activates the matching account in the app. Returns the updated user and person; the caller stores them.
 */
export function setUpAuthenticator(state: SimState, user: User, person: Person, phone: Phone, secret: string): AuthenticatorSetUp {
	const {id, state: next} = nextId(state, 'auth-app');
	const registration: AuthenticatorRegistration = {id, deviceName: deviceNameOf(phone), push: true, code: true, secret, registeredAt: state.now};
	const account: AuthenticatorAccount = {registrationId: id, label: state.tenant.name, secret, activated: true};
	return {
		state: next,
		user: {...user, methods: {...user.methods, authenticatorApps: [...user.methods.authenticatorApps, registration]}},
		person: {...person, phone: withAppAccount(phone, account)},
		registration,
	};
}
