import {deviceCodeAccepted} from '../common/totp-window.js';
import type {Applied} from '../state/events.js';
import {nextId, type SimState} from '../state/sim-state.js';
import {defaultMethodLabels, type DefaultMethod, type SoftwareOathToken} from '../tenant/methods.js';
import type {Tenant} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import type {Person} from '../world/world.js';
import {findActor, nameOf, putPerson, putUser} from './actor.js';
import {deviceLimitProblem, setUpAuthenticator, smartphoneProblem, withAppAccount} from './authenticator-setup.js';
import {activities, auditSelf, done, isRefusal, refuse, type UserActionRejection} from './outcome.js';
import {securityInfoAccess} from './security-info-access.js';
import {withPhoneConfirmation} from './security-info-verification.js';
import {callProblem, isMethodAllowed, isRegistered, isRegistrationAllowed, textProblem, throttleProblem} from './usable-methods.js';
import type {RegistrationMethod, UserAction} from './user-action.js';

type CompleteRegistration = Extract<UserAction, {type: 'complete-registration'}>;

/** What a registration step changed, before the shared finishing touches. */
type Registered = {
	readonly state: SimState;
	readonly user: User;
	readonly person: Person;
	readonly label: string;
	readonly userSaid: string;
};

const methodNames: Readonly<Record<RegistrationMethod, string>> = {
	'authenticator-app': 'Microsoft Authenticator',
	text: 'text messages',
	call: 'phone calls',
	'software-token': 'an authenticator app (software OATH token)',
	'hardware-token': 'a hardware OATH token',
};

function notAllowed(state: SimState, user: User, method: RegistrationMethod): UserActionRejection {
	const name = nameOf(user);
	if (state.tenant.securityDefaults && (method === 'text' || method === 'call')) {
		return refuse(
			'registration/no-usable-method',
			`Security defaults allow only Microsoft Authenticator or an OATH code app or token, so ${name} can't register ${methodNames[method]}.`,
			'It only offers me an app. There\'s no option to use my phone number.',
		);
	}

	return refuse(
		'registration/no-usable-method',
		`The tenant's verification options don't offer ${methodNames[method]}, so ${name} can't register it (service settings).`,
		'That option isn\'t in the list it shows me.',
	);
}

function registerApp(state: SimState, user: User, person: Person, action: CompleteRegistration): Registered | UserActionRejection {
	const name = nameOf(user);
	const hint = state.tenant.securityDefaults
		? 'Under security defaults only app or token methods can be registered: an admin can assign them a hardware OATH token (ticket 23).'
		: 'They could register text or call instead, if the verification options allow it.';
	const problem = smartphoneProblem(name, person.phone, hint) ?? deviceLimitProblem(user);
	if (problem !== undefined) {
		return problem;
	}

	if (action.secret === undefined || person.phone === undefined) {
		return refuse('input/invalid', `Registering ${methodNames[action.method]} needs the new seed the service draws (secret).`);
	}

	if (action.method === 'authenticator-app') {
		const setUp = setUpAuthenticator(state, user, person, person.phone, action.secret);
		return {...setUp, label: 'Microsoft Authenticator', userSaid: 'All set: I scanned the QR code with Authenticator and approved the test notification.'};
	}

	// The app's first code is typed into Security info and checked like a sign-in code. The seed was just scanned,
	// so only the phone's clock can make it wrong (fact sheet 3.5, ticket 6: "new seed, same clock: still fails").
	if (!deviceCodeAccepted(state.now, person.phone.clockOffsetSeconds, 30)) {
		return refuse(
			'token/invalid-code',
			`Security info refused the code ${name} typed from the new authenticator app: it is not a valid code for the new seed at this time, so the app was not registered.`,
			'I scanned the QR code and typed the six digits the app showed, but it says the code is wrong.',
		);
	}

	const {id, state: next} = nextId(state, 'sw-token');
	const token: SoftwareOathToken = {id, name: 'Authenticator app', secret: action.secret, registeredAt: state.now};
	const phone = withAppAccount(person.phone, {registrationId: id, label: state.tenant.name, secret: action.secret, activated: true});
	return {
		state: next,
		user: {...user, methods: {...user.methods, softwareTokens: [...user.methods.softwareTokens, token]}},
		person: {...person, phone},
		label: 'Software OATH token',
		userSaid: 'Done: I scanned the QR code into my authenticator app and typed in the code it showed.',
	};
}

