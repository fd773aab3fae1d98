import type {RejectionCode} from '../../domain/common/rejection.js';

/** Said under a refusal that the trainee's role can't get past: how to hand the ticket on instead. */
export const escalationTip = 'Not your role? Close this, then press : and type escalate to hand the ticket on.';

/**
 * The tip for a refusal, when escalating is the way on: the actor's roles don't allow the task
 * (`role/insufficient`) or not for this target (`role/target-protected`); undefined otherwise. Pure.
 */
export function escalationTipFor(rejection: {readonly code: RejectionCode} | undefined): string | undefined {
	return rejection?.code === 'role/insufficient' || rejection?.code === 'role/target-protected' ? escalationTip : undefined;
}
