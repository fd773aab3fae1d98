/**
 * Resuming a `--real-time` attempt is exact. Lena signs in with a code from the trainee's own app
 * (an independent RFC 6238 implementation on a fake wall clock), types it again (already used), then
 * a wrong one, and the trainee waits; every action first catches the clock up. The attempt is saved
 * to a real progress file as it is played, exactly as the play flow saves it, and the trainee quits.
 * A day later, resuming from that file gives a deep-equal session: same states, same inputs, same
 * sign-in log. The file holds no password, no TOTP seed and no typed code: a typed code is kept
 * as what the tenant made of it, and the start as the instant the clock was moved to.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createSimulatedClock, type SimulatedClock} from '../../../source/adapters/simulated-clock.js';
import type {LoadedScenario} from '../../../source/adapters/scenario-files.js';
import {createRunPorts} from '../../../source/commands/real-deps.js';
import {MINUTE, SECOND} from '../../../source/domain/common/time.js';
import type {AttemptRecord} from '../../../source/domain/progress/records.js';
import {currentState, startSession} from '../../../source/domain/session/play-session.js';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import {buildInitialState, type InitialState} from '../../../source/scenario/build-initial-state.js';
import {playInRealTime, signInWithTypedCode, startInRealTime, type RealTimeTurnHooks} from '../../../source/services/real-time.js';
import {finishAppPasswords} from '../../../source/services/scenario-run-service.js';
import {findScenario} from '../../../source/services/scenario-source-service.js';
import type {Session, SessionIntent} from '../../../source/services/session-service.js';
import {unixSeconds} from '../../../source/services/totp-facts.js';
import {beginAttempt} from '../../../source/store/attempt-recorder.js';
import {openProgressStore, type ProgressStore} from '../../../source/store/progress-store.js';
import {createProgressSaver} from '../../../source/ui/app/progress-sync.js';
import {initialForResume, replayTranscript, ReplayError} from '../../../source/ui/app/replay.js';
import {createTurnRandom} from '../../../source/ui/app/turn-random.js';
import {independentTotp} from '../../enrolment/rfc6238.js';
import {SecretBook} from '../../hardening/secret-book.js';

// Lena's simulated phone is 3 minutes fast, so only a code from a real app on a right clock works.
const scenarioId = 'codes-clock-drift';
const seed = '1';
// The morning of the scenario's own date, so no dated fact changes on the way.
const wallStart = Date.UTC(2025, 0, 20, 9, 0, 0);
const ports = createRunPorts({cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});
const lena = {userId: 'lena', clientId: 'browser'} as const;

let directory = '';
let loaded: LoadedScenario;
beforeAll(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'mfadesk-real-time-'));
	const found = await findScenario(scenarioId, {fixturesDir: path.resolve('fixtures')});
	if (!found.ok) {
		throw new Error(`${scenarioId} did not load`);
	}

	loaded = found.loaded;
});

afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

/** The scenario's seeded initial state, as the play flow builds it for a new attempt or a resume. */
function built(): InitialState {
	return buildInitialState(loaded.scenario, loaded.fixture, ports.randomFor(seed));
}

/** Opens an attempt the way the play controller does: per-turn random streams, the attempt's deps, app passwords hashed. */
async function open(initial: InitialState) {
	const turnRandom = createTurnRandom(ports.randomFor, seed);
	const deps = ports.depsFor({seed, tenantId: initial.state.tenant.id, random: turnRandom});
	return {session: startSession<SessionIntent>(await finishAppPasswords(initial, deps)), deps, turnRandom};
}

function lenaSecret(session: Session): string {
	return session.initial.tenant.users['lena']!.methods.softwareTokens[0]!.secret;
}

/** The code Lena's real app shows at the wall clock's time, with the space apps put in the middle. */
function appCode(session: Session, clock: SimulatedClock, offsetSeconds = 0): string {
	const code = independentTotp(lenaSecret(session), unixSeconds(clock.now()) + offsetSeconds);
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}

type Played = {readonly session: Session; readonly file: string; readonly typed: readonly string[]};

/**
 * Plays the attempt in real time and quits: every change starts the next turn's random stream and
 * is saved, as the play workspace does; quitting waits for the saves.
 */
