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

/** Sends a Microsoft Authenticator push and plays out what the person does with it (fact sheet 3.4). */
export function deliverPush(context: PushContext): Delivery {
	const {person, registrationId, era, now} = context;
	const holder = holderOf(person, registrationId);
	if (!holder) {
		return denied(details.pushNotSentToDevice, 'No phone in the user\'s world holds an Authenticator account for this registration.', "Nothing shows up in the Authenticator app. I don't even see the account there.");
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
		return denied(details.pushNoResponse, 'The push went to the old phone the registration belongs to; the user no longer carries it.', "I got a new phone and nothing comes up on it.");
	}

	const {phone} = holder;
	if (account?.activated === false) {
		// Fact sheet 3.4 / ticket 8: a restored or reinstalled app shows "Authentication request is not for an activated account".
		return denied(details.pushNotSentToDevice, 'The Authenticator account on the phone is not activated (the app was restored or reinstalled).', "The app says 'Authentication request is not for an activated account'.");
	}

	if (!phone.poweredOn || !phone.hasData) {
		return denied(details.pushNoResponse, 'The phone is off or has no data connection, so the notification never arrived.', 'Nothing came through on my phone.');
	}

	const unfamiliar = era.noPushForUnfamiliarSignIns && context.network.country !== person.homeCountry;
	const hidden = !phone.authenticator.notificationsAllowed || phone.authenticator.batteryOptimised || phone.doNotDisturb;
	if ((unfamiliar || hidden) && !person.behaviour.checksAuthenticatorManually) {
		const why = unfamiliar
			? `The sign-in came from an unfamiliar location (${context.network.location}), so since August 2023 Authenticator shows no notification; the user must open the app and refresh.`
			: 'Notifications for Authenticator are off, battery optimisation stops it in the background, or Do Not Disturb is on, so nothing was shown.';
		return denied(details.pushNoResponse, why, 'I waited but no notification ever popped up.', [push('not-shown')]);
	}

	switch (person.behaviour.pushResponse) {
		case 'approve': {
			const matched = numberMatch === undefined ? 'tapped Approve' : `typed the number ${numberMatch} and tapped Yes`;
			return {ok: true, detail: details.completed, trace: `Authenticator showed the request; the user ${matched}.`, phoneEvents: [push('approved')]};
		}

		case 'deny': {
			return denied(details.declined, 'The user tapped Deny.', "I pressed Deny, it looked suspicious.", [push('denied')]);
		}

		case 'report': {
			return {...denied(details.fraudReported, 'The user tapped "No, it\'s not me", which reports fraud / suspicious activity.', "I tapped 'No, it's not me' by mistake.", [push('denied')]), fraudReported: true};
		}

		case 'ignore': {
			return denied(details.pushNoResponse, 'The notification showed but the user did not respond in time.', 'I saw something pop up but I was busy.', [push('ignored')]);
		}
	}
}

type CodeContext = {
	readonly user: User;
	readonly credentialId: string;
	readonly credentialKind: 'authenticator' | 'software-token' | 'hardware-token';
	readonly fact: TotpFact | undefined;
};

/** Checks a TOTP code the person reads from their app or token (fact sheet 3.5). */
export function deliverCode(context: CodeContext): Delivery {
	const {user, credentialId, credentialKind, fact} = context;
	const wrongCode = credentialKind === 'authenticator' ? details.invalidAppCode : details.incorrectCode;
	const token = user.methods.hardwareTokens.find((each) => each.id === credentialId);
	if (token?.status === 'assigned') {
		return denied(details.incorrectCode, `Hardware token ${token.serialNumber} is assigned but was never activated, so its codes are not accepted.`, 'I type the number on the key fob and it says the code is wrong.');
	}

	if (fact?.code === undefined) {
		return denied(details.neverEnteredCode, 'No device in the user\'s hands shows a code for this credential.', "I don't have anything that shows a code for this account.");
	}

	if (!fact.accepted || fact.timeStep === undefined) {
		return denied(wrongCode, `The code ${maskCode(fact.code)} from the user's device is outside the accepted window: the device clock or seed does not match the tenant.`, "It says the code is wrong, but I typed exactly what the app shows.");
	}

	const lastStep = user.lastAcceptedTotpStep[credentialId];
	if (lastStep !== undefined && fact.timeStep <= lastStep) {
		return denied(details.codeAlreadyUsed, 'This time step\'s code was already accepted once; a code works only once.', 'It says the code was already used. I just typed it again.');
	}

	return {ok: true, detail: details.completed, trace: 'The user typed the current code; it matched within the accepted window.', phoneEvents: [], acceptedStep: {credentialId, step: fact.timeStep}};
}

/** Codes appear in traces masked, so logs never teach a valid code. */
function maskCode(code: string): string {
	return code.length <= 2 ? '**' : `${code.slice(0, 2)}${'*'.repeat(code.length - 2)}`;
}
