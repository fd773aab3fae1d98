import type {UserId} from '../common/ids.js';
import {findUser} from '../tenant/tenant.js';
import type {Applied, DomainEvent} from './events.js';
import type {AuditLogEntry, AuditService} from './logs.js';
import {nextId, type SimState} from './sim-state.js';

/** What a command wants written to the audit log (fact sheet 1.5 activity names). */
export type AuditRecord = {
	readonly service: AuditService;
	readonly category?: AuditLogEntry['category'];
	readonly activity: string;
	/** The user who did it; defaults to the trainee's admin account. */
	readonly initiatedBy?: UserId;
	readonly targetUserId?: UserId;
	readonly details?: Readonly<Record<string, string>>;
};

/** Appends one audit entry to the state and returns the event that announces it. */
export function recordAudit(state: SimState, record: AuditRecord): {readonly state: SimState; readonly event: DomainEvent} {
	const {id, state: next} = nextId(state, 'audit');
	const initiator = findUser(state.tenant, record.initiatedBy ?? state.actorId);
	const target = record.targetUserId === undefined ? undefined : findUser(state.tenant, record.targetUserId);
	const entry: AuditLogEntry = {
		id,
		at: state.now,
		service: record.service,
		category: record.category ?? 'UserManagement',
		activity: record.activity,
		initiatedBy: initiator?.upn ?? record.initiatedBy ?? state.actorId,
		...(target === undefined ? {} : {targetUpn: target.upn}),
		result: 'success',
		details: record.details ?? {},
	};
	return {state: {...next, auditLog: [...next.auditLog, entry]}, event: {type: 'audit-recorded', entry}};
}

/** Appends several audit entries in order. */
export function recordAudits(state: SimState, records: readonly AuditRecord[]): Applied<SimState> {
	let current = state;
	const events: DomainEvent[] = [];
	for (const record of records) {
		const result = recordAudit(current, record);
		current = result.state;
		events.push(result.event);
	}

	return {ok: true, state: current, events};
}
