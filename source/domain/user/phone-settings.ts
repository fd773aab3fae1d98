import type {UserId} from '../common/ids.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {Phone} from '../world/phone.js';
import type {Person} from '../world/world.js';
import {findActor, nameOf, putPerson} from './actor.js';
import {done, isRefusal, refuse, type UserActionRejection} from './outcome.js';
import type {UserAction} from './user-action.js';

/** The phone and habit fixes the trainee can talk the person through (fact sheet 3.2 to 3.5, tickets 2, 5, 6, 9). */
export type PhoneFixType =
	| 'set-phone-automatic-time'
	| 'allow-authenticator-notifications'
	| 'remove-blocker'
	| 'turn-off-do-not-disturb'
	| 'restore-phone-signal'
	| 'press-hash-on-calls'
	| 'check-authenticator-manually';

type PhoneFix = {
	/** The fix is about the Authenticator app, so the app must be on the phone. */
	readonly needsAuthenticator: boolean;
	readonly isDone: (phone: Phone, person: Person) => boolean;
	readonly apply: (phone: Phone, person: Person) => Person;
	readonly said: string;
	readonly alreadySaid: string;
};

const fixes: Readonly<Record<PhoneFixType, PhoneFix>> = {
	// Ticket 6: TOTP codes follow the phone clock (fact 3.5).
	'set-phone-automatic-time': {
		needsAuthenticator: false,
		isDone: (phone) => phone.automaticTime && phone.clockOffsetSeconds === 0,
		apply: (phone, person) => ({...person, phone: {...phone, automaticTime: true, clockOffsetSeconds: 0}}),
		said: 'OK, I\'ve switched the phone to set the date and time automatically.',
		alreadySaid: 'The phone already sets the time automatically.',
	},
	// Ticket 9: notifications off or battery optimisation stop the push (fact 3.4).
	'allow-authenticator-notifications': {
		needsAuthenticator: true,
		isDone: (phone) => phone.authenticator.notificationsAllowed && !phone.authenticator.batteryOptimised,
		apply: (phone, person) => ({...person, phone: {...phone, authenticator: {...phone.authenticator, notificationsAllowed: true, batteryOptimised: false}}}),
		said: 'Done: Authenticator is allowed to send notifications now, and I turned off battery saving for it.',
		alreadySaid: 'Notifications for Authenticator were already on, and battery saving is off for it.',
	},
	// Ticket 2: a security app filtering short codes and caller IDs (fact 3.2, 3.3).
	'remove-blocker': {
		needsAuthenticator: false,
		isDone: (phone) => !phone.smsBlocker && !phone.blocksMicrosoftCaller,
		apply: (phone, person) => ({...person, phone: {...phone, smsBlocker: false, blocksMicrosoftCaller: false}}),
		said: 'OK, I\'ve turned off the spam blocker and unblocked the Microsoft number.',
		alreadySaid: 'I don\'t have any blocker on, and no numbers are blocked.',
	},
	'turn-off-do-not-disturb': {
		needsAuthenticator: false,
		isDone: (phone) => !phone.doNotDisturb,
		apply: (phone, person) => ({...person, phone: {...phone, doNotDisturb: false}}),
		said: 'Do Not Disturb is off now.',
		alreadySaid: 'Do Not Disturb wasn\'t on.',
	},
	'restore-phone-signal': {
		needsAuthenticator: false,
		isDone: (phone) => phone.poweredOn && phone.hasSignal && phone.hasData,
		apply: (phone, person) => ({...person, phone: {...phone, poweredOn: true, hasSignal: true, hasData: true}}),
		said: 'OK, the phone is on and I\'ve got signal and internet now.',
		alreadySaid: 'My phone is on and I\'ve got full signal.',
	},
	// Ticket 5: answer and press #, no call screening or forwarding (fact 3.3).
	'press-hash-on-calls': {
		needsAuthenticator: false,
		isDone: (phone, person) => person.behaviour.pressesHash && !phone.callsGoToVoicemail,
		apply: (phone, person) => ({...person, phone: {...phone, callsGoToVoicemail: false}, behaviour: {...person.behaviour, pressesHash: true}}),
		said: 'Got it: I\'ll answer the call myself and press the # key. I\'ve turned off call screening too.',
		alreadySaid: 'I already answer those calls and press #.',
	},
	// Ticket 9: unfamiliar sign-ins get no notification since Aug 2023; pull down to refresh (fact 3.4).
	'check-authenticator-manually': {
		needsAuthenticator: true,
		isDone: (_phone, person) => person.behaviour.checksAuthenticatorManually,
		apply: (_phone, person) => ({...person, behaviour: {...person.behaviour, checksAuthenticatorManually: true}}),
		said: 'OK, if no notification shows up I\'ll open Authenticator and pull down to refresh.',
		alreadySaid: 'I already open the app and refresh it when nothing pops up.',
	},
};

/** Applies one phone or habit fix to the phone in the person's hand (not the old phone). */
export function applyPhoneFix(state: SimState, action: {readonly type: PhoneFixType; readonly userId: UserId}): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user, person} = actor;
	const phone = person.phone;
	if (phone === undefined) {
		return refuse('action/not-applicable', `${nameOf(user)} has no mobile phone with them.`, 'I don\'t have a mobile phone with me.');
	}

	const fix = fixes[action.type];
	if (fix.needsAuthenticator && !phone.authenticator.installed) {
		return refuse('action/not-applicable', `${nameOf(user)} doesn't have the Microsoft Authenticator app on their phone.`, 'I don\'t have the Authenticator app on this phone.');
	}

	if (fix.isDone(phone, person)) {
		return done(state, user.id, fix.alreadySaid);
	}

	return done(putPerson(state, fix.apply(phone, person)), user.id, fix.said);
}

type MoveToNetwork = Extract<UserAction, {type: 'move-to-network'}>;

/** The person goes to another network (office, home, hotel): trusted IPs and locations depend on it (fact 8.3). */
export function moveToNetwork(state: SimState, action: MoveToNetwork): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user, person} = actor;
	const network = Object.hasOwn(state.world.networks, action.networkId) ? state.world.networks[action.networkId] : undefined;
	if (network === undefined) {
		const known = Object.keys(state.world.networks).join(', ');
		return refuse('input/invalid', `There is no network '${action.networkId}' in this scenario (known: ${known}).`, 'Where do you want me to go?');
	}

	if (person.networkId === network.id) {
		return done(state, user.id, `I'm already on the ${network.label} connection.`);
	}

	return done(putPerson(state, {...person, networkId: network.id}), user.id, `OK, I'm on the ${network.label} connection now.`);
}
