import type {UserId} from '../common/ids.js';
import type {Rejection, RejectionCode} from '../common/rejection.js';
import {recordAudit} from '../state/audit.js';
import type {Applied, DomainEvent} from '../state/events.js';
import type {AuditService} from '../state/logs.js';
import type {SimState} from '../state/sim-state.js';

/**
 * A refused user action. `message` tells the trainee what was refused and why; `userSaid` is what the
 * person answers in their own words (a Rejection carries no events, so the line travels with it).
 * Assignable to Rejection; neither field ever holds a secret.
 */
export type UserActionRejection = Rejection & {readonly userSaid?: string};

/** Builds a refusal with a sentence for the trainee and, when there is a person to speak, their reply. */
export function refuse(code: RejectionCode, message: string, userSaid?: string): UserActionRejection {
	return userSaid === undefined ? {ok: false, code, message} : {ok: false, code, message, userSaid};
}

/** True when a step returned a refusal instead of a value. */
export function isRefusal(value: unknown): value is UserActionRejection {
	return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}

/** The person's reply as a timeline event. */
export function said(state: SimState, userId: UserId, text: string): DomainEvent {
	return {type: 'user-said', userId, at: state.now, text};
}

/** An accepted action: the new state, its events (audit first, if any) and the person's reply last. */
export function done(state: SimState, userId: UserId, text: string, events: readonly DomainEvent[] = []): Applied<SimState> {
	return {ok: true, state, events: [...events, said(state, userId, text)]};
}

/** What a user's self-service change writes to the audit log. */
export type SelfServiceAudit = {
	readonly service: AuditService;
	/** Fact sheet 1.5 activity name, or an invented one marked where it is defined. */
	readonly activity: string;
	readonly details?: Readonly<Record<string, string>>;
};

/** Records audit entries initiated by the user on their own account, in order. */
export function auditSelf(
	state: SimState,
	userId: UserId,
	records: readonly SelfServiceAudit[],
): {readonly state: SimState; readonly events: readonly DomainEvent[]} {
	let current = state;
	const events: DomainEvent[] = [];
	for (const record of records) {
		const result = recordAudit(current, {
			service: record.service,
			activity: record.activity,
			initiatedBy: userId,
			targetUserId: userId,
			...(record.details === undefined ? {} : {details: record.details}),
		});
		current = result.state;
		events.push(result.event);
	}

	return {state: current, events};
}

/** Fact sheet 1.5 activity names used by user self-service. */
export const activities = {
	registered: {service: 'Authentication Methods', activity: 'User registered security info'},
	deleted: {service: 'Authentication Methods', activity: 'User deleted security info'},
	changedDefault: {service: 'Authentication Methods', activity: 'User changed default security info'},
	createdAppPassword: {service: 'Core Directory', activity: 'Create application password for user'},
	deletedAppPassword: {service: 'Core Directory', activity: 'Delete application password for user'},
	// Fact sheet 1.5 lists this name for the admin remedy; logging the user's own restore under it is inferred.
	restoredRememberedDevices: {service: 'MFA', activity: 'Restore multifactor authentication on all remembered devices'},
} as const satisfies Record<string, SelfServiceAudit>;
