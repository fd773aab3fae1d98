/**
 * The telephony half of the sign-in oracle (sign-in-oracle.ts): could a text or a verification call
 * really have been completed, re-derived from the state before the sign-in? Texts and calls are
 * routed by number, not by method slot (fact sheet 1.2, 3.1-3.3): a number reaches the mobile in
 * hand when it is the SIM's, else an old phone with it, else the desk phone on that line.
 */
import type {SignInLogEntry} from '../../source/domain/state/logs.js';
import type {Tenant} from '../../source/domain/tenant/tenant.js';
import type {User} from '../../source/domain/tenant/user.js';
import type {Phone} from '../../source/domain/world/phone.js';
import type {Person} from '../../source/domain/world/world.js';

function digits(number: string): string {
	return number.replaceAll(/\D/g, '');
}

const validNumber = /^\+[1-9]\d{0,2} \d{4,14}$/;
const optInCodes: ReadonlySet<string> = new Set(['53', '63', '234', '880']);

/** Is `number` one Microsoft sends to: the +CC format, and not a calling code still waiting for the admin's opt-in? (fact sheet 3.2) */
function sendable(tenant: Tenant, number: string): boolean {
	const code = /^\+(\d{1,3}) /.exec(number)?.[1];
	return validNumber.test(number) && !(code !== undefined && optInCodes.has(code) && !tenant.telephonyOptedInCallingCodes.includes(code));
}

/**
 * The phone in the person's hand, if the network routes `number` there (by number, not by method slot: the phone
 * in hand owns its number even when an old phone has the same one) and it can take a text or call now (fact sheet 3.2, 3.3).
 */
function mobileReached(tenant: Tenant, person: Person, number: string): Phone | undefined {
	const phone = person.phone;
	const reachable = phone !== undefined && sendable(tenant, number) && digits(phone.number) === digits(number)
		&& phone.poweredOn && phone.hasSignal && !(phone.roamingCallingCode !== undefined && phone.roamingBlocksTelephony);
	return reachable ? phone : undefined;
}

/**
 * Does a call to `number` (+ extension) ring the person's desk phone? Never when the mobile or an old phone has that
 * number; a desk with an extension only through it, a desk without one (a direct line) whatever is dialled after it.
 */
function ringsDesk(person: Person, number: string, extension: string | undefined): boolean {
	const desk = person.deskPhone;
	const otherPhoneOwnsIt = [person.phone, person.oldPhone].some((phone) => phone !== undefined && digits(phone.number) === digits(number));
	return desk !== undefined && !otherPhoneOwnsIt && digits(desk.number) === digits(number) && (desk.extension === undefined || desk.extension === extension);
}

/** Does a call to `number` get answered at the desk? Only while the person sits there (the office network). */
function deskAnswers(tenant: Tenant, person: Person, number: string, extension: string | undefined): boolean {
	return sendable(tenant, number) && ringsDesk(person, number, extension) && person.networkId === 'office';
}

/** The registered phones a verification call may go to, as the sign-in row names them (fact sheet 1.2). */
type CallSlot = 'authentication' | 'alternate authentication' | 'office';
type CallTarget = {readonly slot: CallSlot; readonly number: string; readonly extension: string | undefined};

function callTargets(user: User): readonly CallTarget[] {
	const {authenticationPhone, alternatePhone, officePhone} = user.methods;
	return [
		...(authenticationPhone ? [{slot: 'authentication' as const, number: authenticationPhone.number, extension: undefined}] : []),
		...(alternatePhone ? [{slot: 'alternate authentication' as const, number: alternatePhone.number, extension: undefined}] : []),
		...(officePhone ? [{slot: 'office' as const, number: officePhone.number, extension: officePhone.extension}] : []),
	];
}

const calledSlot = /Phone call placed to the (authentication|alternate authentication|office) phone/;

/**
 * The phones a Phone call row may have called. Its delivery step names the registered phone the call was placed to
 * (what the admin sees), and where that number leads is worked out here; a row whose wording names none is taken to
 * have called any of them, and one naming a phone the user does not have, none.
 */
function calledTargets(user: User, entry: SignInLogEntry): readonly CallTarget[] {
	const slot = entry.trace.map((step) => calledSlot.exec(step.detail)?.[1]).find((each) => each !== undefined);
	return callTargets(user).filter((target) => slot === undefined || target.slot === slot);
}

/** Could a text to the authentication phone be read? Only a mobile in hand shows one; a desk landline never receives it. */
export function textCompletable(tenant: Tenant, user: User, person: Person): boolean {
	const number = user.methods.authenticationPhone?.number;
	if (!tenant.settings.verificationOptions.text || tenant.securityDefaults || number === undefined) {
		return false;
	}

	const phone = mobileReached(tenant, person, number);
	return phone !== undefined && !phone.smsBlocker && !phone.doNotDisturb;
}

/** Could the call the row made be answered with #, on the mobile in hand or at the desk the number rings? */
export function callCompletable(tenant: Tenant, user: User, person: Person, entry: SignInLogEntry): boolean {
	if (!tenant.settings.verificationOptions.call || tenant.securityDefaults || !person.behaviour.pressesHash) {
		return false;
	}

	return calledTargets(user, entry).some(({number, extension}) => {
		const phone = mobileReached(tenant, person, number);
		const mobile = phone !== undefined && !phone.blocksMicrosoftCaller && !phone.smsBlocker && !phone.callsGoToVoicemail && !phone.doNotDisturb;
		return mobile || deskAnswers(tenant, person, number, extension);
	});
}

/** Did the call the row made ring the person's desk phone, whether or not they were there to answer it? For the coverage print. */
export function callRangDesk(user: User, person: Person, entry: SignInLogEntry): boolean {
	return entry.trace.some((step) => calledSlot.test(step.detail)) && calledTargets(user, entry).some(({number, extension}) => ringsDesk(person, number, extension));
}
