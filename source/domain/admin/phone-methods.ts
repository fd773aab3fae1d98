import type {UserId} from '../common/ids.js';
import {reject, type Rejection} from '../common/rejection.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {isValidPhoneNumber, type AuthMethods, type PhoneMethod} from '../tenant/methods.js';
import type {PhoneSlot} from './admin-command.js';
import {commit, describeUser, isRejection, noChange, resolveTarget} from './command-support.js';
import {securityInfoActivities, withUsableDefault} from './default-method.js';

/** How the Authentication methods blade names each phone slot (fact sheet 1.2). */
export const phoneSlotLabels: Readonly<Record<PhoneSlot, string>> = {
	authentication: 'Authentication phone',
	alternate: 'Alternate authentication phone',
	office: 'Office phone',
};

/** The phone registered in a slot, if any. */
export function phoneIn(methods: AuthMethods, slot: PhoneSlot): PhoneMethod | undefined {
	switch (slot) {
		case 'authentication': {
			return methods.authenticationPhone;
		}

		case 'alternate': {
			return methods.alternatePhone;
		}

		case 'office': {
			return methods.officePhone;
		}
	}
}

function withoutPhone(methods: AuthMethods, slot: PhoneSlot): AuthMethods {
	switch (slot) {
		case 'authentication': {
			const {authenticationPhone: _removed, ...rest} = methods;
			return rest;
		}

		case 'alternate': {
			const {alternatePhone: _removed, ...rest} = methods;
			return rest;
		}

		case 'office': {
			const {officePhone: _removed, ...rest} = methods;
			return rest;
		}
	}
}

function withPhone(methods: AuthMethods, slot: PhoneSlot, number: string): AuthMethods {
	switch (slot) {
		case 'authentication': {
			return {...methods, authenticationPhone: {number}};
		}

		case 'alternate': {
			return {...methods, alternatePhone: {number}};
		}

		case 'office': {
			// An office phone keeps its extension when only the number changes.
			return {...methods, officePhone: {...methods.officePhone, number}};
		}
	}
}

/**
 * "+ Add authentication method" / edit a phone on the Authentication methods blade (fact sheet 7.3).
 * The number must be in Entra's `+CountryCode Number` format; `null` deletes the phone in that slot, and
 * a default method that relied on it is dropped. Writing the number already there is a no-op.
 */
export function setPhoneMethod(state: SimState, userId: UserId, slot: PhoneSlot, number: string | null): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['manage-auth-methods'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	const label = phoneSlotLabels[slot];
	const current = phoneIn(target.methods, slot);
	if (number === null) {
		if (current === undefined) {
			return reject('method/not-registered', `${describeUser(target)} has no ${label.toLowerCase()} to delete.`);
		}

		return commit(state, {
			users: [withUsableDefault({...target, methods: withoutPhone(target.methods, slot)})],
			audits: [{service: 'Authentication Methods', activity: securityInfoActivities.deleted, targetUserId: target.id, details: {methodType: label}}],
		});
	}

	if (!isValidPhoneNumber(number)) {
		return reject(
			'method/invalid-phone-number',
			`"${number}" is not a phone number Entra accepts for the ${label.toLowerCase()}: use + country code, a space, then the number, e.g. +1 4255551234.`,
		);
	}

	if (current?.number === number) {
		return commit(state, noChange);
	}

	return commit(state, {
		users: [{...target, methods: withPhone(target.methods, slot, number)}],
		audits: [
			{
				service: 'Authentication Methods',
				activity: current === undefined ? securityInfoActivities.registered : securityInfoActivities.updated,
				targetUserId: target.id,
				details: {methodType: label},
			},
		],
	});
}
