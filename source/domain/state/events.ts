import type {UserId} from '../common/ids.js';
import type {Instant} from '../common/time.js';
import type {PhoneEvent} from '../world/phone.js';
import type {AuditLogEntry, SignInLogEntry} from './logs.js';

/** Something that happened, for the timeline, the debrief and the user's side. Never carries a secret. */
export type DomainEvent =
	| {readonly type: 'sign-in-recorded'; readonly entry: SignInLogEntry}
	| {readonly type: 'audit-recorded'; readonly entry: AuditLogEntry}
	| {readonly type: 'phone-event'; readonly userId: UserId; readonly event: PhoneEvent}
	/** The user answers in their own words ("No text came through"). */
	| {readonly type: 'user-said'; readonly userId: UserId; readonly at: Instant; readonly text: string}
	| {readonly type: 'app-password-shown'; readonly userId: UserId; readonly appPasswordId: string; readonly name: string}
	| {readonly type: 'clock-advanced'; readonly from: Instant; readonly to: Instant};

/** The result of a command the domain accepted. */
export type Applied<S> = {
	readonly ok: true;
	readonly state: S;
	readonly events: readonly DomainEvent[];
};
