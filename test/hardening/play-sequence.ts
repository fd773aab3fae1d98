/**
 * Plays one generated sequence of intents through the session service (`playIntent`, fake ports)
 * and checks the model invariants after every step:
 *
 * (a) no Success without the factor the fact sheet requires (sign-in-oracle.ts);
 * (b) no plaintext password or app password on the tenant side, and no password, app password or
 *     TOTP seed in the sign-in log, the audit log, any event, any refusal message, or the progress
 *     record built from the transcript;
 * (c) replaying the resolved inputs gives a deep-equal state, and so does replaying the transcript's
 *     intents (as JSON, the way the progress file keeps them) with the same seed;
 * (d) undo gives back exactly the previous state: states are deep-frozen, so the domain cannot have
 *     changed one in place, and the state after undo deep-equals a copy taken before the turn;
 * (e) every refusal is a Rejection with a known code and a message; nothing throws.
 *
 * A broken invariant throws an InvariantError naming the step, so fast-check can shrink the sequence.
 */
import {isDeepStrictEqual} from 'node:util';
import {appendTurn, startAttempt} from '../../source/domain/progress/attempt-life.js';
import type {JsonValue} from '../../source/domain/progress/records.js';
import type {RejectionCode} from '../../source/domain/common/rejection.js';
import {currentState, startSession, undoTurn} from '../../source/domain/session/play-session.js';
import {inputDurations, replayInputs, type ResolvedInput} from '../../source/domain/session/resolved-input.js';
import type {DomainEvent} from '../../source/domain/state/events.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import {playIntent, type Session, type SessionIntent} from '../../source/services/session-service.js';
import {buildWorldState, concretise, type WorldDraft} from '../helpers/action-arbitraries.js';
import {createCountingFakeHasher, testDeps} from '../helpers/fake-ports.js';
import {SecretBook} from './secret-book.js';
import {checkSignIn} from './sign-in-oracle.js';

/** Every code of the RejectionCode union; the type check below fails if the union grows. */
export const rejectionCodes = [
	'role/insufficient',
	'role/target-protected',
	'user/not-found',
	'user/guest-managed-by-home-tenant',
	'client/not-found',
	'method/not-found',
	'method/limit-reached',
	'method/invalid-phone-number',
	'method/not-allowed',
	'method/not-registered',
	'token/not-found',
	'token/already-activated',
	'token/invalid-code',
	'app-password/not-allowed',
	'app-password/limit-reached',
	'app-password/not-applicable',
	'app-password/not-found',
	'settings/invalid-cidr',
	'settings/private-range',
	'settings/too-many-ranges',
	'settings/remember-days-out-of-range',
	'settings/no-verification-option',
	'license/required',
	'era/not-available',
	'registration/not-required',
	'registration/no-usable-method',
	'password/incorrect',
	'action/not-applicable',
	'input/invalid',
] as const satisfies readonly RejectionCode[];

type MissingCodes = Exclude<RejectionCode, (typeof rejectionCodes)[number]>;
const everyCodeListed: [MissingCodes] extends [never] ? true : MissingCodes = true;
void everyCodeListed;

const knownCodes: ReadonlySet<string> = new Set(rejectionCodes);

/** A broken invariant, with the step it broke at. */
export class InvariantError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InvariantError';
	}
}

/** What one sequence exercised, for the coverage print. */
export type SequenceStats = {
	steps: number;
	signIns: number;
	successes: number;
	rejections: number;
	paths: Map<string, number>;
	codes: Map<string, number>;
	intents: Map<string, number>;
};

export function emptyStats(): SequenceStats {
	return {steps: 0, signIns: 0, successes: 0, rejections: 0, paths: new Map(), codes: new Map(), intents: new Map()};
}

function bump(map: Map<string, number>, key: string): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

/** Freezes a value and everything reachable from it; already-frozen parts are skipped, so it is incremental. */
export function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const key of Object.keys(value)) {
			deepFreeze((value as Record<string, unknown>)[key]);
		}
	}

	return value;
}

function describeIntent(intent: SessionIntent): string {
	return intent.kind === 'admin' || intent.kind === 'user' ? `${intent.kind} ${intent.intent.type}` : intent.kind;
}

type Scanner = {
	readonly book: SecretBook;
	readonly fail: (message: string) => never;
};

