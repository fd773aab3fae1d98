import type {UserId} from '../common/ids.js';
import type {Instant} from '../common/time.js';
import type {AdminRole} from '../tenant/roles.js';
import type {Tenant} from '../tenant/tenant.js';
import type {World} from '../world/world.js';
import type {AuditLogEntry, SignInLogEntry} from './logs.js';

/** Who a ticket can be handed to: someone holding a directory role the trainee lacks, or the second-line team. */
export type EscalationTarget = AdminRole | 'tier-2';

/**
 * A ticket the trainee handed on because their role may not do the task (DESIGN section 3). It changes
 * nothing in the tenant: the goal `escalated` and the debrief read it.
 */
export type Escalation = {
	readonly at: Instant;
	readonly to: EscalationTarget;
	/** What the trainee wrote in the handover, for the debrief. */
	readonly reason: string;
};

/** Everything the simulation knows at one instant: the tenant, the world around it, the clock and the logs. */
export type SimState = {
	readonly tenant: Tenant;
	readonly world: World;
	readonly now: Instant;
	/** The admin account the trainee is signed in as; its roles decide what they may do. */
	readonly actorId: UserId;
	readonly signInLog: readonly SignInLogEntry[];
	readonly auditLog: readonly AuditLogEntry[];
	/** Monotonic counter for deterministic ids (request ids, grant ids, app password ids). */
	readonly sequence: number;
	/** Tickets handed on, oldest first. Absent means none, so state builders need not mention it. */
	readonly escalations?: readonly Escalation[];
};

/** Takes the next deterministic id with a prefix, e.g. `ap-0007`. */
export function nextId(state: SimState, prefix: string): {readonly id: string; readonly state: SimState} {
	const sequence = state.sequence + 1;
	return {id: `${prefix}-${String(sequence).padStart(4, '0')}`, state: {...state, sequence}};
}

/** Formats a counter as a GUID-shaped id, as request and correlation ids look in the portal. */
export function guidFrom(seed: string, sequence: number): string {
	let hash = 2_166_136_261;
	const text = `${seed}:${sequence}`;
	const parts: string[] = [];
	for (let round = 0; round < 4; round++) {
		for (const char of text) {
			hash ^= char.codePointAt(0) ?? 0;
			hash = Math.imul(hash, 16_777_619) >>> 0;
		}

		hash = Math.imul(hash ^ round, 2_654_435_761) >>> 0;
		parts.push(hash.toString(16).padStart(8, '0'));
	}

	const hex = parts.join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
