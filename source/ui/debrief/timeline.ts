import {MINUTE} from '../../domain/common/time.js';
import type {SignInLogEntry} from '../../domain/state/logs.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {UserActionRejection} from '../../domain/user/outcome.js';
import type {Session} from '../../services/session-service.js';
import {describeIntent} from '../../services/describe-intent.js';
import {formatTime} from '../app/text.js';

/** One turn of the attempt as the debrief's timeline shows it. */
export type TimelineEntry = {
	/** The simulated clock after the turn, `09:14`. */
	readonly time: string;
	/** Simulated minutes since the start, after the turn. */
	readonly minute: number;
	/** What was done, in the admin center's or the person's words. */
	readonly what: string;
	/** Why it was refused, when it was. */
	readonly refusal?: string;
	/** Sign-in log rows the turn wrote, in one line each. */
	readonly signIns: readonly string[];
	/** What the person said, `Priya: "No text came through"`. */
	readonly said: readonly string[];
};

/** A sign-in log row in one line: `Success (Browser)`, `Failure AADSTS50076 (Exchange ActiveSync): reason`. Pure. */
export function signInText(entry: SignInLogEntry): string {
	const code = entry.errorCode === 0 ? '' : ` AADSTS${entry.errorCode}`;
	const detail = entry.status === 'Success' ? (entry.mfaResultDetail === undefined ? '' : `, ${entry.mfaResultDetail}`) : `: ${entry.failureReason}`;
	return `${entry.status}${code} (${entry.clientApp})${detail}`;
}

/** Every turn of the session, oldest first: time, what, refusal, sign-in rows and the person's words. Pure. */
export function timelineEntries(session: Session): readonly TimelineEntry[] {
	return session.turns.map((turn, index): TimelineEntry => {
		const before = index === 0 ? session.initial : session.turns[index - 1]!.state;
		const rejection: UserActionRejection | undefined = turn.rejection;
		const speaker = (userId: string): string => findUser(turn.state.tenant, userId)?.displayName.split(' ')[0] ?? userId;
		const said = turn.events.flatMap((event) => (event.type === 'user-said' ? [`${speaker(event.userId)}: "${event.text}"`] : []));
		if (rejection?.userSaid !== undefined && turn.intent.kind === 'user') {
			said.push(`${speaker(turn.intent.intent.userId)}: "${rejection.userSaid}"`);
		}

		return {
			time: formatTime(turn.state.now),
			minute: Math.round((turn.state.now - session.initial.now) / MINUTE),
			what: describeIntent(turn.intent, before),
			...(rejection === undefined ? {} : {refusal: rejection.message}),
			signIns: turn.events.flatMap((event) => (event.type === 'sign-in-recorded' ? [signInText(event.entry)] : [])),
			said,
		};
	});
}
