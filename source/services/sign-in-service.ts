import type {ClientId, UserId} from '../domain/common/ids.js';
import type {Rejection} from '../domain/common/rejection.js';
import type {SignInAttempt, SignInFacts} from '../domain/sign-in/attempt.js';
import {evaluateSignIn, type SignInResult} from '../domain/sign-in/evaluate-sign-in.js';
import type {SimState} from '../domain/state/sim-state.js';
import type {DefaultMethod} from '../domain/tenant/methods.js';
import {findUser, findUserByUpn} from '../domain/tenant/tenant.js';
import {findClient, findPerson} from '../domain/world/world.js';
import {checkCredential} from './credential-service.js';
import type {Deps} from './deps.js';
import {buildTotpFacts} from './totp-facts.js';

/** "Ask the user to sign in with this client" (and optionally "Sign in another way"). */
export type SignInRequest = {
	readonly userId: UserId;
	readonly clientId: ClientId;
	readonly method?: DefaultMethod;
	/** A mistyped sign-in name, when the story needs one (AADSTS50034). */
	readonly typedUpn?: string;
	/**
	 * Real-time mode: the code the trainee typed from a real authenticator app. The caller keeps
	 * `state.now` on the wall clock in this mode, since the tenant checks codes at `state.now`.
	 */
	readonly typedCode?: string;
};

const digits = '0123456789';

/**
 * Computes the facts a sign-in needs with effects: one argon2 verification of the secret the
 * client sends (its saved secret, or else the password the person knows), the TOTP code each
 * OATH credential's device shows and whether the tenant accepts it, and the text/voice code and
 * number-matching value drawn from the seeded generator (always drawn, in that order, so the
 * random sequence of a replay does not depend on the outcome). Unknown people or clients give
 * "no match" facts without hashing; the evaluation rejects those attempts.
 */
export async function buildSignInFacts(state: SimState, request: SignInRequest, deps: Deps): Promise<SignInFacts> {
	const oneTimeCode = deps.random.string(digits, 6);
	const numberMatch = 10 + deps.random.int(90);
	const user = request.typedUpn === undefined ? findUser(state.tenant, request.userId) : findUserByUpn(state.tenant, request.typedUpn);
	const person = findPerson(state.world, request.userId);
	const client = person === undefined ? undefined : findClient(person, request.clientId);
	if (user === undefined || person === undefined || client === undefined) {
		return {credential: {kind: 'no-match'}, totp: {}, oneTimeCode, numberMatch};
	}

	const secret = client.savedSecret ?? person.knownPassword;
	const credential = await checkCredential(user, secret, deps.hasher);
	const totp = buildTotpFacts(user, person, state.now, deps.totp, request.typedCode);
	return {credential, totp, oneTimeCode, numberMatch};
}

/** The attempt the pure evaluation sees: always interactive, since the person is typing. */
export function attemptOf(request: SignInRequest): SignInAttempt {
	return {
		userId: request.userId,
		clientId: request.clientId,
		mode: 'interactive',
		...(request.method === undefined ? {} : {method: request.method}),
		...(request.typedUpn === undefined ? {} : {typedUpn: request.typedUpn}),
	};
}

/** Runs one interactive sign-in: effects first (facts), then the pure evaluation (fact sheet 6.1). */
export async function signIn(state: SimState, request: SignInRequest, deps: Deps): Promise<SignInResult | Rejection> {
	const facts = await buildSignInFacts(state, request, deps);
	return evaluateSignIn(state, attemptOf(request), facts);
}
