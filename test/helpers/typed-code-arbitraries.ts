/**
 * Sign-ins where the trainee types a code from their own authenticator app (real-time play). The
 * generated intent carries a plan, not a code: its typed code's `shown` says what the trainee types
 * and its verdicts are empty. `typeCode` types the plan against the state the turn starts from and
 * resolves it the way real-time play does (`resolveTypedCode`: the tenant's verdict per OATH
 * credential at the typing instant, the code masked), so the played intent is the one a real-time
 * transcript records.
 *
 * Plans, after the `#n` convention of the other picks (n-th OATH credential the user has now, in the
 * order the tenant offers them: Authenticator codes, software tokens, hardware tokens):
 * - `#n`: the code that credential's seed gives now (the trainee's app holds the tenant's seed);
 * - `#n-1`, `#n+1`: a step before or after (a phone clock 30 s off, still inside the tenant's window);
 * - `#n-2`, `#n+2`: two steps off, outside the window;
 * - `#n again`: the code of the step the credential last accepted (the "already used" rule), else of now;
 * - anything else is typed as it stands: a wrong code, too few or too many digits, letters, nothing;
 * - ` at -30s`, ` at -60s` after any of these: typed that long before the simulated instant. In real time the
 *   wall clock may trail the simulated one, which each input moves on by its duration (a sign-in by a minute),
 *   so a code typed again at once still falls in the step it was accepted in (the "already used" rule).
 */
import fc from 'fast-check';
import {createOtplibTotp} from '../../source/adapters/otplib-totp.js';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import {SECOND} from '../../source/domain/common/time.js';
import type {TypedCode} from '../../source/domain/session/typed-code.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import {defaultMethods, type DefaultMethod} from '../../source/domain/tenant/methods.js';
import {findUser} from '../../source/domain/tenant/tenant.js';
import {findPerson} from '../../source/domain/world/world.js';
import {resolveTypedCode, typedDigits} from '../../source/services/real-time.js';
import type {SessionIntent} from '../../source/services/session-service.js';
import {oathCredentials, unixSeconds} from '../../source/services/totp-facts.js';
import {clientIdArb, userIdArb} from './pool-arbitraries.js';

/** The real TOTP adapter; generating and verifying codes draws no randomness, so the seed is irrelevant. */
const totp = createOtplibTotp({random: createSeededRandom('typed-codes')});
const planPattern = /^(.*?)(?: at -(\d+)s)?$/s;
const pickPattern = /^#(\d+)(?:([+-]\d)|( again))?$/;

/** What the trainee types: mostly a code read off one of the user's credentials, sometimes a wrong one. */
export const typedCodePlanArb: fc.Arbitrary<string> = fc
	.tuple(
		fc.oneof(
			{arbitrary: fc.nat(2).map((index) => `#${index}`), weight: 8},
			{arbitrary: fc.tuple(fc.nat(2), fc.constantFrom('-1', '+1', '-2', '+2', ' again')).map(([index, variant]) => `#${index}${variant}`), weight: 4},
			{arbitrary: fc.constantFrom('000000', '12345', '1234567', 'abcdef', '12 34 56', ''), weight: 2},
		),
		fc.oneof({arbitrary: fc.constant(''), weight: 2}, {arbitrary: fc.constantFrom(' at -30s', ' at -60s'), weight: 1}),
	)
	.map(([what, when]) => `${what}${when}`);

/** Real-time sign-ins default to "Use a verification code"; sometimes the trainee picks another way anyway. */
const typedMethodArb: fc.Arbitrary<DefaultMethod | undefined> = fc.oneof(
	{arbitrary: fc.constant<DefaultMethod>('app-code'), weight: 6},
	{arbitrary: fc.constantFrom(...defaultMethods), weight: 1},
	{arbitrary: fc.constant(undefined), weight: 1},
);

/** The client the code entry signs in with, resolved by `concretise`: the person's browser, else their first client (ui/user-side/code-entry.tsx). */
const codeEntryClient = '#code-entry';

const typedSignInFieldsArb = fc.record({userId: userIdArb, clientId: fc.oneof({arbitrary: fc.constant(codeEntryClient), weight: 4}, {arbitrary: clientIdArb, weight: 1}), method: typedMethodArb});

function typedSignIn({userId, clientId, method}: {readonly userId: string; readonly clientId: string; readonly method: DefaultMethod | undefined}, plan: string): SessionIntent {
	return {kind: 'user', intent: {type: 'sign-in', userId, clientId, ...(method === undefined ? {} : {method})}, typedCode: {shown: plan, verdicts: {}}};
}

/** A sign-in with a typed code, as real-time play records it once `concretise` has typed the plan. */
export const typedSignInArb: fc.Arbitrary<SessionIntent> = fc.tuple(typedSignInFieldsArb, typedCodePlanArb).map(([fields, plan]) => typedSignIn(fields, plan));

/**
 * The same code typed twice in a row ("it says the code was already used"): the second sign-in comes at once by the
 * wall clock, though the first moved the simulated clock on by its minute, so the code still falls in its step.
 */
export const typedTwiceArb: fc.Arbitrary<readonly SessionIntent[]> = fc
	.tuple(typedSignInFieldsArb, fc.nat(2))
	.map(([fields, index]) => [typedSignIn(fields, `#${index}`), typedSignIn(fields, `#${index} at -60s`)]);

/** The code a plan's first part types at `atSeconds` (see the plans above). */
function codeOf(state: SimState, userId: string, what: string, atSeconds: number): string {
	const match = pickPattern.exec(what);
	const user = findUser(state.tenant, userId);
	if (match === null || user === undefined) {
		return what;
	}

	const credentials = oathCredentials(user);
	const credential = credentials[Number(match[1]) % Math.max(1, credentials.length)];
	if (credential === undefined) {
		// Nothing to read a code from: the trainee types what some other app shows.
		return '424242';
	}

	const period = credential.periodSeconds;
	const last = match[3] !== undefined && Object.hasOwn(user.lastAcceptedTotpStep, credential.id) ? user.lastAcceptedTotpStep[credential.id] : undefined;
	const at = last === undefined ? atSeconds + Number(match[2] ?? 0) * period : last * period;
	return totp.generate(credential.secret, at, period);
}

/** Types the plan when it says (the turn's instant, or a little before) and keeps what the tenant made of it, as real-time play does. */
export function typeCode(state: SimState, userId: string, plan: string): TypedCode {
	const [, what = plan, early = '0'] = planPattern.exec(plan) ?? [];
	const typedAt = state.now - Number(early) * SECOND;
	return resolveTypedCode(state, userId, typedDigits(codeOf(state, userId, what, unixSeconds(typedAt))), typedAt, {totp});
}

/** The client id a typed sign-in names in `state`: `codeEntryClient` resolved, any other id as it stands. */
export function typedSignInClient(state: SimState, userId: string, clientId: string): string {
	if (clientId !== codeEntryClient) {
		return clientId;
	}

	const person = findPerson(state.world, userId);
	return (person?.clients.find((each) => each.kind === 'browser') ?? person?.clients[0])?.id ?? 'no-client';
}