function registerHardwareToken(state: SimState, user: User, person: Person): Registered | UserActionRejection {
	const name = nameOf(user);
	const assigned = user.methods.hardwareTokens.filter((token) => token.status === 'assigned');
	if (assigned.length === 0) {
		return refuse(
			'registration/no-usable-method',
			`No hardware OATH token is waiting for ${name}: an admin uploads it by CSV and assigns it first.`,
			'I don\'t have any token or key fob.',
		);
	}

	const token = assigned.find((each) => person.tokens.some((device) => device.serialNumber === each.serialNumber));
	const device = token === undefined ? undefined : person.tokens.find((each) => each.serialNumber === token.serialNumber);
	if (token === undefined || device === undefined) {
		const serials = assigned.map((each) => each.serialNumber).join(', ');
		return refuse('registration/no-usable-method', `${name} doesn't have the token assigned to them (serial ${serials}).`, 'I don\'t have that key fob.');
	}

	// The fob's code matches only if it holds the uploaded seed with the uploaded interval (fact 3.5, ticket 27).
	if (device.secret !== token.secret || device.periodSeconds !== token.periodSeconds) {
		return refuse(
			'token/invalid-code',
			`The code from token ${token.serialNumber} was refused: the fob doesn't match what the tenant holds for it. Check the uploaded secret and the 30/60-second interval.`,
			'I typed the number from the fob but it says the code is wrong.',
		);
	}

	const hardwareTokens = user.methods.hardwareTokens.map((each) => (each.id === token.id ? {...each, status: 'activated' as const} : each));
	return {
		state,
		user: {...user, methods: {...user.methods, hardwareTokens}},
		person,
		label: 'Hardware OATH token',
		userSaid: 'Done: I typed in the serial number and the code from the key fob, and it says it\'s activated.',
	};
}

function registerPhone(state: SimState, user: User, person: Person, method: 'text' | 'call', pending: boolean): Registered | UserActionRejection {
	const name = nameOf(user);
	const phone = person.phone;
	if (phone === undefined) {
		return refuse('registration/no-usable-method', `${name} has no mobile phone to receive texts or calls.`, 'I don\'t have a mobile phone.');
	}

	if (!pending && user.methods.authenticationPhone?.number === phone.number) {
		return refuse('registration/not-required', `${name} already has ${phone.number} registered as their authentication phone.`, 'That number is already on my account.');
	}

	const problem = throttleProblem(user, state.now) ?? (method === 'text' ? textProblem(phone) : callProblem(phone, person.behaviour));
	if (problem !== undefined) {
		return refuse('registration/no-usable-method', `Security info couldn't confirm ${phone.number}: ${problem}.`, `I tried, but ${problem}.`);
	}

	const confirmed = withPhoneConfirmation(state, user, person, method);
	return {
		state,
		user: {...confirmed.user, methods: {...user.methods, authenticationPhone: {number: phone.number}}},
		person: confirmed.person,
		label: 'Phone',
		userSaid: method === 'text' ? 'Done: I typed in the code from the text and it accepted my number.' : 'Done: I answered the call and pressed #.',
	};
}

const defaultFor: Readonly<Record<RegistrationMethod, DefaultMethod>> = {
	'authenticator-app': 'app-notification',
	'software-token': 'app-code',
	'hardware-token': 'app-code',
	text: 'text',
	call: 'call',
};

/**
 * The default after registering: kept if it still names a registered, allowed method; otherwise (none
 * yet, re-registration, or its method was switched off, fact 8.4) the method just registered.
 */
function nextDefault(tenant: Tenant, before: User, after: User, method: RegistrationMethod): DefaultMethod {
	const current = before.defaultMethod;
	if (current !== undefined && !before.mustRegisterAgain && isRegistered(after, current) && isMethodAllowed(tenant, current)) {
		return current;
	}

	const preferred = defaultFor[method];
	return method === 'authenticator-app' && !isMethodAllowed(tenant, preferred) ? 'app-code' : preferred;
}

/**
 * The finishing touches of any registration: the default method, no pending re-registration, and
 * Enabled → Enforced (fact sheet 2.2). A Disabled user who registers stays Disabled.
 */
export function afterRegistering(tenant: Tenant, before: User, after: User, method: RegistrationMethod): User {
	return {
		...after,
		mustRegisterAgain: false,
		perUserMfa: before.perUserMfa === 'enabled' ? 'enforced' : before.perUserMfa,
		defaultMethod: nextDefault(tenant, before, after, method),
	};
}

/**
 * "Set it up now" / "More information required", or Add sign-in method on Security info: registers one
 * method. Enabled becomes Enforced (fact sheet 2.2); Disabled and Enforced stay as they are.
 */
export function completeRegistration(state: SimState, action: CompleteRegistration): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const access = securityInfoAccess(state, actor);
	if ('ok' in access) {
		return access;
	}

	const {user, person} = actor;
	if (!isRegistrationAllowed(state.tenant, action.method)) {
		return notAllowed(state, user, action.method);
	}

	const pending = access.mode === 'registration';
	const step = action.method === 'hardware-token'
		? registerHardwareToken(state, user, person)
		: action.method === 'text' || action.method === 'call'
			? registerPhone(state, user, person, action.method, pending)
			: registerApp(state, user, person, action);
	if ('ok' in step) {
		return step;
	}

	const finished = afterRegistering(state.tenant, user, step.user, action.method);
	const stored = putPerson(putUser(step.state, finished), step.person);
	const defaultLabel = finished.defaultMethod === undefined ? 'none' : defaultMethodLabels[finished.defaultMethod];
	const audited = auditSelf(stored, user.id, [{...activities.registered, details: {Method: step.label, 'Default method': defaultLabel}}]);
	return done(audited.state, user.id, step.userSaid, audited.events);
}
