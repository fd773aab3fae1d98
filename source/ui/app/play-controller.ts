import {readFile} from 'node:fs/promises';
import type {LoadedScenario} from '../../adapters/scenario-files.js';
import {findResumable, scenarioStatusFor, type ScenarioStatus} from '../../domain/progress/attempt-life.js';
import {findCohort} from '../../domain/progress/progress-changes.js';
import type {AttemptRecord} from '../../domain/progress/records.js';
import {startSession} from '../../domain/session/play-session.js';
import {buildInitialState, type InitialState} from '../../scenario/build-initial-state.js';
import type {GoalResult} from '../../scenario/grading/evaluate-goal.js';
import {countActions, type Grade} from '../../scenario/grading/grade-attempt.js';
import type {Scenario} from '../../scenario/schema/scenario-schema.js';
import type {Instant} from '../../domain/common/time.js';
import type {WallClock} from '../../domain/ports.js';
import type {Deps} from '../../services/deps.js';
import {startInRealTime} from '../../services/real-time.js';
import {checkPredicate, gradeSession} from '../../services/grade-service.js';
import {finishAppPasswords, type RunPorts} from '../../services/scenario-run-service.js';
import type {Session} from '../../services/session-service.js';
import {beginAttempt, resumeAttempt, type AttemptRecorderOptions} from '../../store/attempt-recorder.js';
import {scenarioContentHash} from '../../store/content-hash.js';
import type {ProgressLocation} from '../../store/progress-location.js';
import type {ProgressStore} from '../../store/progress-store.js';
import {attemptResultOf, type AttemptEnd} from './attempt-result.js';
import {initialForResume, replayTranscript} from './replay.js';
import {createProgressSaver, type ProgressSaver} from './progress-sync.js';
import {resumedText} from './progress-words.js';
import {createTurnRandom, type TurnRandom} from './turn-random.js';

/** A scenario in the picker, with the current trainee's status on it. */
export type PlayEntry = {readonly loaded: LoadedScenario; readonly status: ScenarioStatus | undefined};

/** What the picker lists. */
export type PickerData = {
	readonly entries: readonly PlayEntry[];
	/** Scenario files that did not load (`mfadesk lint` tells why). */
	readonly problems: number;
	/** The scenarios of the trainee's cohort, when a trainer started a session for it here. */
	readonly cohortScenarioIds?: readonly string[];
	/** Minutes every scenario gets: `--time-limit`, or the limit the trainer set for the cohort. */
	readonly timeLimit?: number;
};

/** What `--real-time` will do to a ticket: move its clock from the ticket's date to today, across these dated changes. */
export type RealTimeJump = {
	readonly from: Instant;
	readonly to: Instant;
	/** Dated facts (fact sheet 10) that differ between the two, in plain words; empty when none. */
	readonly eraChanges: readonly string[];
};

/** A seeded variant drawn for a new attempt: what the ticket intro shows. */
export type PreparedAttempt = {
	readonly loaded: LoadedScenario;
	readonly seed: string;
	readonly initial: InitialState;
	/** The variant with the time limit in force (a trainer's `--time-limit` wins over the file's). */
	readonly variant: Scenario;
	/** `--real-time`: the jump to today the start will make, for the intro to warn about. */
	readonly realTime?: RealTimeJump;
};

/** An unfinished attempt the trainee can resume; `changed` when the scenario file changed since. */
export type ResumeOffer = {readonly loaded: LoadedScenario; readonly attempt: AttemptRecord; readonly changed: boolean};

/** An attempt being played: the session to start from and everything its turns need. */
export type LiveAttempt = {
	readonly loaded: LoadedScenario;
	readonly variant: Scenario;
	readonly seed: string;
	readonly session: Session;
	readonly deps: Deps;
	readonly turnRandom: TurnRandom;
	readonly saver: ProgressSaver;
	/** Said once when the workspace opens (e.g. how a resume went). */
	readonly notice?: string;
	/** `--real-time`: the wall clock the session follows (undo and reset are off). */
	readonly realTime?: WallClock;
};

/** Where the finished attempt went. */
export type SaveResult = {readonly kind: 'file'; readonly path: string} | {readonly kind: 'memory'} | {readonly kind: 'error'; readonly message: string};

/** Everything the debrief shows. */
export type DebriefData = {
	readonly variant: Scenario;
	readonly seed: string;
	readonly session: Session;
	readonly grade: Grade;
	readonly end: AttemptEnd;
	readonly outcome: 'passed' | 'failed';
	readonly saved: SaveResult;
};

