import type {ClientId, UserId} from '../domain/common/ids.js';
import {eraAt, type Era} from '../domain/common/era.js';
import {MINUTE, type Instant} from '../domain/common/time.js';
import type {WallClock} from '../domain/ports.js';
import {currentState, takeTurn} from '../domain/session/play-session.js';
import type {SimState} from '../domain/state/sim-state.js';
import type {DefaultMethod} from '../domain/tenant/methods.js';
import type {Deps} from './deps.js';
import {playIntent, type Session, type SessionIntent} from './session-service.js';
import {attemptOf, buildSignInFacts, type SignInRequest} from './sign-in-service.js';

/**
 * Real-time mode (`--real-time`): the simulated clock follows the wall clock, so a real authenticator
 * app enrolled from the enrolment panel shows the codes the tenant expects. Codes typed from it go
 * through the same TOTP port, window (current step and one either side) and "already used" rule as
 * codes read off the simulated phone.
 */

/** The state with `now` moved up to the wall clock; never backwards (input durations may have put it ahead). */
export function followWallClock(state: SimState, clock: WallClock): SimState {
	const wall = clock.now();
	return wall > state.now ? {...state, now: wall} : state;
}

/** What starting a scenario in real time did: the moved state, where its clock was, and what dated facts changed. */
export type RealTimeStart = {
	readonly state: SimState;
	/** The scenario's own start (`startsAt`). */
	readonly scenarioStart: Instant;
	/** Dated facts (fact sheet 10) that differ between the scenario's date and today, in plain words. */
	readonly eraChanges: readonly string[];
};

const eraLabels: Readonly<Record<keyof Era, string>> = {
	exchangeBasicAuthRetired: 'Exchange Online Basic authentication retirement (1 Oct 2022)',
	leastPrivilegeMfaRoles: 'least-privilege MFA admin roles',
	rememberMfaMaxDays: 'remember-MFA maximum days (60 -> 365)',
	reRegisterDeletesMethods: '"Require re-register MFA" deleting methods',
	numberMatching: 'Authenticator number matching (8 May 2023)',
	noPushForUnfamiliarSignIns: 'no Authenticator notification for unfamiliar sign-ins (Aug 2023)',
	legacyFraudAlert: 'legacy fraud alert and block/unblock removal (1 Mar 2025)',
};

/** The dated facts that differ between two instants, in plain words (empty when none). */
export function eraChangesBetween(from: Instant, to: Instant): readonly string[] {
	const before = eraAt(from);
	const after = eraAt(to);
	return (Object.keys(eraLabels) as Array<keyof Era>).filter((key) => before[key] !== after[key]).map((key) => eraLabels[key]);
}

/**
 * Moves a scenario's initial state to the wall clock before play starts, and says which dated
 * facts the jump crosses: a ticket set in 2021 may not reproduce today (the host shows
 * `eraChanges` as a warning when it is not empty). No turn is taken, so grading counts the time
 * limit from here. To resume such an attempt, call it again with a clock fixed at the saved
 * `state.now`, then replay the transcript: the catch-up turns replay exactly.
 */
export function startInRealTime(initial: SimState, clock: WallClock): RealTimeStart {
	const state = followWallClock(initial, clock);
	return {state, scenarioStart: initial.now, eraChanges: eraChangesBetween(initial.now, state.now)};
}

/**
 * Catch-ups move in quarter minutes: `k / 4` minutes is exact in binary floating point, so a saved
 * `wait` intent replays to the very same millisecond (whole seconds would not: 7 / 60 * 60000 is
 * not 7000). The simulated clock trails the wall clock by less than 15 s, which no code notices:
 * typed codes are checked at the instant they were typed.
 */
export const catchUpStep = MINUTE / 4;

/**
 * Catches the session up with the wall clock: one ordinary `wait` turn for the whole quarter
 * minutes it is behind, or the session unchanged when it is less than that behind, or ahead.
 */
export function catchUp(session: Session, clock: WallClock): Session {
	const steps = Math.floor((clock.now() - currentState(session).now) / catchUpStep);
	if (steps < 1) {
		return session;
	}

	return takeTurn(session, {kind: 'wait', minutes: steps / 4}, {kind: 'wait', milliseconds: steps * catchUpStep});
}

/**
 * How the host keeps per-turn randomness aligned: `startTurn(index)` is called after a catch-up
 * turn and before the played turn draws anything, so the turn draws from the same stream it
 * will draw from when a saved transcript is replayed turn by turn.
 */
export type RealTimeTurnHooks = {
	readonly startTurn?: (index: number) => void;
};

function caughtUpFor(session: Session, clock: WallClock, hooks: RealTimeTurnHooks): Session {
	const caughtUp = catchUp(session, clock);
	if (caughtUp !== session) {
		hooks.startTurn?.(caughtUp.turns.length);
	}

	return caughtUp;
}

/** Real-time play: catch the session up with the wall clock, then play the intent as usual. */
export async function playInRealTime(session: Session, intent: SessionIntent, clock: WallClock, deps: Deps, hooks: RealTimeTurnHooks = {}): Promise<Session> {
	return playIntent(caughtUpFor(session, clock, hooks), intent, deps);
}

/** A sign-in completed with a code the trainee typed from a real authenticator app. */
export type TypedCodeSignIn = {
	readonly userId: UserId;
	readonly clientId: ClientId;
	/** Defaults to `app-code` ("Use a verification code"), so a push default does not swallow the code. */
	readonly method?: DefaultMethod;
	/** What the trainee typed; spaces are dropped (apps show `123 456`), nothing else is forgiven. */
	readonly code: string;
};

/** The code as typed, without the space apps put in the middle. */
export function typedDigits(code: string): string {
	return code.replaceAll(/\s/g, '');
}

/**
 * Signs the user in with a code from a real app. The tenant checks it at the wall-clock instant it
 * was typed (when the app showed it), not at the sign-in's simulated instant one input-duration
 * later, through the same path as simulated codes: `buildSignInFacts` with `typedCode`, then the
 * pure evaluation (window of one step either side, "verification code already used once").
 *
 * The turn records a plain sign-in intent, so grading, red flags and the timeline see a sign-in
 * and the code is not written to transcripts. Replaying such a transcript (resume) plays that
 * sign-in with the simulated phone instead, which may end differently: SessionIntent would need
 * the typed code for an exact replay (a change to it and its mirror, StepIntent).
 */
export async function signInWithTypedCode(session: Session, request: TypedCodeSignIn, clock: WallClock, deps: Deps, hooks: RealTimeTurnHooks = {}): Promise<Session> {
	const typedAt = clock.now();
	const caughtUp = caughtUpFor(session, clock, hooks);
	const signIn: SignInRequest = {userId: request.userId, clientId: request.clientId, method: request.method ?? 'app-code'};
	const facts = await buildSignInFacts({...currentState(caughtUp), now: typedAt}, {...signIn, typedCode: typedDigits(request.code)}, deps);
	const intent: SessionIntent = {kind: 'user', intent: {type: 'sign-in', ...signIn}};
	return takeTurn(caughtUp, intent, {kind: 'sign-in', attempt: attemptOf(signIn), facts});
}
