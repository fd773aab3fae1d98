/**
 * Assertions and small builders for admin-command tests, so each test reads as a troubleshooting story.
 */
import {expect} from 'vitest';
import type {AdminCommand} from '../../source/domain/admin/admin-command.js';
import {applyAdminCommand} from '../../source/domain/admin/apply-admin-command.js';
import type {UserId} from '../../source/domain/common/ids.js';
import type {Rejection, RejectionCode} from '../../source/domain/common/rejection.js';
import type {Applied} from '../../source/domain/state/events.js';
import type {AuditLogEntry} from '../../source/domain/state/logs.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {HardwareOathToken} from '../../source/domain/tenant/methods.js';
import type {AppPassword, RememberedDeviceGrant, User} from '../../source/domain/tenant/user.js';
import {instant} from './build-state.js';

/** Asserts the command was refused with this code and returns the rejection for message checks. */
export function expectRejected(result: Applied<SimState> | Rejection, code: RejectionCode): Rejection {
	if (result.ok) {
		throw new Error(`expected rejection ${code}, but the command was applied with ${result.events.length} event(s)`);
	}

	expect(result.code).toBe(code);
	return result;
}

/** Asserts the command was applied and returns the result. */
export function expectApplied(result: Applied<SimState> | Rejection): Applied<SimState> {
	if (!result.ok) {
		throw new Error(`expected the command to be applied, but it was refused: ${result.code}: ${result.message}`);
	}

	return result;
}

/** Applies a command that must succeed and returns the new state. */
export function run(state: SimState, command: AdminCommand): SimState {
	return expectApplied(applyAdminCommand(state, command)).state;
}

/** A user of the state's tenant; throws when the id is unknown (a broken test). */
export function userIn(state: SimState, userId: UserId): User {
	const user = state.tenant.users[userId];
	if (user === undefined) {
		throw new Error(`no user ${userId} in the test state`);
	}

	return user;
}

/** Activity names of the audit log, oldest first. */
export function activities(state: SimState): readonly string[] {
	return state.auditLog.map((entry) => entry.activity);
}

/** The single audit row with this activity; fails when there are none or several. */
export function onlyAudit(state: SimState, activity: string): AuditLogEntry {
	const rows = state.auditLog.filter((entry) => entry.activity === activity);
	expect(rows, `audit rows named "${activity}"`).toHaveLength(1);
	return rows[0]!;
}

/** An app password as the tenant stores it (fake hash and tag: the domain never hashes). */
export function appPassword(id: string, name: string): AppPassword {
	return {id, name, createdAt: instant('2021-02-01T00:00:00Z'), hash: `$argon2id$fake$${id}`, lookupTag: `tag-${id}`};
}

/** A "Don't ask again" grant for one browser. */
export function rememberedDevice(id: string, clientId = 'browser'): RememberedDeviceGrant {
	return {id, clientId, grantedAt: instant('2024-03-01T00:00:00Z'), expiresAt: instant('2024-04-01T00:00:00Z')};
}

/** A hardware OATH token assigned to a user, not yet activated unless told. */
export function hardwareToken(overrides: Partial<HardwareOathToken> = {}): HardwareOathToken {
	return {
		id: 'hw-1',
		serialNumber: 'SN-100200',
		manufacturer: 'Contoso Tokens',
		model: 'C200',
		secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
		periodSeconds: 30,
		status: 'assigned',
		...overrides,
	};
}
