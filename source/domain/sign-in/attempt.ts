import type {ClientId, UserId} from '../common/ids.js';
import type {DefaultMethod} from '../tenant/methods.js';

/** A person tries to sign in with one of their clients. */
export type SignInAttempt = {
	readonly userId: UserId;
	readonly clientId: ClientId;
	/** interactive = the person types credentials; refresh = the client uses its refresh token. */
	readonly mode: 'interactive' | 'refresh';
	/** "Sign in another way": a method other than the default (fact sheet 3.6). */
	readonly method?: DefaultMethod;
	/** A mistyped sign-in name (AADSTS50034), when the story needs one. */
	readonly typedUpn?: string;
};

/** Outcome of checking the submitted secret; computed by the credential service with one argon2 verification. */
export type CredentialCheck =
	| {readonly kind: 'password'}
	| {readonly kind: 'app-password'; readonly appPasswordId: string}
	| {readonly kind: 'no-match'};

/** What a TOTP credential yields at this instant, computed by the TOTP adapter (otplib) against the simulated clock. */
export type TotpFact = {
	/** The code the person would type; undefined when no device in their hands shows one. */
	readonly code?: string;
	/** Whether the tenant accepts that code now (acceptance window applied, replay not yet checked). */
	readonly accepted: boolean;
	/** The time step the code matched, used for the "code already used" rule. */
	readonly timeStep?: number;
};

/** Facts the services computed with effects (hashing, TOTP, seeded randomness) before the pure evaluation. */
export type SignInFacts = {
	readonly credential: CredentialCheck;
	/** By tenant-side OATH credential id (authenticator registration, software or hardware token). */
	readonly totp: Readonly<Record<string, TotpFact>>;
	/** The 6-digit code a text or voice message would carry. */
	readonly oneTimeCode: string;
	/** The two-digit number-matching value shown on the sign-in page. */
	readonly numberMatch: number;
};
