import type {UserId} from '../domain/common/ids.js';
import type {Applied} from '../domain/state/events.js';
import type {SimState} from '../domain/state/sim-state.js';
import {findUser} from '../domain/tenant/tenant.js';
import {findPerson} from '../domain/world/world.js';
import {applyUserAction, type NonSignInUserAction} from '../domain/user/apply-user-action.js';
import type {UserActionRejection} from '../domain/user/outcome.js';
import type {RegistrationMethod, UserAction} from '../domain/user/user-action.js';
import type {Deps} from './deps.js';
import {appPasswordSecret, chosenPassword, newOathSecret} from './secrets.js';
import {signIn} from './sign-in-service.js';
import {hardwareTokenCodeAccepted} from './totp-facts.js';

type UserActionWithFacts = Extract<
	UserAction,
	{
		readonly type: 'complete-registration' | 'create-app-password' | 're-add-authenticator-account' | 'move-authenticator-to-new-phone' | 'activate-hardware-token' | 'change-password';
	}
>;

/**
 * What the trainee asked the user to do, without facts or secrets: this is what transcripts
 * persist. Replaying it with the same seed draws the same seeds and app passwords. Actions
 * without facts (and sign-in, which the sign-in service runs) are their own intent.
 */
export type UserIntent =
	| Exclude<UserAction, UserActionWithFacts>
	/** Finish "More information required"; app and software-token registrations get a new seed. */
	| {readonly type: 'complete-registration'; readonly userId: UserId; readonly method: RegistrationMethod}
	/** Create an app password; the secret, its hash and its lookup tag are facts. */
	| {readonly type: 'create-app-password'; readonly userId: UserId; readonly name: string}
	/** Remove and re-add the Authenticator account (new seed). */
	| {readonly type: 're-add-authenticator-account'; readonly userId: UserId}
	/** Set up Authenticator on the new phone (new seed). */
	| {readonly type: 'move-authenticator-to-new-phone'; readonly userId: UserId}
	/** Self-activate a hardware token with the code the fob shows now. */
	| {readonly type: 'activate-hardware-token'; readonly userId: UserId; readonly tokenId: string}
	/** "Update your password": the person types the password they know, then picks a new one (facts: new password, hash, check). */
	| {readonly type: 'change-password'; readonly userId: UserId};

/** Methods whose registration creates a TOTP seed in an app. */
const seededMethods: ReadonlySet<RegistrationMethod> = new Set(['authenticator-app', 'software-token']);

/**
 * Turns an intent into a domain action by computing its facts: new 10-byte Base32 seeds, a
 * 16-letter app password with its argon2 hash (one hash) and keyed lookup tag, or whether the
 * key fob's current code is accepted. Nothing is refused here: the pure domain decides.
 */
export async function resolveUserIntent(state: SimState, intent: Exclude<UserIntent, {readonly type: 'sign-in'}>, deps: Deps): Promise<NonSignInUserAction> {
	switch (intent.type) {
		case 'complete-registration': {
			return seededMethods.has(intent.method) ? {...intent, secret: newOathSecret(deps.totp)} : intent;
		}

		case 'create-app-password': {
			const secret = appPasswordSecret(deps.random);
			return {...intent, secret, hash: await deps.hasher.hash(secret), lookupTag: deps.hasher.lookupTag(secret)};
		}

		case 're-add-authenticator-account':
		case 'move-authenticator-to-new-phone': {
			return {...intent, secret: newOathSecret(deps.totp)};
		}

		case 'activate-hardware-token': {
			return {...intent, codeAccepted: hardwareTokenCodeAccepted(state, intent.userId, intent.tokenId, deps)};
		}

		case 'change-password': {
			return {...intent, ...(await passwordChangeFacts(state, intent.userId, deps))};
		}

		default: {
			return intent;
		}
	}
}

/**
 * Facts of "Update your password": the new password drawn from the seeded generator and hashed (one argon2 hash),
 * and whether the password the person knows is the current one (one argon2 verification). Nobody to ask gives
 * refusable facts without hashing; the domain refuses.
 */
async function passwordChangeFacts(state: SimState, userId: UserId, deps: Deps): Promise<{newPassword: string; passwordHash: string; currentPasswordAccepted: boolean}> {
	const newPassword = chosenPassword(deps.random);
	const user = findUser(state.tenant, userId);
	const person = findPerson(state.world, userId);
	if (user === undefined || person === undefined) {
		return {newPassword, passwordHash: '', currentPasswordAccepted: false};
	}

	const currentPasswordAccepted = await deps.hasher.verify(user.passwordHash, person.knownPassword);
	return {newPassword, passwordHash: await deps.hasher.hash(newPassword), currentPasswordAccepted};
}

/** Runs one "ask the user to ..." intent: a sign-in goes through the sign-in service, anything else through `applyUserAction`. */
export async function runUserIntent(state: SimState, intent: UserIntent, deps: Deps): Promise<Applied<SimState> | UserActionRejection> {
	if (intent.type === 'sign-in') {
		return signIn(state, intent, deps);
	}

	return applyUserAction(state, await resolveUserIntent(state, intent, deps));
}
