import type {Instant} from '../common/time.js';
import type {Era} from '../common/era.js';
import type {User} from '../tenant/user.js';
import type {Network, Person} from '../world/world.js';
import type {Phone, PhoneEvent} from '../world/phone.js';
import type {TotpFact} from './attempt.js';
import {denied, type Delivery} from './delivery.js';
import {mfaResultDetails as details} from './mfa-result-detail.js';

type PushContext = {
	readonly person: Person;
	readonly user: User;
	readonly registrationId: string;
	readonly network: Network;
	readonly era: Era;
	readonly numberMatch: number;
	readonly now: Instant;
};

function holderOf(person: Person, registrationId: string): {readonly phone: Phone; readonly inHand: boolean} | undefined {
	const has = (phone: Phone | undefined) => phone?.authenticator.installed === true && phone.authenticator.accounts.some((account) => account.registrationId === registrationId);
	if (person.phone && has(person.phone)) {
		return {phone: person.phone, inHand: true};
	}

	if (person.oldPhone && has(person.oldPhone)) {
		return {phone: person.oldPhone, inHand: false};
	}

	return undefined;
}

/**
 * Sends a Microsoft Authenticator push and plays out what the person does with it (fact sheet 3.4). The
 * admin-visible sentence names the registration the push went to (the device name in Authentication methods,
 * the sign-in log's authentication method detail) and the answer Microsoft got; why there was no answer stays
 * in `worldCause`.
 */
export function deliverPush(context: PushContext): Delivery {
	const {person, user, registrationId, era, now} = context;
	const registration = user.methods.authenticatorApps.find((app) => app.id === registrationId);
	const sent = `Notification sent to Microsoft Authenticator on "${registration?.deviceName ?? 'the registered device'}"`;
	const unanswered = `${sent}; no response came before the sign-in timed out.`;
	const holder = holderOf(person, registrationId);
	if (!holder) {
		return denied({
			detail: details.pushNotSentToDevice,
			trace: `${sent}; the device did not accept it.`,
			worldCause: 'No phone they have holds an Authenticator account for this registration.',
			userSays: "Nothing shows up in the Authenticator app. I don't even see the account there.",
		});
	}

	const account = holder.phone.authenticator.accounts.find((each) => each.registrationId === registrationId);
	const numberMatch = era.numberMatching ? context.numberMatch : undefined;
	const push = (response: 'approved' | 'denied' | 'ignored' | 'not-shown'): PhoneEvent => ({
		type: 'push-received',
		at: now,
		account: account?.label ?? 'Microsoft',
		...(numberMatch === undefined ? {} : {numberMatch}),
		response,
	});
	if (!holder.inHand) {
		return denied({detail: details.pushNoResponse, trace: unanswered, worldCause: 'The push went to the old phone the registration belongs to; they no longer carry it.', userSays: 'I got a new phone and nothing comes up on it.'});
	}

	const {phone} = holder;
	if (account?.activated === false) {
		// Fact sheet 3.4 / ticket 8: a restored or reinstalled app shows "Authentication request is not for an activated account".
		return denied({
			detail: details.pushNotSentToDevice,
			trace: `${sent}; the device did not accept it.`,
			worldCause: 'The Authenticator account on the phone is not activated (the app was restored or reinstalled).',
			userSays: "The app says 'Authentication request is not for an activated account'.",
		});
	}

	if (!phone.poweredOn || !phone.hasData) {
		return denied({detail: details.pushNoResponse, trace: unanswered, worldCause: 'The phone is off or has no data connection, so the notification never arrived.', userSays: 'Nothing came through on my phone.'});
	}

	// Since August 2023 Entra itself sends no notification for a sign-in it deems anomalous (fact sheet 3.4): that is Microsoft's side.
	const unfamiliar = era.noPushForUnfamiliarSignIns && context.network.country !== person.homeCountry;
	const hidden = !phone.authenticator.notificationsAllowed || phone.authenticator.batteryOptimised || phone.doNotDisturb;
	if ((unfamiliar || hidden) && !person.behaviour.checksAuthenticatorManually) {
		const trace = unfamiliar
			? `The sign-in came from an unfamiliar location (${context.network.location}), so no notification was pushed; the request waited in Microsoft Authenticator on "${registration?.deviceName ?? 'the registered device'}" until the sign-in timed out. The user must open the app and refresh to see it.`
			: unanswered;
		const worldCause = unfamiliar
			? 'Nothing popped up, and they did not think to open Authenticator and pull down to refresh.'
			: 'Notifications for Authenticator are off, battery optimisation stops it in the background, or Do Not Disturb is on, so nothing was shown.';
		return denied({detail: details.pushNoResponse, trace, worldCause, userSays: 'I waited but no notification ever popped up.', phoneEvents: [push('not-shown')]});
	}

	switch (person.behaviour.pushResponse) {
		case 'approve': {
			const matched = numberMatch === undefined ? 'approved' : `approved with the matching number ${numberMatch}`;
			return {ok: true, detail: details.completed, trace: `${sent}; the request was ${matched}.`, phoneEvents: [push('approved')]};
		}

		case 'deny': {
			return denied({detail: details.declined, trace: `${sent}; the user denied the request.`, worldCause: 'They tapped Deny.', userSays: 'I pressed Deny, it looked suspicious.', phoneEvents: [push('denied')]});
		}

		case 'report': {
			return {
				...denied({
					detail: details.fraudReported,
					trace: `${sent}; the user reported it as not theirs ("No, it's not me"), which reports fraud / suspicious activity.`,
					worldCause: 'They tapped "No, it\'s not me".',
					userSays: "I tapped 'No, it's not me' by mistake.",
					phoneEvents: [push('denied')],
				}),
				fraudReported: true,
			};
		}

		case 'ignore': {
			return denied({detail: details.pushNoResponse, trace: unanswered, worldCause: 'The notification showed but they did not respond in time.', userSays: 'I saw something pop up but I was busy.', phoneEvents: [push('ignored')]});
		}
	}
}

