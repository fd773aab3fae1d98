import type {ClientId, NetworkId, UserId} from '../common/ids.js';
import {recordWith} from '../common/persistent-record.js';
import type {Client} from './client.js';
import type {DeskPhone, Phone, TokenDevice} from './phone.js';

/** A network the person (or a device) can sign in from. */
export type Network = {
	readonly id: NetworkId;
	readonly label: string;
	/** Public egress IPv4 address as Entra sees it. */
	readonly ip: string;
	/** City, Country as the sign-in log shows it. */
	readonly location: string;
	/** ISO country code; a sign-in from outside the home country counts as unfamiliar (fact sheet 3.4). */
	readonly country: string;
};

/** How the person behaves when challenged: what they would do if nobody tells them otherwise. */
export type Behaviour = {
	/** Answers a verification call and presses # (fact sheet 3.3). */
	readonly pressesHash: boolean;
	/** What they do with a push they see. `report` is "No, it's not me" (fact sheet 3.4). */
	readonly pushResponse: 'approve' | 'deny' | 'report' | 'ignore';
	/** Opens Authenticator and pulls to refresh when no notification shows (fact sheet 3.4). */
	readonly checksAuthenticatorManually: boolean;
	/** Ticks "Don't ask again for N days" when offered. */
	readonly ticksDontAskAgain: boolean;
};

/** A person: what they have and know, as opposed to what the tenant stores (DESIGN section 2). */
export type Person = {
	readonly userId: UserId;
	/** Where the person is now. */
	readonly networkId: NetworkId;
	readonly homeCountry: string;
	/** The password they would type. Plaintext, person-side only. */
	readonly knownPassword: string;
	/** App passwords they were shown and noted, by app password id. Person-side only. */
	readonly notedAppPasswords: Readonly<Record<string, string>>;
	readonly phone?: Phone;
	/** An older phone still holding registrations (after "I got a new phone"). */
	readonly oldPhone?: Phone;
	/**
	 * The landline on their desk at the office, if they have one. Verification calls reach it only when the
	 * number (and extension) registered in a method is this line's: calls are routed by number, not by slot.
	 */
	readonly deskPhone?: DeskPhone;
	readonly tokens: readonly TokenDevice[];
	readonly clients: readonly Client[];
	readonly behaviour: Behaviour;
};

/** The world outside the tenant: networks and people. */
export type World = {
	readonly networks: Readonly<Record<NetworkId, Network>>;
	readonly people: Readonly<Record<UserId, Person>>;
};

/** Finds a person by their user id. */
export function findPerson(world: World, userId: UserId): Person | undefined {
	return Object.hasOwn(world.people, userId) ? world.people[userId] : undefined;
}

/** Finds one of a person's clients. */
export function findClient(person: Person, clientId: ClientId): Client | undefined {
	return person.clients.find((client) => client.id === clientId);
}

/** Returns the world with one person replaced; a persistent record when there are many people, as for users. */
export function withPerson(world: World, person: Person): World {
	return {...world, people: recordWith(world.people, person.userId, person)};
}

/** Returns the person with one client replaced (same id). */
export function withClient(person: Person, client: Client): Person {
	return {...person, clients: person.clients.map((each) => (each.id === client.id ? client : each))};
}
