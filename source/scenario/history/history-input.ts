import type {AdminCommand} from '../../domain/admin/admin-command.js';
import {SECOND, type Instant} from '../../domain/common/time.js';
import type {RandomSource} from '../../domain/ports.js';
import type {ResolvedInput} from '../../domain/session/resolved-input.js';
import type {CredentialCheck, TotpFact} from '../../domain/sign-in/attempt.js';
import type {SimState} from '../../domain/state/sim-state.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {User} from '../../domain/tenant/user.js';
import type {NonSignInUserAction} from '../../domain/user/apply-user-action.js';
import {findClient, findPerson} from '../../domain/world/world.js';
import {appPasswordSecret, chosenPassword, temporaryPassword} from '../../services/secrets.js';
import {newSecret} from '../build-tenant.js';
import type {HistoryAdminEvent, HistoryEvent, HistorySignInFacts, HistoryUserEvent} from '../schema/history-schema.js';
import type {AdminStep, AskStep} from '../schema/step-schema.js';
import {adminIntent, userIntent, type AdminStepIntent, type UserStepIntent} from '../step-intent.js';

/**
 * Secrets history creates without hashing. A password an admin reset or a person chose in history gets a
 * placeholder hash (a marker, never a PHC string) that the session service replaces with the real argon2 hash
 * before play, as it does for app passwords people know; the fold judges credentials from what it states.
 */
export type HistorySecrets = {
	/** Plaintext behind each placeholder password hash. */
	readonly passwords: Map<string, string>;
	/** The state before history: what each person knew then is taken as their password then. */
	readonly before: SimState;
};

/** Prefix of a placeholder password hash; the `$` keeps it from ever parsing as a PHC string or a real hash. */
export const pendingHashPrefix = 'pending$history$';

/** Temporary conditions of one sign-in attempt: where it came from and how the person and phone were then. */
export type SignInConditions = Pick<HistorySignInFacts, 'network' | 'push' | 'pressesHash' | 'phone'>;

/** A history event resolved like a trainee's input (every fact stated or drawn), plus the moment's conditions. */
export type HistoryInput = {readonly input: ResolvedInput; readonly conditions?: SignInConditions};

const digits = '0123456789';

function placeholder(secrets: HistorySecrets, plaintext: string): string {
	const marker = `${pendingHashPrefix}${secrets.passwords.size + 1}`;
	secrets.passwords.set(marker, plaintext);
	return marker;
}

/** The password the user has at this point of history, as the person would type it; undefined when unknown. */
function currentPassword(user: User, secrets: HistorySecrets): string | undefined {
	const pending = secrets.passwords.get(user.passwordHash);
	if (pending !== undefined) {
		return pending;
	}

	const known = findPerson(secrets.before.world, user.id)?.knownPassword;
	const unchanged = findUser(secrets.before.tenant, user.id)?.passwordHash === user.passwordHash;
	return unchanged && known !== '' ? known : undefined;
}

/**
 * What the client sent, judged without hashing: the stated password or app password, else the secret the client
 * saved or the person types, matched against the app passwords the person noted and the password of this point
 * in history (the scenario's own password is taken as the user's current one).
 */
function credentialOf(state: SimState, event: HistoryUserEvent & {readonly did: 'sign-in'}, secrets: HistorySecrets): CredentialCheck {
	const user = findUser(state.tenant, event.user);
	if (user === undefined) {
		return {kind: 'no-match'};
	}

	if (event.password !== undefined) {
		return event.password === 'correct' ? {kind: 'password'} : {kind: 'no-match'};
	}

	if (event.appPassword !== undefined) {
		const named = user.appPasswords.findLast((each) => each.name === event.appPassword);
		return named === undefined ? {kind: 'no-match'} : {kind: 'app-password', appPasswordId: named.id};
	}

	const person = findPerson(state.world, event.user);
	const client = person === undefined ? undefined : findClient(person, event.client);
	const sent = client?.savedSecret ?? person?.knownPassword;
	const noted = Object.entries(person?.notedAppPasswords ?? {}).find(([id, secret]) => secret === sent && user.appPasswords.some((each) => each.id === id));
	if (noted !== undefined) {
		return {kind: 'app-password', appPasswordId: noted[0]};
	}

	return sent !== undefined && sent === currentPassword(user, secrets) ? {kind: 'password'} : {kind: 'no-match'};
}

/**
 * TOTP facts as history states them (`code: right | wrong | none`) for every OATH credential of the user. History
 * runs no TOTP: a right code is accepted at the time step of the attempt (the hardware token's own step length).
 */