/** What the controller needs: the store, the effect ports and who plays. */
export type PlayControllerOptions = {
	readonly store: ProgressStore;
	readonly ports: RunPorts;
	readonly trainee: string;
	readonly cohort?: string | undefined;
	/** Minutes; overrides every scenario's own limit (`--time-limit`). */
	readonly timeLimit?: number | undefined;
	/** A fixed seed (`--seed`); otherwise each new attempt draws one from `newSeed`. */
	readonly seed?: string | undefined;
	readonly newSeed: () => string;
	/** The scenarios to list (the catalogue, loaded on demand). */
	readonly loadScenarios: () => Promise<{readonly scenarios: readonly LoadedScenario[]; readonly problems: number}>;
	readonly recorder?: AttemptRecorderOptions;
	/** `--real-time`: the wall clock the simulated clock follows (tests inject a fake one). */
	readonly realTime?: WallClock | undefined;
};

/**
 * The status line's short warning when a real-time start crosses dated facts (the ticket intro lists them in full);
 * undefined when it crosses none. Pure.
 */
export function eraWarning(eraChanges: readonly string[]): string | undefined {
	const count = eraChanges.length;
	return count === 0 ? undefined : `Real time: ${count} dated change${count === 1 ? '' : 's'} since this ticket's date (listed on its intro); it may not play as written.`;
}

/** The play flow's effects, so screens only dispatch: list, prepare, start, resume, check, end. */
export type PlayController = ReturnType<typeof createPlayController>;

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * The play flow for one trainee: lists the scenarios with their progress, draws a seeded variant,
 * starts or resumes an attempt (replaying its transcript), checks a fix without ending, and ends
 * an attempt with its grade saved. Every turn is saved as it happens through the attempt's saver.
 */
