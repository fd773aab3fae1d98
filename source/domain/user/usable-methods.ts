import {eraAt} from '../common/era.js';
import type {SimState} from '../state/sim-state.js';
import {hasMethodFor, type AuthenticatorRegistration, type DefaultMethod, type HardwareOathToken, type SoftwareOathToken} from '../tenant/methods.js';
import type {Tenant} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import type {AuthenticatorAccount, Phone} from '../world/phone.js';
import type {Behaviour, Person} from '../world/world.js';
import type {RegistrationMethod} from './user-action.js';

/**
 * Invented: how far (in seconds) the phone clock may drift before its codes are refused. Entra's TOTP
 * window is undocumented (fact sheet open question 2); one 30 s step is our assumption. This is only
 * the person-side estimate used by self-service; the sign-in evaluation uses the TOTP adapter's facts.
 */
export const assumedTotpDriftToleranceSeconds = 30;

/** Whether the tenant lets anyone use a sign-in method: verification options (fact 8.4) and security defaults (fact 1.1). */
export function isMethodAllowed(tenant: Tenant, method: DefaultMethod): boolean {
	const options = tenant.settings.verificationOptions;
	switch (method) {
		case 'app-notification': {
			return options.appNotification;
		}

		case 'app-code': {
			return options.appCode;
		}

		case 'text': {
			// Security defaults allow the Authenticator app and OATH codes only (fact 1.1, ticket 23).
			return options.text && !tenant.securityDefaults;
		}

		case 'call':
		case 'alternate-call':
		case 'office-call': {
			return options.call && !tenant.securityDefaults;
		}
	}
}

/** Whether a method may be set up in registration or Security info (fact 8.4; security defaults fact 1.1). */
export function isRegistrationAllowed(tenant: Tenant, method: RegistrationMethod): boolean {
	switch (method) {
		case 'authenticator-app': {
			return isMethodAllowed(tenant, 'app-notification') || isMethodAllowed(tenant, 'app-code');
		}

		case 'software-token':
		case 'hardware-token': {
			return isMethodAllowed(tenant, 'app-code');
		}

		case 'text':
		case 'call': {
			return isMethodAllowed(tenant, method);
		}
	}
}

/** Whether the user has the tenant-side method behind a "preferred option". */
export function isRegistered(user: User, method: DefaultMethod): boolean {
	return hasMethodFor(user.methods, method);
}

const allMethods: readonly DefaultMethod[] = ['app-notification', 'app-code', 'text', 'call', 'alternate-call', 'office-call'];

/** Whether the user has any second factor at all (an assigned but not activated hardware token doesn't count). */
export function hasRegisteredMethod(user: User): boolean {
	return allMethods.some((method) => isRegistered(user, method));
}

/** Why a text to this phone would not be read, in words the person would use; undefined when it arrives (fact 3.2). */
export function textProblem(phone: Phone): string | undefined {
	if (!phone.poweredOn || !phone.hasSignal || phone.roamingBlocksTelephony || phone.smsBlocker) {
		return 'no text arrived';
	}

	return phone.doNotDisturb ? 'no text showed up (Do Not Disturb is on)' : undefined;
}

/** Why a verification call to this phone would fail, as the person experiences it; undefined when it works (fact 3.3). */
export function callProblem(phone: Phone, behaviour: Behaviour): string | undefined {
	if (!phone.poweredOn || !phone.hasSignal || phone.roamingBlocksTelephony || phone.smsBlocker || phone.blocksMicrosoftCaller) {
		return 'the call never came';
	}

	if (phone.callsGoToVoicemail || phone.doNotDisturb) {
		return 'the call went to voicemail';
	}

	return behaviour.pressesHash ? undefined : 'the call hung up after they answered';
}

function digits(number: string): string {
	return number.replaceAll(/\D/g, '');
}

/** The phone in hand if it holds an account for this credential; an old phone is no longer carried (as in the sign-in evaluation). */
function appAccount(person: Person, credentialId: string): {readonly phone: Phone; readonly account: AuthenticatorAccount} | undefined {
	const phone = person.phone;
	const account = phone?.authenticator.accounts.find((each) => each.registrationId === credentialId);
	return phone === undefined || account === undefined || !phone.isSmartphone || !phone.poweredOn || !phone.authenticator.installed ? undefined : {phone, account};
}