async function playAndQuit(name: string): Promise<Played> {
	const file = path.join(directory, `${name}.json`);
	const clock = createSimulatedClock(wallStart);
	const first = built();
	const start = startInRealTime(first.state, clock);
	const opened = await open({...first, state: start.state});
	const store = await openProgressStore({kind: 'file', path: file});
	const recorder = await beginAttempt(store, {trainee: 'Ana Ruiz', scenarioId, scenarioHash: 'sha256:test', seed, realTimeStart: start.state.now}, {now: () => new Date(clock.now())});
	const errors: unknown[] = [];
	const saver = createProgressSaver(recorder, (error) => errors.push(error));
	const hooks: RealTimeTurnHooks = {startTurn: opened.turnRandom.startTurn};
	let session = opened.session;
	const change = (next: Session): void => {
		opened.turnRandom.startTurn(next.turns.length);
		saver.sync(session, next);
		session = next;
	};

	const good = appCode(session, clock);
	clock.advance(20 * SECOND);
	change(await signInWithTypedCode(session, {...lena, code: good}, clock, opened.deps, hooks));
	clock.advance(10 * SECOND);
	change(await signInWithTypedCode(session, {...lena, code: good}, clock, opened.deps, hooks));
	// A code from an hour ago: outside the window.
	const wrong = appCode(session, clock, -3600);
	clock.advance(40 * SECOND);
	change(await signInWithTypedCode(session, {...lena, code: wrong}, clock, opened.deps, hooks));
	clock.advance(7 * MINUTE + 3 * SECOND);
	change(await playInRealTime(session, {kind: 'wait', minutes: 5}, clock, opened.deps, hooks));

	await saver.flush();
	expect(errors).toEqual([]);
	return {session, file, typed: [good, wrong].map((code) => code.replace(' ', ''))};
}

/** A later process: opens the file, finds the attempt and replays it on the scenario's initial state. */
async function resume(file: string, edit: (attempt: AttemptRecord) => AttemptRecord = (attempt) => attempt) {
	const store: ProgressStore = await openProgressStore({kind: 'file', path: file});
	const attempt = edit((await store.read()).attempts[0]!);
	return replayTranscript(await open(initialForResume(built(), attempt)), attempt.transcript);
}

describe('resuming a real-time attempt', () => {
	it('gives back the same session: states, inputs and the sign-in log, with no warning', async () => {
		const played = await playAndQuit('exact');
		const log = currentState(played.session).signInLog;
		// What was played: accepted, refused as already used, refused as wrong. Each sign-in costs a
		// simulated minute, so only the first and the wait found the clock behind the wall clock.
		expect(log.slice(-3).map((entry) => entry.mfaResultDetail)).toEqual([mfaResultDetails.completed, mfaResultDetails.codeAlreadyUsed, mfaResultDetails.incorrectCode]);
		expect(played.session.turns.map((turn) => turn.intent)).toMatchObject([{kind: 'wait', minutes: 0.25}, {kind: 'user'}, {kind: 'user'}, {kind: 'user'}, {kind: 'wait', minutes: 4.75}, {kind: 'wait', minutes: 5}]);

		const resumed = await resume(played.file);

		expect(resumed.warning).toBeUndefined();
		expect(currentState(resumed.session).signInLog).toStrictEqual(log);
		expect(resumed.session.turns.map((turn) => turn.state)).toStrictEqual(played.session.turns.map((turn) => turn.state));
		expect(resumed.session).toStrictEqual(played.session);
	});

	it('would not come back without what real time records: the start instant and the typed codes', async () => {
		const played = await playAndQuit('inexact');
		const withoutStart = await resume(played.file, ({realTimeStart: _, ...attempt}) => attempt);
		const withoutCodes = await resume(played.file, (attempt) => ({
			...attempt,
			transcript: attempt.transcript.map((entry) => {
				const {typedCode: _, ...intent} = entry.intent as {readonly [key: string]: unknown};
				return {...entry, intent: intent as AttemptRecord['transcript'][number]['intent']};
			}),
		}));

		expect(withoutStart.warning).toMatch(/action 1 replayed differently/);
		// Without the verdicts, Lena's own (3 minutes fast) phone answers instead, and the log differs.
		expect(currentState(withoutCodes.session).signInLog).not.toStrictEqual(currentState(played.session).signInLog);
	});

	it('saves no password, no TOTP seed and no typed code, only masked codes and verdicts', async () => {
		const played = await playAndQuit('secrets');
		const text = await readFile(played.file, 'utf8');
		const book = new SecretBook();
		book.collect(played.session.initial);
		for (const turn of played.session.turns) {
			book.collect(turn.state);
		}

		for (const code of played.typed) {
			book.add('code', code);
			expect(text).toMatch(new RegExp(`"shown": *"${code.slice(0, 2)}\\*{4}"`));
		}

		expect(book.counts().totp).toBeGreaterThan(0);
		expect(book.counts().code).toBe(2);
		expect(book.leaks(text, ['password', 'totp', 'code'])).toEqual([]);
		// The scan can fail: the same text with a typed code in it is caught.
		expect(book.leaks(`${text}{"typed":"${played.typed[0]!}"}`, ['code'])).toEqual([played.typed[0]]);
	});

	it('refuses a damaged typed code instead of replaying it as something else', async () => {
		const played = await playAndQuit('damaged');
		const wholeCode = resume(played.file, (attempt) => ({
			...attempt,
			transcript: attempt.transcript.map((entry) => {
				const intent = entry.intent as {readonly [key: string]: unknown};
				return 'typedCode' in intent ? {...entry, intent: {...entry.intent as object, typedCode: {shown: played.typed[0]!, verdicts: {}}}} : entry;
			}),
		}));

		await expect(wholeCode).rejects.toThrow(ReplayError);
		await expect(wholeCode).rejects.toThrow('action 2 of the saved attempt has a typed code mfadesk cannot read');
	});
});
