import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {defaultMethodLabels} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import {findActor, nameOf, putPerson, putUser} from './actor.js';
import {activities, auditSelf, done, isRefusal, refuse, type UserActionRejection} from './outcome.js';
import {afterRegistering} from './registration.js';
import {securityInfoAccess, verifiedAccess} from './security-info-access.js';
import {withPhoneConfirmation} from './security-info-verification.js';
import {callProblem, isMethodAllowed, isRegistered, textProblem, throttleProblem} from './usable-methods.js';
import type {UserAction} from './user-action.js';

type ChangeDefault = Extract<UserAction, {type: 'change-default-method'}>;
type UpdatePhone = Extract<UserAction, {type: 'update-phone-number'}>;
type ActivateToken = Extract<UserAction, {type: 'activate-hardware-token'}>;
type RestoreDevices = Extract<UserAction, {type: 'restore-mfa-on-trusted-devices'}>;

/** Security info → Change default sign-in method (fact sheet 1.2 "What's your preferred option"). */
export function changeDefaultMethod(state: SimState, action: ChangeDefault): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user} = actor;
	const label = defaultMethodLabels[action.method];
	if (!isRegistered(user, action.method)) {
		return refuse('method/not-registered', `${nameOf(user)} can't pick "${label}": that method isn't registered for them.`, 'That option isn\'t in the list I can choose from.');
	}

	if (!isMethodAllowed(state.tenant, action.method)) {
		return refuse(
			'method/not-allowed',
			`"${label}" is not allowed in this tenant (the verification options or security defaults).`,
			'That option is greyed out for me.',
		);
	}

	const access = verifiedAccess(state, actor);
	if ('ok' in access) {
		return access;
	}

	if (user.defaultMethod === action.method) {
		return done(state, user.id, `It was already set to '${label}'.`);
	}

	const audited = auditSelf(putUser(state, {...user, defaultMethod: action.method}), user.id, [{...activities.changedDefault, details: {'Default method': label}}]);
	return done(audited.state, user.id, `Done: my default sign-in method is now '${label}'.`, audited.events);
}

/**
 * Ticket 1: Security info → Phone → Change, to the number really in the person's hand. Decision: the page
 * needs a sign-in with another working method ("Sign in another way"), and the new number is confirmed
 * by a text or a call like any phone registration. Otherwise the admin edits the number or uses
 * Require re-register MFA.
 */
export function updatePhoneNumber(state: SimState, action: UpdatePhone): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user, person} = actor;
	const name = nameOf(user);
	const phone = person.phone;
	if (phone === undefined) {
		return refuse('action/not-applicable', `${name} has no mobile phone whose number they could enter.`, 'I don\'t have a mobile phone at the moment.');
	}

	const current = user.methods.authenticationPhone;
	if (current === undefined) {
		return refuse('method/not-registered', `${name} has no authentication phone to correct; ask them to register one (complete registration with text or call).`, 'There\'s no phone number on my account to change.');
	}

	const canText = isMethodAllowed(state.tenant, 'text');
	const canCall = isMethodAllowed(state.tenant, 'call');
	if (!canText && !canCall) {
		return refuse('method/not-allowed', `Phone methods are not allowed in this tenant (the verification options or security defaults).`, 'It won\'t let me edit the phone number.');
	}

	const access = verifiedAccess(state, actor);
	if ('ok' in access) {
		return access;
	}

	if (current.number === phone.number) {
		return done(state, user.id, `The number on my account is already ${phone.number}, the phone I have.`);
	}

	const throttled = throttleProblem(user, state.now);
	const textIssue = canText ? (throttled ?? textProblem(phone)) : 'texts are not offered';
	const callIssue = canCall ? (throttled ?? callProblem(phone, person.behaviour)) : 'calls are not offered';
	if (textIssue !== undefined && callIssue !== undefined) {
		return refuse('registration/no-usable-method', `Security info couldn't confirm ${phone.number}: ${canText ? textIssue : callIssue}.`, `I tried, but ${canText ? textIssue : callIssue}.`);
	}

	const confirmed = withPhoneConfirmation(state, user, person, textIssue === undefined ? 'text' : 'call');
	const updated: User = {...confirmed.user, methods: {...user.methods, authenticationPhone: {number: phone.number}}};
	// Inferred: a corrected number is logged as a registration of the phone method (fact 1.5 has no user "updated" name).
	const audited = auditSelf(putPerson(putUser(state, updated), confirmed.person), user.id, [{...activities.registered, details: {Method: 'Phone'}}]);
	return done(audited.state, user.id, `Done: my authentication phone is now ${phone.number}, and the confirmation came through.`, audited.events);
}

