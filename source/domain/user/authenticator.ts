import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {AuthenticatorRegistration} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import type {Phone} from '../world/phone.js';
import {findActor, nameOf, putPerson, putUser} from './actor.js';
import {deviceLimitProblem, setUpAuthenticator, smartphoneProblem, withAppAccount} from './authenticator-setup.js';
import {activities, auditSelf, done, isRefusal, refuse, type UserActionRejection} from './outcome.js';
import {verifiedAccess} from './security-info-access.js';
import type {UserAction} from './user-action.js';

type ReAddAccount = Extract<UserAction, {type: 're-add-authenticator-account'}>;
type MoveToNewPhone = Extract<UserAction, {type: 'move-authenticator-to-new-phone'}>;

function referencedBy(phone: Phone | undefined, registration: AuthenticatorRegistration): boolean {
	return phone?.authenticator.accounts.some((account) => account.registrationId === registration.id) ?? false;
}

function isStale(phone: Phone, registration: AuthenticatorRegistration): boolean {
	return phone.authenticator.accounts.some((account) =>
		account.registrationId === registration.id && (!account.activated || account.secret !== registration.secret));
}

function withoutTotpSteps(user: User, ids: readonly string[]): User['lastAcceptedTotpStep'] {
	return Object.fromEntries(Object.entries(user.lastAcceptedTotpStep).filter(([id]) => !ids.includes(id)));
}

/**
 * Ticket 8 / fact 3.4: "Authentication request is not for an activated account". The person removes the
 * account from the app and re-adds it through Additional security verification → Configure, which
 * gives the registration a new seed and activates the app's account with it.
 * Decision: the page needs a sign-in with a working method (see security-info-access.ts). A restored
 * account whose seed still matches still makes valid codes, so "Sign in another way" with a code works;
 * with no working method the admin's Require re-register MFA is the way out.
 */
export function reAddAuthenticatorAccount(state: SimState, action: ReAddAccount): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user, person} = actor;
	const name = nameOf(user);
	const apps = user.methods.authenticatorApps;
	if (apps.length === 0) {
		return refuse('method/not-registered', `${name} has no Microsoft Authenticator registration to re-add; ask them to set Authenticator up (complete registration) instead.`, 'I\'ve never set up the Authenticator app for work.');
	}

	const phone = person.phone;
	const onThisPhone = phone === undefined ? [] : apps.filter((app) => referencedBy(phone, app));
	if (onThisPhone.length === 0 && apps.some((app) => referencedBy(person.oldPhone, app))) {
		return refuse(
			'action/not-applicable',
			`${name}'s Authenticator registration belongs to their old phone. On a new phone, ask them to move Authenticator to the new phone instead.`,
			'This is a new phone; the work account was on my old one.',
		);
	}

	const problem = smartphoneProblem(name, phone, 'Re-adding the account needs the phone with the Authenticator app.');
	if (problem !== undefined) {
		return problem;
	}

	const access = verifiedAccess(state, actor);
	if ('ok' in access) {
		return access;
	}

	// After a reinstall the app may hold no account at all: then the (first) registration is the one re-added.
	const target = (phone === undefined ? undefined : onThisPhone.find((app) => isStale(phone, app))) ?? onThisPhone[0] ?? apps[0];
	if (target === undefined || phone === undefined) {
		return refuse('method/not-registered', `${name} has no Microsoft Authenticator registration to re-add.`);
	}

	const renewed: AuthenticatorRegistration = {...target, secret: action.secret};
	const updatedUser: User = {
		...user,
		methods: {...user.methods, authenticatorApps: apps.map((app) => (app.id === target.id ? renewed : app))},
		lastAcceptedTotpStep: withoutTotpSteps(user, [target.id]),
	};
	const account = {registrationId: target.id, label: state.tenant.name, secret: action.secret, activated: true};
	const stored = putPerson(putUser(state, updatedUser), {...person, phone: withAppAccount(phone, account)});
	// Inferred: re-adding through Configure is logged as a registration.
	const audited = auditSelf(stored, user.id, [{...activities.registered, details: {Method: 'Microsoft Authenticator', Device: target.deviceName}}]);
	return done(audited.state, user.id, 'OK, I removed the work account from Authenticator and added it again by scanning the new QR code.', audited.events);
}