export function createPlayController(options: PlayControllerOptions) {
	const {store, ports, trainee} = options;
	const savers = new Set<ProgressSaver>();
	const listeners = new Set<(message: string) => void>();
	const notify = (message: string): void => {
		for (const listener of listeners) {
			listener(message);
		}
	};
	// The scenario files are read once per run; the progress is read again each time the list shows.
	let scenarios: ReturnType<PlayControllerOptions['loadScenarios']> | undefined;
	const loadScenarios = async () => {
		scenarios ??= options.loadScenarios().catch((error: unknown) => {
			scenarios = undefined; // Try again next time.
			throw error;
		});
		return scenarios;
	};

	const hashOf = async (loaded: LoadedScenario): Promise<string> => scenarioContentHash(await readFile(loaded.file, 'utf8'));
	const withLimit = async (variant: Scenario): Promise<Scenario> => {
		const cohort = options.cohort === undefined ? undefined : findCohort(await store.read(), options.cohort);
		const limit = options.timeLimit ?? cohort?.timeLimitMinutes ?? variant.timeLimit;
		return limit === undefined ? variant : {...variant, timeLimit: limit};
	};

	const verificationDeps = (live: Pick<LiveAttempt, 'deps' | 'seed'>): Deps => ({...live.deps, random: ports.randomFor(`${live.seed}:verification`)});

	const open = async (loaded: LoadedScenario, seed: string, initial: InitialState): Promise<Omit<LiveAttempt, 'saver' | 'variant'>> => {
		const turnRandom = createTurnRandom(ports.randomFor, seed);
		const deps = ports.depsFor({seed, tenantId: initial.state.tenant.id, random: turnRandom});
		const session: Session = startSession(await finishAppPasswords(initial, deps));
		return {loaded, seed, session, deps, turnRandom};
	};

	const saverFor = (recorder: Parameters<typeof createProgressSaver>[0]): ProgressSaver => {
		const saver = createProgressSaver(recorder, (error) => notify(`Progress could not be saved: ${messageOf(error)}`));
		savers.add(saver);
		return saver;
	};

	return {
		trainee,
		cohort: options.cohort,
		location: store.location satisfies ProgressLocation,

		/** Subscribes to sentences for the trainee (a save that failed); returns the unsubscribe. */
		onNotice(listener: (message: string) => void): () => void {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},

		/** The scenarios with the trainee's status on each. */
		async load(): Promise<PickerData> {
			const [catalogue, data] = await Promise.all([loadScenarios(), store.read()]);
			const statuses = scenarioStatusFor(data, trainee);
			const cohort = options.cohort === undefined ? undefined : findCohort(data, options.cohort);
			const {problems} = catalogue;
			const timeLimit = options.timeLimit ?? cohort?.timeLimitMinutes;
			return {
				entries: catalogue.scenarios.map((loaded) => ({loaded, status: statuses.get(loaded.scenario.id)})),
				problems,
				...(cohort === undefined ? {} : {cohortScenarioIds: cohort.scenarioIds}),
				...(timeLimit === undefined ? {} : {timeLimit}),
			};
		},

		/** The unfinished attempt at this scenario, if there is one. */
		async offerFor(loaded: LoadedScenario): Promise<ResumeOffer | undefined> {
			const attempt = findResumable(await store.read(), trainee, loaded.scenario.id);
			return attempt === undefined ? undefined : {loaded, attempt, changed: attempt.scenarioHash !== (await hashOf(loaded))};
		},

		/** Draws the variant of a new attempt (no hashing yet): what the ticket intro shows. */
		async prepare(loaded: LoadedScenario): Promise<PreparedAttempt> {
			const seed = options.seed ?? options.newSeed();
			const initial = buildInitialState(loaded.scenario, loaded.fixture, ports.randomFor(seed));
			const clock = options.realTime;
			const moved = clock === undefined ? undefined : startInRealTime(initial.state, clock);
			const realTime = moved === undefined ? {} : {realTime: {from: moved.scenarioStart, to: moved.state.now, eraChanges: moved.eraChanges}};
			return {loaded, seed, initial, variant: await withLimit(initial.scenario), ...realTime};
		},

		/** Starts the attempt: hashes what must be hashed and saves the new attempt at once. */
		async start(prepared: PreparedAttempt): Promise<LiveAttempt> {
			const clock = options.realTime;
			const moved = clock === undefined ? undefined : startInRealTime(prepared.initial.state, clock);
			const opened = await open(prepared.loaded, prepared.seed, moved === undefined ? prepared.initial : {...prepared.initial, state: moved.state});
			const start = {trainee, scenarioId: prepared.variant.id, scenarioHash: await hashOf(prepared.loaded), seed: prepared.seed, ...(moved === undefined ? {} : {realTimeStart: moved.state.now})};
			const recorder = await beginAttempt(store, options.cohort === undefined ? start : {...start, cohort: options.cohort}, options.recorder);
			const notice = moved === undefined ? undefined : (eraWarning(moved.eraChanges) ?? 'Real time: the simulated clock follows yours; undo and reset are off.');
			return {...opened, variant: prepared.variant, saver: saverFor(recorder), ...(clock === undefined ? {} : {realTime: clock}), ...(notice === undefined ? {} : {notice})};
		},

		/** Resumes an unfinished attempt: the same seed, its turns replayed, its hints revealed. */
		async resume(offer: ResumeOffer): Promise<LiveAttempt> {
			const {attempt, loaded} = offer;
			const initial = initialForResume(buildInitialState(loaded.scenario, loaded.fixture, ports.randomFor(attempt.seed)), attempt);
			const opened = await open(loaded, attempt.seed, initial);
			const replayed = await replayTranscript(opened, attempt.transcript);
			const hints = Math.min(attempt.hintsRevealed, (initial.scenario.hints ?? []).length);
			const session: Session = {...replayed.session, hintsRevealed: hints};
			const recorder = resumeAttempt(store, attempt, options.recorder);
			const resumed = resumedText(session.turns.length, countActions(session.turns), hints);
			// A real-time attempt resumes where its clock started (realTimeStart); in real time the first action catches it up.
			const clock = options.realTime === undefined ? {} : {realTime: options.realTime};
			return {...opened, session, variant: await withLimit(initial.scenario), saver: saverFor(recorder), notice: replayed.warning ?? resumed, ...clock};
		},

		/** Keeps an unfinished attempt as abandoned (the trainee starts over). */
		async abandon(offer: ResumeOffer): Promise<void> {
			await resumeAttempt(store, offer.attempt, options.recorder).abandon();
		},

		/** "Check my fix": the goal checks on the state as it is, without ending (verifications run on copies). */
		async check(live: LiveAttempt, session: Session): Promise<GoalResult> {
			const state = session.turns.at(-1)?.state ?? session.initial;
			return checkPredicate(state, live.variant.goal, verificationDeps(live));
		},

		/** Ends the attempt: grades the state, saves the result after every queued save, returns the debrief. */
		async end(live: LiveAttempt, session: Session, end: AttemptEnd): Promise<DebriefData> {
			const grade = await gradeSession(session, live.variant, verificationDeps(live));
			const result = attemptResultOf(grade);
			let saved: SaveResult = store.location;
			try {
				await live.saver.then(async () => live.saver.recorder.finish(result));
			} catch (error: unknown) {
				saved = {kind: 'error', message: messageOf(error)};
			}

			return {variant: live.variant, seed: live.seed, session, grade, end, outcome: result.outcome, saved};
		},

		/** Resolves when every save of every attempt is on disk. */
		async flush(): Promise<void> {
			await Promise.all([...savers].map(async (saver) => saver.flush()));
		},
	};
}
