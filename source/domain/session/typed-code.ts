import type {TotpFact} from '../sign-in/attempt.js';

/**
 * Real-time play (`--real-time`): a code the trainee typed from their own authenticator app, kept as
 * a RESOLVED fact, the way argon2 results are: what the tenant decided about the code at the
 * instant it was typed, never the code itself.
 *
 * Why not the code: the progress file must never hold a password, an app password or a TOTP seed.
 * A used 6-digit code is none of those, and it expires within a minute, but it is still a value
 * derived from a seed, so storing it would widen what the file holds for no gain: replaying it
 * would also need the instant it was typed and a TOTP check against the seed. The verdict needs
 * neither, so resume needs no secret and no clock, and it is exact however late it happens.
 *
 * What is kept, per OATH credential of the user: whether the tenant's window (the step of the
 * typing instant and one either side) accepted the code, and at which time step (a number derived
 * from the time alone). "Already used" is not kept: the pure evaluation decides it from the state
 * (the last accepted step), so it comes out the same on replay. And the code as sign-in traces
 * show it, two characters then asterisks (`12****`): a refused code's trace quotes it like that,
 * and two digits of an expired code say nothing of the seed or of any other code.
 */
export type TypedCode = {
	/** The code as traces show it: its first two characters, then one asterisk per other character. */
	readonly shown: string;
	/** The tenant's verdict on the code for each OATH credential of the user, by credential id. */
	readonly verdicts: Readonly<Record<string, TypedCodeVerdict>>;
};

/** The tenant's verdict on a typed code for one credential; `timeStep` only when it was accepted. */
export type TypedCodeVerdict = {readonly accepted: boolean; readonly timeStep?: number};

/** A code as traces show it (`123456` becomes `12****`); masking twice changes nothing. */
export function maskTypedCode(code: string): string {
	return code.length <= 2 ? '**' : `${code.slice(0, 2)}${'*'.repeat(code.length - 2)}`;
}

function verdictOf(fact: TotpFact): TypedCodeVerdict {
	return fact.accepted && fact.timeStep !== undefined ? {accepted: true, timeStep: fact.timeStep} : {accepted: false};
}

/** Resolves a typed code: the TOTP facts the services computed for it, without the code. */
export function typedCodeOf(code: string, facts: Readonly<Record<string, TotpFact>>): TypedCode {
	return {shown: maskTypedCode(code), verdicts: Object.fromEntries(Object.entries(facts).map(([id, fact]) => [id, verdictOf(fact)]))};
}

/**
 * The TOTP facts a sign-in with this typed code is evaluated with: every credential is offered the
 * masked code with its recorded verdict. Live play and replay both evaluate these, so they agree.
 */
export function typedCodeFacts(typed: TypedCode): Record<string, TotpFact> {
	return Object.fromEntries(
		Object.entries(typed.verdicts).map(([id, verdict]): [string, TotpFact] => [
			id,
			verdict.accepted && verdict.timeStep !== undefined ? {code: typed.shown, accepted: true, timeStep: verdict.timeStep} : {code: typed.shown, accepted: false},
		]),
	);
}

function isRecord(value: unknown): value is {readonly [key: string]: unknown} {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isVerdict(value: unknown): value is TypedCodeVerdict {
	if (!isRecord(value) || typeof value['accepted'] !== 'boolean') {
		return false;
	}

	const step = value['timeStep'];
	return step === undefined || (typeof step === 'number' && Number.isSafeInteger(step));
}

/**
 * Whether a value read back from a transcript is a typed code as this build writes it: a masked
 * code (never a whole one) and verdicts. A damaged record fails here instead of replaying wrongly.
 */
export function isTypedCode(value: unknown): value is TypedCode {
	if (!isRecord(value) || typeof value['shown'] !== 'string' || value['shown'].length > 64 || maskTypedCode(value['shown']) !== value['shown']) {
		return false;
	}

	const verdicts = value['verdicts'];
	return isRecord(verdicts) && Object.values(verdicts).every((verdict) => isVerdict(verdict));
}