function scanText(scanner: Scanner, where: string, text: string, classes: readonly ('password' | 'totp')[]): void {
	const found = scanner.book.leaks(text, classes);
	if (found.length > 0) {
		scanner.fail(`${where} holds a secret (${found.join(', ')}): ${text.slice(0, 400)}`);
	}
}

/** Scans what changed on the tenant side between two states: the users that changed and the tenant's other fields. */
function scanTenant(scanner: Scanner, before: SimState | undefined, after: SimState): void {
	if (before?.tenant === after.tenant) {
		return;
	}

	const {users, ...rest} = after.tenant;
	scanText(scanner, 'the tenant', JSON.stringify(rest), ['password']);
	for (const [id, user] of Object.entries(users)) {
		if (before?.tenant.users[id] !== user) {
			scanText(scanner, `tenant user ${id}`, JSON.stringify(user), ['password']);
		}
	}
}

/** Scans log rows appended since `before` (both logs are append-only: earlier rows are frozen). */
function scanLogs(scanner: Scanner, before: SimState | undefined, after: SimState): void {
	for (const entry of after.signInLog.slice(before?.signInLog.length ?? 0)) {
		scanText(scanner, 'the sign-in log', JSON.stringify(entry), ['password', 'totp']);
	}

	for (const entry of after.auditLog.slice(before?.auditLog.length ?? 0)) {
		scanText(scanner, 'the audit log', JSON.stringify(entry), ['password', 'totp']);
	}
}

/** Secrets the services drew for an input: a temporary password, an app password, new TOTP seeds. */
function collectInputSecrets(book: SecretBook, input: ResolvedInput): void {
	if (input.kind === 'admin' && input.command.type === 'reset-password') {
		book.add('password', input.command.temporaryPassword);
	}

	if (input.kind === 'user') {
		const {action} = input;
		if (action.type === 'create-app-password') {
			book.add('password', action.secret);
		} else if (action.type === 'complete-registration' || action.type === 're-add-authenticator-account' || action.type === 'move-authenticator-to-new-phone') {
			book.add('totp', action.secret);
		}
	}
}

/** The progress record the store would save for this transcript, built with the store's pure record builders. */
export function progressRecordOf(session: Session, seed: string): string {
	let attempt = startAttempt({id: 'hardening-attempt', trainee: 'Property Test', scenarioId: 'generated-tenant', scenarioHash: 'sha256-generated', seed}, '2024-01-01T00:00:00.000Z');
	for (const turn of session.turns) {
		attempt = appendTurn(attempt, JSON.parse(JSON.stringify(turn.intent)) as JsonValue, turn.state.now, '2024-01-01T00:00:01.000Z', 1000);
	}

	return JSON.stringify(attempt);
}

