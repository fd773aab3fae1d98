import type {SimState} from '../../domain/state/sim-state.js';
import type {DefaultMethod} from '../../domain/tenant/methods.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {findClient, findPerson} from '../../domain/world/world.js';
import type {MethodKind} from '../schema/goal-schema.js';

/** The name the debrief uses for a user: the display name, or the id when the user is gone. */
export function nameOf(state: SimState, userId: string): string {
	return findUser(state.tenant, userId)?.displayName ?? userId;
}

/** A person's client by the name the user knows it by ("Firefox on laptop"), or its id when it is not in the world. */
export function clientNameOf(state: SimState, userId: string, clientId: string): string {
	const person = findPerson(state.world, userId);
	return (person === undefined ? undefined : findClient(person, clientId)?.name) ?? clientId;
}

/** A network by its label ("Guest Wi-Fi at the office"), or its id when the world has no such network. */
export function networkNameOf(state: SimState, networkId: string): string {
	return Object.hasOwn(state.world.networks, networkId) ? state.world.networks[networkId]!.label : networkId;
}

/** Kinds of method as the Authentication methods page names them. */
export const methodKindNames: Readonly<Record<MethodKind, string>> = {
	'authentication-phone': 'authentication phone',
	'alternate-phone': 'alternate authentication phone',
	'office-phone': 'office phone',
	'authenticator-app': 'Microsoft Authenticator app',
	'software-token': 'software OATH token',
	'hardware-token': 'hardware OATH token',
};

/** A second factor as a person says it: `a text code`, `the Authenticator notification`. */
export const methodWords: Readonly<Record<DefaultMethod, string>> = {
	text: 'a text code',
	call: 'a call to the authentication phone',
	'alternate-call': 'a call to the alternate phone',
	'office-call': 'a call to the office phone',
	'app-notification': 'the Authenticator notification',
	'app-code': 'a code from an app or token',
};

/**
 * The method Authentication details (fact sheet 6.3) shows for a second factor: every call is a "Phone call" and
 * every code from an app or token an "OATH verification code" (the same labels as sign-in/usable-methods.ts).
 */
export const methodLogLabels: Readonly<Record<DefaultMethod, string>> = {
	text: 'Text message',
	call: 'Phone call',
	'alternate-call': 'Phone call',
	'office-call': 'Phone call',
	'app-notification': 'Mobile app notification',
	'app-code': 'OATH verification code',
};

type Methods = NonNullable<ReturnType<typeof findUser>>['methods'];

function describeMethod(methods: Methods | undefined, id: string): string | undefined {
	const app = methods?.authenticatorApps.find((each) => each.id === id);
	if (app) {
		return `Microsoft Authenticator on ${app.deviceName}`;
	}

	const software = methods?.softwareTokens.find((each) => each.id === id);
	if (software) {
		return `${software.name} (software token)`;
	}

	const hardware = methods?.hardwareTokens.find((each) => each.id === id);
	return hardware ? `hardware token ${hardware.serialNumber}` : undefined;
}

/**
 * A registered app or token by what the admin center shows (`Microsoft Authenticator on iPhone 12`), looked up in
 * each state given in turn (the end state, then the initial one, for a method deleted since); `fallback` otherwise.
 */
export function methodNameOf(states: readonly SimState[], userId: string, methodId: string, fallback: string): string {
	for (const state of states) {
		const found = describeMethod(findUser(state.tenant, userId)?.methods, methodId);
		if (found !== undefined) {
			return found;
		}
	}

	return fallback;
}
