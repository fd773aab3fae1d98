import {DAY, HOUR, MINUTE} from '../domain/common/time.js';
import {currentState, takeTurn, type PlaySession} from '../domain/session/play-session.js';
import {inputDurations, type ResolvedInput} from '../domain/session/resolved-input.js';
import {typedCodeFacts, type TypedCode} from '../domain/session/typed-code.js';
import type {EscalationTarget, SimState} from '../domain/state/sim-state.js';
import {resolveAdminIntent, type AdminIntent} from './admin-service.js';
import type {Deps} from './deps.js';
import {attemptOf, buildSignInFacts} from './sign-in-service.js';
import {resolveUserIntent, type UserIntent} from './user-service.js';

/**
 * What the trainee chose, without secrets: what transcripts persist and red flags match. The same
 * intents with the same seed replay to the same session. Facts are computed again on replay, except
 * the one fact that cannot be: what a code typed from a real app was worth when it was typed.
 */
export type SessionIntent =
	| {readonly kind: 'admin'; readonly intent: AdminIntent}
	| {
			readonly kind: 'user';
			readonly intent: UserIntent;
			/**
			 * Real time only, on a sign-in: the person typed a code from the trainee's own app, and this
			 * is what the tenant made of it when it was typed (a resolved fact, never the code: see
			 * domain/session/typed-code.ts). Its verdicts stand in for the simulated devices' codes.
			 */
			readonly typedCode?: TypedCode;
	  }
	| {readonly kind: 'wait'; readonly minutes: number}
	/** Wait until 09:00 UTC the next day. */
	| {readonly kind: 'next-day'}
	/** Hand the ticket on: a task the trainee's role may not do goes to that role or to tier 2. */
	| {readonly kind: 'escalate'; readonly to: EscalationTarget; readonly reason: string};

/** A play session whose turns remember the trainee's intents. */
export type Session = PlaySession<SessionIntent>;

/** Computes the facts an intent needs (hashes, TOTP, seeded values) so the pure fold can apply it. */
export async function resolveIntent(state: SimState, intent: SessionIntent, deps: Deps): Promise<ResolvedInput> {
	switch (intent.kind) {
		case 'admin': {
			return {kind: 'admin', command: await resolveAdminIntent(state, intent.intent, deps)};
		}

		case 'user': {
			const action = intent.intent;
			if (action.type === 'sign-in') {
				// The attempt happens after the input's duration; facts are computed for that instant.
				const at = {...state, now: state.now + inputDurations['sign-in']};
				const facts = await buildSignInFacts(at, action, deps);
				return {kind: 'sign-in', attempt: attemptOf(action), facts: intent.typedCode === undefined ? facts : {...facts, totp: typedCodeFacts(intent.typedCode)}};
			}

			return {kind: 'user', action: await resolveUserIntent(state, action, deps)};
		}

		case 'wait': {
			return {kind: 'wait', milliseconds: Math.max(0, intent.minutes) * MINUTE};
		}

		case 'next-day': {
			const nextMorning = Math.floor(state.now / DAY) * DAY + DAY + 9 * HOUR;
			return {kind: 'wait', milliseconds: nextMorning - state.now};
		}

		case 'escalate': {
			return {kind: 'escalate', to: intent.to, reason: intent.reason};
		}
	}
}

/** Plays one intent: resolve its facts with effects, then take the turn in the pure session. */
export async function playIntent(session: Session, intent: SessionIntent, deps: Deps): Promise<Session> {
	const input = await resolveIntent(currentState(session), intent, deps);
	return takeTurn(session, intent, input);
}
