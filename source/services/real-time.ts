import type {ClientId, UserId} from '../domain/common/ids.js';
import {eraAt, type Era} from '../domain/common/era.js';
import {MINUTE, type Instant} from '../domain/common/time.js';
import type {WallClock} from '../domain/ports.js';
import {currentState, takeTurn} from '../domain/session/play-session.js';
import {typedCodeOf, type TypedCode} from '../domain/session/typed-code.js';
import type {SimState} from '../domain/state/sim-state.js';
import type {DefaultMethod} from '../domain/tenant/methods.js';
import {findUser} from '../domain/tenant/tenant.js';
import {findPerson} from '../domain/world/world.js';
import type {Deps} from './deps.js';
import {playIntent, type Session, type SessionIntent} from './session-service.js';
import type {SignInRequest} from './sign-in-service.js';
import {buildTotpFacts} from './totp-facts.js';

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
 * limit from here. The attempt record keeps `state.now` as `realTimeStart`: a resume starts from
 * it (`atRealTimeStart`), then replays the transcript, catch-up turns and typed codes included.
 */
export function startInRealTime(initial: SimState, clock: WallClock): RealTimeStart {
	const state = followWallClock(initial, clock);
	return {state, scenarioStart: initial.now, eraChanges: eraChangesBetween(initial.now, state.now)};
}

/**
 * The initial state a resumed real-time attempt starts from: the scenario's initial state moved to
 * the saved `realTimeStart`, exactly as `startInRealTime` moved it then (the wall clock of that
 * day, not of the resume). Unchanged without a saved start (an attempt not begun in real time).
 */
export function atRealTimeStart(initial: SimState, realTimeStart: Instant | undefined): SimState {
	return realTimeStart === undefined ? initial : followWallClock(initial, {now: () => realTimeStart});
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
 * What the tenant makes of a typed code at the instant `at`: checked against each OATH credential
 * of the user with the same TOTP port and window as codes read off the simulated devices, then
 * kept as verdicts without the code (domain/session/typed-code.ts says why). Draws no randomness.
 */
export function resolveTypedCode(state: SimState, userId: UserId, code: string, at: Instant, deps: Pick<Deps, 'totp'>): TypedCode {
	const user = findUser(state.tenant, userId);
	return typedCodeOf(code, user === undefined ? {} : buildTotpFacts(user, findPerson(state.world, userId), at, deps.totp, code));
}

/**
 * Signs the user in with a code from a real app. The tenant checks it at the wall-clock instant it
 * was typed (when the app showed it), not at the sign-in's simulated instant one input-duration
 * later; the pure evaluation then applies the "verification code already used once" rule.
 *
 * The turn records a sign-in intent, so grading, red flags and the timeline see a sign-in, with
 * the code's verdicts resolved now (`typedCode`): replaying the transcript on resume plays the
 * same verdicts through the same path (`playIntent`), so it needs neither the code nor the clock
 * and gives the same state and sign-in log.
 */
export async function signInWithTypedCode(session: Session, request: TypedCodeSignIn, clock: WallClock, deps: Deps, hooks: RealTimeTurnHooks = {}): Promise<Session> {
	const typedAt = clock.now();
	const caughtUp = caughtUpFor(session, clock, hooks);
	const signIn: SignInRequest = {userId: request.userId, clientId: request.clientId, method: request.method ?? 'app-code'};
	const typedCode = resolveTypedCode(currentState(caughtUp), request.userId, typedDigits(request.code), typedAt, deps);
	return playIntent(caughtUp, {kind: 'user', intent: {type: 'sign-in', ...signIn}, typedCode}, deps);
}
