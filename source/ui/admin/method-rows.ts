import type {PhoneSlot} from '../../domain/admin/admin-command.js';
import {phoneSlotLabels} from '../../domain/admin/phone-methods.js';
import type {AuthMethods} from '../../domain/tenant/methods.js';
import {formatDate} from './format.js';

/**
 * One row of the Authentication methods blade. Built from the tenant's methods WITHOUT their
 * secrets: no TOTP seed or hash ever reaches a row, so no view can print one.
 */
export type MethodRow = PhoneRow | CredentialRow;

/** A phone method row: deleting it empties its slot. */
export type PhoneRow = {readonly kind: 'phone'; readonly key: string; readonly slot: PhoneSlot; readonly method: string; readonly detail: string; readonly status: string};

/** An Authenticator registration or OATH token row, by method id. */
export type CredentialRow = {
	readonly kind: 'app' | 'software-token' | 'hardware-token';
	readonly key: string;
	readonly methodId: string;
	readonly method: string;
	readonly detail: string;
	readonly status: string;
	readonly isActivated: boolean;
};

/** A hardware OATH token row (the only kind an admin activates). */
export type HardwareTokenRow = CredentialRow & {readonly kind: 'hardware-token'};

/** Narrows a row to a hardware token row. */
export function isHardwareTokenRow(row: MethodRow | undefined): row is HardwareTokenRow {
	return row?.kind === 'hardware-token';
}

/** The rows of the Authentication methods blade, phones first, in the portal's order. Pure. */
export function methodRows(methods: AuthMethods): readonly MethodRow[] {
	const rows: MethodRow[] = [];
	const phones: ReadonlyArray<[PhoneSlot, string | undefined, string | undefined]> = [
		['authentication', methods.authenticationPhone?.number, undefined],
		['alternate', methods.alternatePhone?.number, undefined],
		['office', methods.officePhone?.number, methods.officePhone?.extension],
	];
	for (const [slot, number, extension] of phones) {
		if (number !== undefined) {
			rows.push({kind: 'phone', key: `phone-${slot}`, slot, method: phoneSlotLabels[slot], detail: extension === undefined ? number : `${number} x${extension}`, status: ''});
		}
	}

	for (const app of methods.authenticatorApps) {
		const modes = [app.push ? 'push' : '', app.code ? 'code' : ''].filter((mode) => mode.length > 0).join(', ');
		rows.push({kind: 'app', key: app.id, methodId: app.id, method: 'Microsoft Authenticator', detail: `${app.deviceName} (${modes || 'no mode'})`, status: formatDate(app.registeredAt), isActivated: true});
	}

	for (const token of methods.softwareTokens) {
		rows.push({kind: 'software-token', key: token.id, methodId: token.id, method: 'Software OATH token', detail: token.name, status: formatDate(token.registeredAt), isActivated: true});
	}

	for (const token of methods.hardwareTokens) {
		rows.push({
			kind: 'hardware-token',
			key: token.id,
			methodId: token.id,
			method: 'Hardware OATH token',
			detail: `${token.serialNumber} ${token.manufacturer} ${token.model} ${token.periodSeconds}s`,
			status: token.status === 'activated' ? 'Activated' : 'Not activated',
			isActivated: token.status === 'activated',
		});
	}

	return rows;
}