/** Whether the person would see and approve a push now (fact 3.4): activated account, data, a visible prompt, and approving. */
function pushWorks(state: SimState, person: Person, registration: AuthenticatorRegistration): boolean {
	const held = appAccount(person, registration.id);
	if (held === undefined || !held.account.activated || !held.phone.hasData || person.behaviour.pushResponse !== 'approve') {
		return false;
	}

	const {authenticator, doNotDisturb} = held.phone;
	const network = Object.hasOwn(state.world.networks, person.networkId) ? state.world.networks[person.networkId] : undefined;
	// Since Aug 2023 an unfamiliar location gets no notification (fact 3.4).
	const unfamiliar = eraAt(state.now).noPushForUnfamiliarSignIns && network !== undefined && network.country !== person.homeCountry;
	const hidden = !authenticator.notificationsAllowed || authenticator.batteryOptimised || doNotDisturb;
	return !(unfamiliar || hidden) || person.behaviour.checksAuthenticatorManually;
}

/** Whether the app shows codes the tenant accepts: same seed, clock within the assumed drift (fact 3.5). */
function codeWorks(person: Person, credentialId: string, secret: string): boolean {
	const held = appAccount(person, credentialId);
	return held !== undefined && held.account.secret === secret && Math.abs(held.phone.clockOffsetSeconds) <= assumedTotpDriftToleranceSeconds;
}

function hardwareWorks(person: Person, token: HardwareOathToken): boolean {
	// A fob's code matches when it holds the uploaded seed and interval (fact 3.5, ticket 27).
	return token.status === 'activated' && person.tokens.some((device) =>
		device.serialNumber === token.serialNumber && device.secret === token.secret && device.periodSeconds === token.periodSeconds);
}

function softwareWorks(person: Person, token: SoftwareOathToken): boolean {
	return codeWorks(person, token.id, token.secret);
}

/** One registered method and whether the person can complete it right now. */
export type MethodVerdict = {
	readonly method: DefaultMethod;
	readonly usable: boolean;
	/** What the person notices when it fails, e.g. "no text arrived". */
	readonly symptom?: string;
};

function phoneVerdict(person: Person, number: string, kind: 'text' | 'call'): string | undefined {
	const phone = person.phone;
	if (phone === undefined) {
		return 'they have no phone with them';
	}

	if (digits(phone.number) !== digits(number)) {
		return kind === 'text' ? 'no text arrived' : 'the call never came';
	}

	return kind === 'text' ? textProblem(phone) : callProblem(phone, person.behaviour);
}

function symptomOf(state: SimState, user: User, person: Person, method: DefaultMethod): string | undefined {
	const {methods} = user;
	switch (method) {
		case 'app-notification': {
			return methods.authenticatorApps.some((app) => app.push && pushWorks(state, person, app)) ? undefined : 'no Authenticator notification they could approve';
		}

		case 'app-code': {
			const works = methods.authenticatorApps.some((app) => app.code && codeWorks(person, app.id, app.secret))
				|| methods.softwareTokens.some((token) => softwareWorks(person, token))
				|| methods.hardwareTokens.some((token) => hardwareWorks(person, token));
			return works ? undefined : 'the verification code was rejected';
		}

		case 'text':
		case 'call': {
			return phoneVerdict(person, methods.authenticationPhone?.number ?? '', method);
		}

		case 'alternate-call': {
			return phoneVerdict(person, methods.alternatePhone?.number ?? '', 'call');
		}

		case 'office-call': {
			// Modelling convention shared with the sign-in evaluation: the desk phone is answered only in the office.
			if (person.networkId !== 'office') {
				return 'the desk phone rang while they were away from it';
			}

			return person.behaviour.pressesHash ? undefined : 'the call hung up after they answered';
		}
	}
}

/**
 * Judges each registered and allowed method from the person's side (what they hold and how they behave).
 * A person-side estimate for self-service pages, kept in line with the sign-in evaluation's delivery
 * rules (source/domain/sign-in), which stays the authority for sign-ins. Not modelled here: telephony
 * region opt-in and throttling, and the TOTP adapter's exact acceptance window.
 */
export function methodVerdicts(state: SimState, user: User, person: Person): readonly MethodVerdict[] {
	const blocked = user.mfaBlockedUntil !== undefined && user.mfaBlockedUntil > state.now;
	return allMethods
		.filter((method) => isRegistered(user, method) && isMethodAllowed(state.tenant, method))
		.map((method) => {
			// Legacy fraud-alert block: every MFA attempt is auto-denied (fact 1.2).
			const symptom = blocked ? 'every attempt was denied because MFA is blocked for them' : symptomOf(state, user, person, method);
			return symptom === undefined ? {method, usable: true} : {method, usable: false, symptom};
		});
}

/** The registered, allowed methods the person can complete right now ("Sign in another way" choices that work). */
export function usableMethods(state: SimState, user: User, person: Person): readonly DefaultMethod[] {
	return methodVerdicts(state, user, person).filter((verdict) => verdict.usable).map((verdict) => verdict.method);
}