/** The registration(s) for the phone being replaced: those the old phone holds, else the newest not on the new phone (invented rule). */
function oldRegistrations(user: User, newPhone: Phone, oldPhone: Phone | undefined): readonly AuthenticatorRegistration[] {
	const notOnNew = user.methods.authenticatorApps.filter((app) => !referencedBy(newPhone, app));
	const onOld = notOnNew.filter((app) => referencedBy(oldPhone, app));
	if (onOld.length > 0) {
		return onOld;
	}

	const newest = notOnNew.toSorted((a, b) => b.registeredAt - a.registeredAt)[0];
	return newest === undefined ? [] : [newest];
}

/**
 * Ticket 7: "I got a new phone". With another way to sign in, the person adds Authenticator on the new
 * phone and deletes the old device in Security info. Without one, only the admin's Require re-register
 * MFA (legacy: Require selected users to provide contact methods again) helps.
 */
export function moveAuthenticatorToNewPhone(state: SimState, action: MoveToNewPhone): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user, person} = actor;
	const name = nameOf(user);
	const problem = smartphoneProblem(name, person.phone, 'Authenticator needs a smartphone.');
	if (problem !== undefined || person.phone === undefined) {
		return problem ?? refuse('registration/no-usable-method', `${name} has no phone.`);
	}

	const phone = person.phone;
	const old = oldRegistrations(user, phone, person.oldPhone);
	if (old.length === 0) {
		const already = user.methods.authenticatorApps.length > 0;
		return already
			? refuse('action/not-applicable', `${name}'s Authenticator is already set up on the phone they have now.`, 'The work account is already on this phone.')
			: refuse('method/not-registered', `${name} has no Microsoft Authenticator registration to move; ask them to set it up (complete registration) instead.`, 'I\'ve never had the Authenticator app for work.');
	}

	const access = verifiedAccess(state, actor);
	if ('ok' in access) {
		if (access.code !== 'registration/no-usable-method') {
			return access;
		}

		return refuse(
			'registration/no-usable-method',
			`${name} has no other way to sign in: Security info asks for a second factor before they can add the new phone, and nothing they have works. An admin should use Require re-register MFA (legacy: Require selected users to provide contact methods again) so ${name} registers the new phone at the next sign-in (ticket 7).`,
			'It wants me to approve on my old phone, and I don\'t have that any more.',
		);
	}

	// Security info adds the new device first, so a user already at 5 hits the limit (ticket 26).
	const limit = deviceLimitProblem(user);
	if (limit !== undefined) {
		return limit;
	}

	const setUp = setUpAuthenticator(state, user, person, phone, action.secret);
	const oldIds = old.map((app) => app.id);
	const updatedUser: User = {
		...setUp.user,
		methods: {...setUp.user.methods, authenticatorApps: setUp.user.methods.authenticatorApps.filter((app) => !oldIds.includes(app.id))},
		lastAcceptedTotpStep: withoutTotpSteps(setUp.user, oldIds),
	};
	const stored = putPerson(putUser(setUp.state, updatedUser), setUp.person);
	const audited = auditSelf(stored, user.id, [
		{...activities.registered, details: {Method: 'Microsoft Authenticator', Device: setUp.registration.deviceName}},
		...old.map((app) => ({...activities.deleted, details: {Method: 'Microsoft Authenticator', Device: app.deviceName}})),
	]);
	return done(audited.state, user.id, 'Done: Authenticator is set up on my new phone and I deleted the old phone from my sign-in methods.', audited.events);
}