/** Plays the sequence and checks every invariant; returns what it exercised. */
export async function playSequence(draft: WorldDraft, intents: readonly SessionIntent[], seed: string, stats: SequenceStats): Promise<void> {
	const deps = testDeps(seed);
	const hasher = createCountingFakeHasher();
	// structuredClone gives every object the normal prototype (fast-check may draw null-prototype records).
	const initial = deepFreeze(structuredClone(await buildWorldState(draft, deps.hasher)));
	const initialCopy = structuredClone(initial);
	const book = new SecretBook();
	for (const user of draft.users) {
		book.add('password', user.forgotPassword);
	}

	book.collect(initial);
	let step = 0;
	let intentText = 'setup';
	const fail = (message: string): never => {
		throw new InvariantError(`step ${step} (${intentText}): ${message}`);
	};

	const scanner: Scanner = {book, fail};
	scanTenant(scanner, undefined, initial);
	let session: Session = startSession(initial);
	for (const raw of intents) {
		step++;
		const before = currentState(session);
		// States are deep-frozen, so the domain cannot change one in place (a write throws); a deep copy is
		// compared as well every few steps, in case freezing ever missed something.
		const beforeCopy = step % 10 === 1 ? structuredClone(before) : before;
		// As JSON, the way the UI's intents are plain data and the progress file keeps them.
		const intent = JSON.parse(JSON.stringify(concretise(raw, before))) as SessionIntent;
		intentText = JSON.stringify(intent);
		bump(stats.intents, describeIntent(intent));
		let next: Session;
		try {
			next = await playIntent(session, intent, deps);
		} catch (error: unknown) {
			// (e) never a throw (a write to a frozen state lands here too).
			return fail(`threw instead of returning a value: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		}

		const turn = next.turns.at(-1);
		if (turn === undefined || next.turns.length !== session.turns.length + 1) {
			return fail('the turn was not recorded');
		}

		const after = deepFreeze(turn.state);
		deepFreeze(turn.events);
		stats.steps++;

		// (e) a refusal is a Rejection value with a known code, and only the clock moved.
		if (turn.rejection !== undefined) {
			stats.rejections++;
			const {rejection} = turn;
			bump(stats.codes, rejection.code);
			if (rejection.ok !== false || !knownCodes.has(rejection.code) || typeof rejection.message !== 'string' || rejection.message.trim() === '') {
				fail(`refusal is not a Rejection with a known code and a message: ${JSON.stringify(rejection)}`);
			}

			const duration = turn.input.kind === 'wait' ? turn.input.milliseconds : inputDurations[turn.input.kind];
			if (!isDeepStrictEqual(after, {...before, now: before.now + duration})) {
				fail(`refused with ${rejection.code} but changed more than the clock`);
			}

			scanText(scanner, `the refusal ${rejection.code}`, JSON.stringify(rejection), ['password', 'totp']);
		}

		// (d) undo gives back exactly the state before the turn.
		const undone = currentState(undoTurn(next));
		if (undone !== before || (beforeCopy !== before && !isDeepStrictEqual(undone, beforeCopy))) {
			fail('undo did not restore the previous state exactly');
		}

		// (b) secrets: learn the new ones (from the world, and from the facts the services drew, in case the
		// domain lost track of one), then scan what changed.
		collectInputSecrets(book, turn.input);
		book.collect(after);
		scanTenant(scanner, before, after);
		scanLogs(scanner, before, after);
		scanText(scanner, 'the events', JSON.stringify(turn.events), ['password', 'totp']);

		// (a) every sign-in row: right client label, and no Success without the required factor.
		if (turn.input.kind === 'sign-in') {
			const {attempt, facts} = turn.input;
			const rows = turn.events.filter((event): event is Extract<DomainEvent, {type: 'sign-in-recorded'}> => event.type === 'sign-in-recorded');
			if (turn.rejection === undefined && rows.length !== 1) {
				fail(`a sign-in recorded ${rows.length} log rows`);
			}

			for (const {entry} of rows) {
				stats.signIns++;
				const evaluatedAt = {...before, now: before.now + inputDurations['sign-in']};
				const person = before.world.people[attempt.userId];
				const client = person?.clients.find((each) => each.id === attempt.clientId);
				const sentHash = person === undefined || client === undefined ? '' : await hasher.hash(client.savedSecret ?? person.knownPassword);
				const verdict = checkSignIn({state: evaluatedAt, userId: attempt.userId, clientId: attempt.clientId, facts, entry, sentHash});
				bump(stats.paths, verdict.path);
				if (entry.status === 'Success') {
					stats.successes++;
				}

				if (verdict.labelProblem !== undefined) {
					fail(verdict.labelProblem);
				}

				if (verdict.successProblem !== undefined) {
					fail(`${verdict.successProblem}\n${entry.trace.map((each) => `  ${each.step} ${each.verdict}: ${each.detail}`).join('\n')}`);
				}
			}
		}

		session = next;
	}

	step++;
	intentText = 'end of sequence';
	const final = currentState(session);

	// (c) the fold is deterministic: replaying the resolved inputs gives the same state.
	const replayed = replayInputs(initial, session.turns.map((turn) => turn.input));
	if (!isDeepStrictEqual(replayed, final)) {
		fail('replaying the resolved inputs gave a different state');
	}

	// (c) resume: the transcript's intents, as the progress file keeps them (JSON), replayed with the same seed.
	const resumeDeps = testDeps(seed);
	let resumed: Session = startSession(deepFreeze(structuredClone(await buildWorldState(draft, resumeDeps.hasher))));
	for (const turn of session.turns) {
		resumed = await playIntent(resumed, JSON.parse(JSON.stringify(turn.intent)) as SessionIntent, resumeDeps);
	}

	if (!isDeepStrictEqual(currentState(resumed), final)) {
		fail('replaying the transcript (intents as JSON, same seed) gave a different state');
	}

	// (d) reset: the initial state was never touched.
	if (!isDeepStrictEqual(session.initial, initialCopy)) {
		fail('the initial state changed during play');
	}

	// (b) the progress record holds no secret.
	book.collect(final);
	scanText(scanner, 'the progress record', progressRecordOf(session, seed), ['password', 'totp']);
}