/** Security info → Add sign-in method → Hardware token → serial → code (self-activation, fact 3.5). */
export function activateHardwareToken(state: SimState, action: ActivateToken): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const {user, person} = actor;
	const name = nameOf(user);
	const token = user.methods.hardwareTokens.find((each) => each.id === action.tokenId);
	if (token === undefined) {
		return refuse('token/not-found', `No hardware token '${action.tokenId}' is assigned to ${name}.`, 'I don\'t see that token on my account.');
	}

	if (token.status === 'activated') {
		return refuse('token/already-activated', `Token ${token.serialNumber} is already activated for ${name}.`, 'It says that token is already active.');
	}

	if (!person.tokens.some((device) => device.serialNumber === token.serialNumber)) {
		return refuse('token/not-found', `${name} doesn't have token ${token.serialNumber} in their hands, so they can't read a code from it.`, 'I don\'t have that key fob.');
	}

	if (!isMethodAllowed(state.tenant, 'app-code')) {
		return refuse('method/not-allowed', 'Verification codes from an app or hardware token are not allowed in this tenant (verification options).', 'There\'s no hardware token option for me.');
	}

	// An unactivated token is not a method yet, so a user with nothing else activates it during registration.
	const access = securityInfoAccess(state, actor);
	if ('ok' in access) {
		return access;
	}

	if (!action.codeAccepted) {
		return refuse(
			'token/invalid-code',
			`The code ${name} typed from token ${token.serialNumber} was refused. Check that the fob matches the uploaded secret and interval (30 or 60 seconds).`,
			'I typed the number from the fob but it says the code is wrong.',
		);
	}

	const hardwareTokens = user.methods.hardwareTokens.map((each) => (each.id === token.id ? {...each, status: 'activated' as const} : each));
	const activated = afterRegistering(state.tenant, user, {...user, methods: {...user.methods, hardwareTokens}}, 'hardware-token');
	const audited = auditSelf(putUser(state, activated), user.id, [{...activities.registered, details: {Method: 'Hardware OATH token', 'Serial number': token.serialNumber}}]);
	return done(audited.state, user.id, 'Done: I typed in the code from the key fob and it says the token is activated.', audited.events);
}

/** Additional security verification → Restore multi-factor authentication on previously trusted devices (fact 7.3, [S22]). */
export function restoreMfaOnTrustedDevices(state: SimState, action: RestoreDevices): Applied<SimState> | UserActionRejection {
	const actor = findActor(state, action.userId);
	if (isRefusal(actor)) {
		return actor;
	}

	const access = verifiedAccess(state, actor);
	if ('ok' in access) {
		return access;
	}

	const {user} = actor;
	if (user.rememberedDevices.length === 0) {
		return done(state, user.id, 'I clicked Restore, but none of my devices was remembered anyway.');
	}

	// All-or-nothing: every remembered browser must do MFA again (fact 7.3).
	const audited = auditSelf(putUser(state, {...user, rememberedDevices: []}), user.id, [activities.restoredRememberedDevices]);
	return done(audited.state, user.id, 'Done: I clicked Restore, so my devices will ask for verification again.', audited.events);
}