function totpFacts(user: User | undefined, code: HistorySignInFacts['code'], typed: string, at: Instant): Record<string, TotpFact> {
	const credentials = [
		...(user?.methods.authenticatorApps.filter((app) => app.code).map((app) => ({id: app.id, periodSeconds: 30})) ?? []),
		...(user?.methods.softwareTokens.map((token) => ({id: token.id, periodSeconds: 30})) ?? []),
		...(user?.methods.hardwareTokens.map((token) => ({id: token.id, periodSeconds: token.periodSeconds})) ?? []),
	];
	const fact = (periodSeconds: number): TotpFact =>
		code === 'none' ? {accepted: false} : code === 'wrong' ? {code: typed, accepted: false} : {code: typed, accepted: true, timeStep: Math.floor(at / SECOND / periodSeconds)};
	return Object.fromEntries(credentials.map((credential) => [credential.id, fact(credential.periodSeconds)]));
}

/** A past sign-in as the engine evaluates one: the attempt, and its facts in the order the sign-in service draws them. */
function signIn(state: SimState, event: HistoryUserEvent & {readonly did: 'sign-in'}, at: Instant, random: RandomSource, secrets: HistorySecrets): HistoryInput {
	const oneTimeCode = random.string(digits, 6);
	const numberMatch = 10 + random.int(90);
	const facts = {credential: credentialOf(state, event, secrets), totp: totpFacts(findUser(state.tenant, event.user), event.code, oneTimeCode, at), oneTimeCode, numberMatch};
	const attempt = {userId: event.user, clientId: event.client, mode: 'interactive' as const, ...(event.method === undefined ? {} : {method: event.method})};
	const {network, push, pressesHash, phone} = event;
	const conditions = {...(network === undefined ? {} : {network}), ...(push === undefined ? {} : {push}), ...(pressesHash === undefined ? {} : {pressesHash}), ...(phone === undefined ? {} : {phone})};
	return {input: {kind: 'sign-in', attempt, facts}, ...(Object.keys(conditions).length === 0 ? {} : {conditions})};
}

function adminCommand(intent: AdminStepIntent, random: RandomSource, secrets: HistorySecrets): AdminCommand {
	switch (intent.type) {
		case 'reset-password': {
			const password = temporaryPassword(random);
			return {...intent, temporaryPassword: password, passwordHash: placeholder(secrets, password)};
		}

		case 'activate-hardware-token': {
			// Stated, not computed: the admin typed the code the key fob showed, and it was accepted.
			return {...intent, codeAccepted: true};
		}

		default: {
			return intent;
		}
	}
}

function userAction(state: SimState, intent: Exclude<UserStepIntent, {readonly type: 'sign-in'}>, random: RandomSource, secrets: HistorySecrets): NonSignInUserAction {
	switch (intent.type) {
		case 'complete-registration': {
			return intent.method === 'authenticator-app' || intent.method === 'software-token' ? {...intent, secret: newSecret(random)} : intent;
		}

		case 'create-app-password': {
			// Hash and lookup tag are filled in before play, like those of app passwords a scenario's people know.
			return {...intent, secret: appPasswordSecret(random), hash: '', lookupTag: ''};
		}

		case 're-add-authenticator-account':
		case 'move-authenticator-to-new-phone': {
			return {...intent, secret: newSecret(random)};
		}

		case 'activate-hardware-token': {
			return {...intent, codeAccepted: true};
		}

		case 'change-password': {
			const newPassword = chosenPassword(random);
			const user = findUser(state.tenant, intent.userId);
			const typed = findPerson(state.world, intent.userId)?.knownPassword;
			const currentPasswordAccepted = user !== undefined && typed !== undefined && typed === currentPassword(user, secrets);
			return {...intent, newPassword, passwordHash: placeholder(secrets, newPassword), currentPasswordAccepted};
		}

		default: {
			return intent;
		}
	}
}

/** The `admin:` step a history admin event stands for (without `by` and its timing). */
function adminStepOf(event: HistoryAdminEvent): AdminStep {
	const {by: _by, minutesBeforeStart: _minutes, at: _at, times: _times, every: _every, ...step} = event;
	return step as AdminStep;
}

/** The `ask:` step a history user event stands for. */
function askStepOf(event: HistoryUserEvent): AskStep {
	const {user, did, minutesBeforeStart: _minutes, at: _at, times: _times, every: _every, ...rest} = event;
	return {ask: user, to: did, ...rest} as AskStep;
}

/**
 * Resolves one history event at instant `at` into the input the session fold applies, as the services resolve a
 * trainee's intent, but purely: credentials and codes are stated (or judged from plaintext the world holds),
 * secrets and codes are drawn from the seeded generator, and new passwords get placeholder hashes.
 */
export function resolveHistoryEvent(state: SimState, event: HistoryEvent, at: Instant, random: RandomSource, secrets: HistorySecrets): HistoryInput {
	if ('admin' in event) {
		return {input: {kind: 'admin', command: adminCommand(adminIntent(adminStepOf(event)), random, secrets)}};
	}

	if (event.did === 'sign-in') {
		return signIn(state, event, at, random, secrets);
	}

	// A sign-in step became the sign-in input above, so the intent here is another action.
	const action = userIntent(askStepOf(event), state) as Exclude<UserStepIntent, {readonly type: 'sign-in'}>;
	return {input: {kind: 'user', action: userAction(state, action, random, secrets)}};
}
