import {eraAt} from '../common/era.js';
import type {Instant} from '../common/time.js';
import {deviceCodeAccepted} from '../common/totp-window.js';
import {isTelephonyThrottled} from '../sign-in/delivery.js';
import type {SimState} from '../state/sim-state.js';
import {hasMethodFor, type AuthenticatorRegistration, type DefaultMethod, type HardwareOathToken, type SoftwareOathToken} from '../tenant/methods.js';
import type {Tenant} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import type {AuthenticatorAccount, Phone} from '../world/phone.js';
import {destinationOf, isAtDesk} from '../world/phone-routing.js';
import type {Behaviour, Person} from '../world/world.js';
import type {RegistrationMethod} from './user-action.js';

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
const telephonyMethods: ReadonlySet<DefaultMethod> = new Set(['text', 'call', 'alternate-call', 'office-call']);

/** Whether the user has any second factor at all (an assigned but not activated hardware token doesn't count). */
export function hasRegisteredMethod(user: User): boolean {
	return allMethods.some((method) => isRegistered(user, method));
}

/**
 * Is the phone abroad on a carrier that doesn't deliver texts and calls there? Only while roaming: the flag says
 * what happens abroad, so a phone at home (no roaming calling code) is reachable whatever it says, as in the
 * sign-in evaluation (fact 3.2, ticket 3).
 */
function roamingBlocks(phone: Phone): boolean {
	return phone.roamingCallingCode !== undefined && phone.roamingBlocksTelephony;
}

/** Why a text to this phone would not be read, in words the person would use; undefined when it arrives (fact 3.2). */
export function textProblem(phone: Phone): string | undefined {
	if (!phone.poweredOn || !phone.hasSignal || phone.smsBlocker) {
		return 'no text arrived';
	}

	if (roamingBlocks(phone)) {
		return `no text arrived while roaming (+${phone.roamingCallingCode ?? ''})`;
	}

	return phone.doNotDisturb ? 'no text showed up (Do Not Disturb is on)' : undefined;
}

/**
 * Why no text or call would be sent to this user right now: the telephony throttle (fact 3.2, ticket 4). Inferred:
 * confirming a phone in registration or Security info sends a text or call too, counted against the same per-user
 * limit, so a new registration doesn't get round it.
 */
export function throttleProblem(user: User, now: number): string | undefined {
	return isTelephonyThrottled(user.telephonyAttempts, now) ? "it said they've hit the limit on text and call verification codes" : undefined;
}

/** Why a verification call to this phone would fail, as the person experiences it; undefined when it works (fact 3.3). */
export function callProblem(phone: Phone, behaviour: Behaviour): string | undefined {
	if (!phone.poweredOn || !phone.hasSignal || roamingBlocks(phone) || phone.smsBlocker || phone.blocksMicrosoftCaller) {
		return 'the call never came';
	}

	if (phone.callsGoToVoicemail || phone.doNotDisturb) {
		return 'the call went to voicemail';
	}

	return behaviour.pressesHash ? undefined : 'the call hung up after they answered';
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

/** Whether the app shows codes the tenant accepts now: same seed, phone clock inside the tenant's window (fact 3.5). */
function codeWorks(now: Instant, person: Person, credentialId: string, secret: string): boolean {
	const held = appAccount(person, credentialId);
	return held !== undefined && held.account.secret === secret && deviceCodeAccepted(now, held.phone.clockOffsetSeconds, 30);
}

function hardwareWorks(person: Person, token: HardwareOathToken): boolean {
	// A fob's code matches when it holds the uploaded seed and interval (fact 3.5, ticket 27).
	return token.status === 'activated' && person.tokens.some((device) =>
		device.serialNumber === token.serialNumber && device.secret === token.secret && device.periodSeconds === token.periodSeconds);
}

function softwareWorks(now: Instant, person: Person, token: SoftwareOathToken): boolean {
	return codeWorks(now, person, token.id, token.secret);
}

/** One registered method and whether the person can complete it right now. */
export type MethodVerdict = {
	readonly method: DefaultMethod;
	readonly usable: boolean;
	/** What the person notices when it fails, e.g. "no text arrived". */
	readonly symptom?: string;
};

/**
 * What the person notices when Microsoft texts or calls `number`: the network routes by number, so whichever of
 * their phones has it rings (fact 3.2, 3.3), as in the sign-in evaluation (sign-in/telephony-delivery.ts).
 */
function phoneVerdict(person: Person, number: string, kind: 'text' | 'call', extension?: string): string | undefined {
	const destination = destinationOf(person, number, extension);
	switch (destination.device) {
		case 'phone': {
			return kind === 'text' ? textProblem(destination.phone) : callProblem(destination.phone, person.behaviour);
		}

		case 'desk-phone': {
			// A landline takes calls only; it is answered while the person is in the office (fact 1.2, 3.1).
			if (kind === 'text') {
				return 'no text arrived (that number is their desk phone)';
			}

			if (!isAtDesk(person)) {
				return 'the desk phone rang while they were away from it';
			}

			return person.behaviour.pressesHash ? undefined : 'the call hung up after they answered';
		}

		case 'old-phone': {
			return kind === 'text' ? 'no text arrived (that number is their old phone)' : 'the call went to their old phone';
		}

		case 'nobody': {
			if (person.phone === undefined) {
				return 'they have no phone with them';
			}

			return kind === 'text' ? 'no text arrived' : 'the call never came';
		}
	}
}

function symptomOf(state: SimState, user: User, person: Person, method: DefaultMethod): string | undefined {
	const {methods} = user;
	switch (method) {
		case 'app-notification': {
			return methods.authenticatorApps.some((app) => app.push && pushWorks(state, person, app)) ? undefined : 'no Authenticator notification they could approve';
		}

		case 'app-code': {
			const works = methods.authenticatorApps.some((app) => app.code && codeWorks(state.now, person, app.id, app.secret))
				|| methods.softwareTokens.some((token) => softwareWorks(state.now, person, token))
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
			const office = methods.officePhone;
			return phoneVerdict(person, office?.number ?? '', 'call', office?.extension);
		}
	}
}

/**
 * Judges each registered and allowed method from the person's side (what they hold and how they behave).
 * A person-side estimate for self-service pages, kept in line with the sign-in evaluation's delivery
 * rules (source/domain/sign-in), which stays the authority for sign-ins. Codes are judged with the tenant's
 * TOTP window in time steps (common/totp-window.ts). Not modelled here: telephony region opt-in.
 */
export function methodVerdicts(state: SimState, user: User, person: Person): readonly MethodVerdict[] {
	const blocked = user.mfaBlockedUntil !== undefined && user.mfaBlockedUntil > state.now;
	return allMethods
		.filter((method) => isRegistered(user, method) && isMethodAllowed(state.tenant, method))
		.map((method) => {
			// Legacy fraud-alert block: every MFA attempt is auto-denied (fact 1.2). Telephony throttling refuses
			// texts and calls, never app methods (fact 3.2, ticket 4), with the sign-in evaluation's limit.
			const symptom = blocked
				? 'every attempt was denied because MFA is blocked for them'
				: (telephonyMethods.has(method) ? throttleProblem(user, state.now) : undefined) ?? symptomOf(state, user, person, method);
			return symptom === undefined ? {method, usable: true} : {method, usable: false, symptom};
		});
}

/** The registered, allowed methods the person can complete right now ("Sign in another way" choices that work). */
export function usableMethods(state: SimState, user: User, person: Person): readonly DefaultMethod[] {
	return methodVerdicts(state, user, person).filter((verdict) => verdict.usable).map((verdict) => verdict.method);
}
