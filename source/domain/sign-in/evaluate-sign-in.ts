import type {Rejection} from '../common/rejection.js';
import type {Applied} from '../state/events.js';
import type {SignInLogEntry} from '../state/logs.js';
import type {SimState} from '../state/sim-state.js';
import type {SignInAttempt, SignInFacts} from './attempt.js';

/** A sign-in that was evaluated: the new state, the events, and the log row it produced. */
export type SignInResult = Applied<SimState> & {readonly entry: SignInLogEntry};

/**
 * Evaluates one sign-in the way Entra ID does (fact sheet 6.1) and records it in the sign-in log.
 * Rejects only when the attempt names a person or client that does not exist.
 */
export function evaluateSignIn(_state: SimState, _attempt: SignInAttempt, _facts: SignInFacts): SignInResult | Rejection {
	throw new Error('evaluateSignIn: being written');
}
