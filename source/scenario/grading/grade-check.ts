import type {SignInLogEntry} from '../../domain/state/logs.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {GoalPredicate} from '../schema/goal-schema.js';

/**
 * One line of the debrief: what was checked, what the goal wanted, what the end state shows, and why
 * it passed or failed (training anchors: expected vs actual with an explanation). JSON-serialisable.
 */
export type GradeCheck = {
	readonly label: string;
	readonly expected: string;
	readonly actual: string;
	readonly passed: boolean;
	readonly explanation: string;
};

/** A `signIn` goal: a verification sign-in the checker runs on a copy of the end state. */
export type SignInGoal = Extract<GoalPredicate, {readonly signIn: unknown}>['signIn'];

/**
 * What a verification sign-in produced: the sign-in log row it would have written, or the reason the
 * model refused the attempt (a person, client or network that does not exist).
 */
export type VerificationOutcome = {readonly ok: true; readonly entry: SignInLogEntry} | {readonly ok: false; readonly message: string};

/** Looks up the verification sign-in already run for a `signIn` goal (by `signInKey`). */
export type Verifications = ReadonlyMap<string, VerificationOutcome>;

/**
 * What a predicate is evaluated against: the end state, and the verification sign-ins run on copies of it.
 * `initial` (the state the attempt started from) only names things the attempt deleted, such as a method.
 */
export type GoalContext = {
	readonly state: SimState;
	readonly verifications: Verifications;
	readonly initial?: SimState | undefined;
};

/** Identifies a verification sign-in: the same user, client, method and network run once per state. */
export function signInKey(goal: SignInGoal): string {
	return JSON.stringify([goal.user, goal.client, goal.method ?? '', goal.network ?? '']);
}

/** Every `signIn` goal inside some predicates (through all / any / not), each verification once, in order. */
export function signInGoalsOf(predicates: readonly GoalPredicate[]): SignInGoal[] {
	const found = new Map<string, SignInGoal>();
	const walk = (predicate: GoalPredicate): void => {
		if ('all' in predicate) {
			predicate.all.forEach(walk);
		} else if ('any' in predicate) {
			predicate.any.forEach(walk);
		} else if ('not' in predicate) {
			walk(predicate.not);
		} else if ('signIn' in predicate) {
			const key = signInKey(predicate.signIn);
			if (!found.has(key)) {
				found.set(key, predicate.signIn);
			}
		}
	};

	predicates.forEach(walk);
	return [...found.values()];
}
