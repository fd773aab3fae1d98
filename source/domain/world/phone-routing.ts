import type {DeskPhone, Phone, PhoneEvent} from './phone.js';
import type {Person} from './world.js';

/** One of the person's telephones: the mobile in their hand, an old mobile they no longer carry, the desk landline. */
export type PhoneDevice = 'phone' | 'old-phone' | 'desk-phone';

/**
 * Where a text or call Microsoft sends to a registered number ends up. The telephone network routes by
 * number, whatever slot of the user's methods (authentication, alternate, office) the number sits in.
 */
export type Destination =
	| {readonly device: 'phone'; readonly phone: Phone}
	| {readonly device: 'old-phone'; readonly phone: Phone}
	| {readonly device: 'desk-phone'; readonly desk: DeskPhone}
	/** None of the person's phones: someone else's line or a number not in service (invented: nobody who can answer). */
	| {readonly device: 'nobody'};

function digits(number: string): string {
	return number.replaceAll(/\D/g, '');
}

/** Whether two numbers are the same line, however they are spaced or punctuated. */
export function sameNumber(left: string, right: string): boolean {
	return digits(left) === digits(right);
}

/**
 * Whether a number and extension ring this desk. A desk without an extension is a direct line, so any extension
 * dialled after it still rings there; a desk with one is reached only through it, since the bare number is the
 * office's main line (switchboard or auto-attendant). Invented: the fact sheet only says extensions exist on
 * office phones (fact sheet 1.2).
 */
function ringsDesk(desk: DeskPhone, number: string, extension: string | undefined): boolean {
	return sameNumber(desk.number, number) && (desk.extension === undefined || desk.extension === extension);
}

/**
 * Which of the person's phones a number reaches. The phone in hand wins over an old phone with the same number,
 * since the SIM moved to the new one; a number matching none of their phones reaches nobody they can answer.
 * `extension` matters only for a desk phone (texts pass none).
 */
export function destinationOf(person: Person, number: string, extension?: string): Destination {
	if (person.phone !== undefined && sameNumber(person.phone.number, number)) {
		return {device: 'phone', phone: person.phone};
	}

	if (person.oldPhone !== undefined && sameNumber(person.oldPhone.number, number)) {
		return {device: 'old-phone', phone: person.oldPhone};
	}

	if (person.deskPhone !== undefined && ringsDesk(person.deskPhone, number, extension)) {
		return {device: 'desk-phone', desk: person.deskPhone};
	}

	return {device: 'nobody'};
}

/** The person with events appended to one device's log; unchanged when that device is missing or nothing happened. */
export function withDeviceEvents(person: Person, device: PhoneDevice, events: readonly PhoneEvent[]): Person {
	if (events.length === 0) {
		return person;
	}

	switch (device) {
		case 'phone': {
			return person.phone === undefined ? person : {...person, phone: {...person.phone, log: [...person.phone.log, ...events]}};
		}

		case 'old-phone': {
			return person.oldPhone === undefined ? person : {...person, oldPhone: {...person.oldPhone, log: [...person.oldPhone.log, ...events]}};
		}

		case 'desk-phone': {
			return person.deskPhone === undefined ? person : {...person, deskPhone: {...person.deskPhone, log: [...person.deskPhone.log, ...events]}};
		}
	}
}

/** Whether the person is at their desk to answer its phone (the `office` network; a convention shared with the person-side estimates). */
export function isAtDesk(person: Person): boolean {
	return person.networkId === 'office';
}