type CodeContext = {
	readonly user: User;
	readonly credentialId: string;
	readonly credentialKind: 'authenticator' | 'software-token' | 'hardware-token';
	readonly fact: TotpFact | undefined;
};

/**
 * Checks a TOTP code the person reads from their app or token (fact sheet 3.5). Microsoft sees the code that
 * was entered (shown masked) and whether it matched; why a device shows a wrong code (clock, seed) is handset
 * side and stays in `worldCause`.
 */
export function deliverCode(context: CodeContext): Delivery {
	const {user, credentialId, credentialKind, fact} = context;
	const wrongCode = credentialKind === 'authenticator' ? details.invalidAppCode : details.incorrectCode;
	const token = user.methods.hardwareTokens.find((each) => each.id === credentialId);
	const asked = `The sign-in page asked for a code from ${credentialName(user, credentialId, credentialKind)}`;
	if (token?.status === 'assigned') {
		// The token's status is tenant data (Authentication methods shows it), so the admin may read it here.
		return denied({
			detail: details.incorrectCode,
			trace: `${asked}. Hardware token ${token.serialNumber} is assigned but was never activated, so its codes are not accepted.`,
			userSays: 'I type the number on the key fob and it says the code is wrong.',
		});
	}

	if (fact?.code === undefined) {
		return denied({
			detail: details.neverEnteredCode,
			trace: `${asked}; no code was entered before the sign-in timed out.`,
			worldCause: 'No device in their hands shows a code for this credential.',
			userSays: "I don't have anything that shows a code for this account.",
		});
	}

	if (!fact.accepted || fact.timeStep === undefined) {
		return denied({
			detail: wrongCode,
			trace: `The code ${maskCode(fact.code)} from ${credentialName(user, credentialId, credentialKind)} was entered, but it does not match the credential's codes within the accepted time window.`,
			worldCause: 'The code the device shows is outside the accepted window: the device clock or seed does not match the tenant.',
			userSays: 'It says the code is wrong, but I typed exactly what the app shows.',
		});
	}

	const lastStep = user.lastAcceptedTotpStep[credentialId];
	if (lastStep !== undefined && fact.timeStep <= lastStep) {
		return denied({
			detail: details.codeAlreadyUsed,
			trace: `${asked}. The code entered was already accepted once in this time step; a code works only once.`,
			userSays: 'It says the code was already used. I just typed it again.',
		});
	}

	return {ok: true, detail: details.completed, trace: `${asked}; the code entered matched within the accepted window.`, phoneEvents: [], acceptedStep: {credentialId, step: fact.timeStep}};
}

/** The credential as Authentication methods names it: the Authenticator device, the software token's name, the fob's serial. */
function credentialName(user: User, credentialId: string, kind: CodeContext['credentialKind']): string {
	switch (kind) {
		case 'authenticator': {
			const app = user.methods.authenticatorApps.find((each) => each.id === credentialId);
			return `Microsoft Authenticator on "${app?.deviceName ?? 'the registered device'}"`;
		}

		case 'software-token': {
			const software = user.methods.softwareTokens.find((each) => each.id === credentialId);
			return `the authenticator app "${software?.name ?? 'software token'}"`;
		}

		case 'hardware-token': {
			const hardware = user.methods.hardwareTokens.find((each) => each.id === credentialId);
			return `hardware token ${hardware?.serialNumber ?? ''}`.trim();
		}
	}
}

/** Codes appear in traces masked, so logs never teach a valid code. */
function maskCode(code: string): string {
	return code.length <= 2 ? '**' : `${code.slice(0, 2)}${'*'.repeat(code.length - 2)}`;
}
