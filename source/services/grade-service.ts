import {inputDurations} from '../domain/session/resolved-input.js';
import type {SimState} from '../domain/state/sim-state.js';
import {findClient, findPerson, withClient, withPerson} from '../domain/world/world.js';
import {evaluateGoal, type GoalResult} from '../scenario/grading/evaluate-goal.js';
import {signInGoalsOf, signInKey, type SignInGoal, type VerificationOutcome} from '../scenario/grading/grade-check.js';
import {gradeAttempt, verificationsNeeded, type Grade} from '../scenario/grading/grade-attempt.js';
import type {GoalPredicate} from '../scenario/schema/goal-schema.js';
import type {Scenario} from '../scenario/schema/scenario-schema.js';
import type {Deps} from './deps.js';
import type {Session} from './session-service.js';
import {signIn} from './sign-in-service.js';

/** The copy a verification sign-in runs on: a minute later (as an asked sign-in), from `network` when given. */
function verificationCopy(state: SimState, goal: SignInGoal): SimState {
	const later: SimState = {...state, now: state.now + inputDurations['sign-in']};
	const person = goal.network === undefined ? undefined : findPerson(later.world, goal.user);
	if (person === undefined || goal.network === undefined) {
		return later;
	}

	// The person moves; a client pinned to a network (a scanner, a kiosk) is taken there too.
	const client = findClient(person, goal.client);
	const moved = {...person, networkId: goal.network};
	const placed = client?.network === undefined ? moved : withClient(moved, {...client, network: goal.network});
	return {...later, world: withPerson(later.world, placed)};
}

/**
 * Runs one verification sign-in on a copy of `state` through the sign-in service (one argon2 verification).
 * The copy is a minute later, so a TOTP code used by the last sign-in of the session is not replayed; the
 * person moves to `network` when given; `method` is "Sign in another way". The session never changes.
 */
export async function verifySignIn(state: SimState, goal: SignInGoal, deps: Deps): Promise<VerificationOutcome> {
	const request = {userId: goal.user, clientId: goal.client, ...(goal.method === undefined ? {} : {method: goal.method})};
	const result = await signIn(verificationCopy(state, goal), request, deps);
	return result.ok ? {ok: true, entry: result.entry} : {ok: false, message: result.message};
}

/** Runs the verification sign-ins one after another (so seeded draws come in a fixed order). */
export async function runVerifications(state: SimState, goals: readonly SignInGoal[], deps: Deps): Promise<ReadonlyMap<string, VerificationOutcome>> {
	const outcomes = new Map<string, VerificationOutcome>();
	for (const goal of goals) {
		outcomes.set(signInKey(goal), await verifySignIn(state, goal, deps));
	}

	return outcomes;
}

/** Evaluates a predicate now (a `check:` step mid-script): verification sign-ins run on copies. */
export async function checkPredicate(state: SimState, predicate: GoalPredicate, deps: Deps): Promise<GoalResult> {
	const verifications = await runVerifications(state, signInGoalsOf([predicate]), deps);
	return evaluateGoal(predicate, {state, verifications});
}

/**
 * Grades a session on its end state: runs the verification sign-ins the goal and red flags need, then the
 * pure grading (goal checks, red flags, score). `scenario` is the played variant (variables substituted).
 * Give `deps` a random source of its own if the session goes on afterwards, so its seeded draws stay put.
 */
export async function gradeSession(session: Session, scenario: Scenario, deps: Deps): Promise<Grade> {
	const state = session.turns.at(-1)?.state ?? session.initial;
	const verifications = await runVerifications(state, verificationsNeeded(scenario), deps);
	return gradeAttempt({scenario, initial: session.initial, turns: session.turns, hintsRevealed: session.hintsRevealed}, verifications);
}
