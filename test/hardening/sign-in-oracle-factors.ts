/**
 * The second-factor half of the sign-in oracle (sign-in-oracle.ts): could the factor a Success names
 * really have been completed, re-derived from the state before the sign-in? Push and codes here,
 * texts and calls in sign-in-oracle-phones.ts.
 */
import type {SignInFacts} from '../../source/domain/sign-in/attempt.js';
import type {SignInLogEntry} from '../../source/domain/state/logs.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {User} from '../../source/domain/tenant/user.js';
import type {Person} from '../../source/domain/world/world.js';
import {callCompletable, textCompletable} from './sign-in-oracle-phones.js';

/** Stated here, not imported from the era module (fact sheet 10). */
const legacyFraudAlertRemoved = Date.parse('2025-03-01T00:00:00Z');
const noPushForUnfamiliar = Date.parse('2023-08-01T00:00:00Z');

/**
 * Whether the TOTP facts are a code the trainee typed from their own app (real-time play). Such a code
 * reaches the evaluation only as the tenant's verdicts with the code masked (`12****`, see
 * domain/session/typed-code.ts), never as the six digits a simulated device shows.
 */
export function isTypedCode(facts: SignInFacts): boolean {
	return Object.values(facts.totp).some((fact) => fact.code?.includes('*') === true);
}

function pushCompletable(state: SimState, user: User, person: Person, country: string): boolean {
	const {tenant, now} = state;
	const phone = person.phone;
	if (!tenant.settings.verificationOptions.appNotification || phone === undefined || !phone.authenticator.installed || !phone.poweredOn || !phone.hasData || person.behaviour.pushResponse !== 'approve') {
		return false;
	}

	const unfamiliar = now >= noPushForUnfamiliar && country !== person.homeCountry;
	const hidden = !phone.authenticator.notificationsAllowed || phone.authenticator.batteryOptimised || phone.doNotDisturb;
	if ((unfamiliar || hidden) && !person.behaviour.checksAuthenticatorManually) {
		return false;
	}

	return user.methods.authenticatorApps.some((app) => app.push && phone.authenticator.accounts.some((account) => account.registrationId === app.id && account.activated));
}

/**
 * Could an allowed OATH credential have given a code the tenant accepts now and has not used yet (fact sheet 3.5)?
 * With `verdictOnly` (a typed code, or verdicts handed in from outside the world) the code came from somewhere
 * other than the person's devices, so only the verdict counts; otherwise the credential must be in their hands.
 */
function codeCompletable(state: SimState, user: User, person: Person, facts: SignInFacts, verdictOnly: boolean): boolean {
	if (!state.tenant.settings.verificationOptions.appCode) {
		return false;
	}

	const fresh = (id: string): boolean => {
		const fact = Object.hasOwn(facts.totp, id) ? facts.totp[id] : undefined;
		const last = Object.hasOwn(user.lastAcceptedTotpStep, id) ? user.lastAcceptedTotpStep[id] : undefined;
		return fact?.accepted === true && fact.code !== undefined && fact.timeStep !== undefined && (last === undefined || fact.timeStep > last);
	};

	const phone = person.phone;
	const inApp = (id: string): boolean => verdictOnly || (phone !== undefined && phone.poweredOn && phone.authenticator.installed && phone.authenticator.accounts.some((account) => account.registrationId === id));
	const fobInHand = (serialNumber: string): boolean => verdictOnly || person.tokens.some((device) => device.serialNumber === serialNumber);
	const apps = user.methods.authenticatorApps.some((app) => app.code && inApp(app.id) && fresh(app.id));
	const software = user.methods.softwareTokens.some((token) => inApp(token.id) && fresh(token.id));
	const hardware = user.methods.hardwareTokens.some((token) => token.status === 'activated' && fobInHand(token.serialNumber) && fresh(token.id));
	return apps || software || hardware;
}

/** What the second-factor check looks at. */
export type FactorCase = {
	readonly state: SimState;
	readonly facts: SignInFacts;
	readonly entry: SignInLogEntry;
	readonly user: User;
	readonly person: Person;
	/** The sign-in's country, for "no push for an unfamiliar location" (fact sheet 3.4). */
	readonly country: string;
	/** Judge codes by their verdicts alone (see codeCompletable). */
	readonly verdictOnly: boolean;
};

/** Why a completed second factor could not really have been completed, or undefined when it could. */
export function secondFactorProblem(test: FactorCase): string | undefined {
	const {state, entry, facts, user, person} = test;
	if (user.mustRegisterAgain) {
		return 'the user had to register again, so no challenge may run';
	}

	if (state.now < legacyFraudAlertRemoved && user.mfaBlockedUntil !== undefined && user.mfaBlockedUntil > state.now) {
		return 'the user is blocked for MFA after a fraud report';
	}

	switch (entry.authMethod) {
		case 'Mobile app notification': {
			return pushCompletable(state, user, person, test.country) ? undefined : 'push approved without an allowed push registration activated in an app the person holds and sees';
		}

		case 'OATH verification code': {
			const held = test.verdictOnly ? 'an allowed OATH credential' : 'an allowed OATH credential in hand';
			return codeCompletable(state, user, person, facts, test.verdictOnly) ? undefined : `code accepted without ${held} whose current code the tenant accepts and has not used`;
		}

		case 'Text message': {
			return textCompletable(state.tenant, user, person) ? undefined : 'text completed although it could not reach and be read on the phone in hand';
		}

		case 'Phone call': {
			return callCompletable(state.tenant, user, person, entry) ? undefined : 'call completed although the phone it was placed to could not be answered with #';
		}

		default: {
			return `completed with an unknown method ${String(entry.authMethod)}`;
		}
	}
}
