import {MINUTE} from '../domain/common/time.js';
import type {RandomSource} from '../domain/ports.js';
import {currentState, startSession} from '../domain/session/play-session.js';
import type {SimState} from '../domain/state/sim-state.js';
import {buildInitialState, withAppPasswordFacts, withPasswordFacts, type InitialState} from '../scenario/build-initial-state.js';
import {buildRunReport, checkReport, turnReport, type RunReport, type StepReport} from '../scenario/grading/run-report.js';
import type {Scenario} from '../scenario/schema/scenario-schema.js';
import type {Step} from '../scenario/schema/step-schema.js';
import type {TenantFixture} from '../scenario/schema/tenant-fixture-schema.js';
import {stepToIntent} from '../scenario/step-intent.js';
import {substitute} from '../scenario/variables.js';
import type {Deps} from './deps.js';
import {checkPredicate, gradeSession} from './grade-service.js';
import {playIntent, type Session} from './session-service.js';

/**
 * How a run gets its effect ports. Each run builds fresh ones from the seed, so a run replays exactly:
 * the same seed gives the same variables, secrets, codes and report.
 */
export type RunPorts = {
	/** A seeded generator (createSeededRandom in the CLI). */
	readonly randomFor: (seed: string) => RandomSource;
	/** Hasher and TOTP for one run; the hasher's lookup-tag key can come from the tenant id and the seed. */
	readonly depsFor: (run: {readonly seed: string; readonly tenantId: string; readonly random: RandomSource}) => Deps;
};

/** The script a run plays: one of the scenario's solutions or wrong remedies by name, or steps from a file. */
export type ScriptChoice =
	| {readonly kind: 'solution' | 'wrong-remedy'; readonly name: string}
	| {readonly kind: 'file'; readonly name: string; readonly file?: string; readonly steps: readonly Step[]};

/** Options of one run. */
export type RunOptions = {
	readonly seed: string | number;
	readonly ports: RunPorts;
	/** Checked between steps; an aborted run throws RunInterrupted. */
	readonly signal?: AbortSignal;
	/** Hints revealed during the attempt (their costs come off the score); headless scripts reveal none. */
	readonly hintsRevealed?: number;
};

/** A scenario that passed validation, with its base tenant fixture. */
export type RunnableScenario = {readonly scenario: Scenario; readonly fixture: TenantFixture};

/** Thrown when a run is interrupted (Ctrl+C): the CLI exits 130. */
export class RunInterrupted extends Error {
	constructor() {
		super('interrupted');
		this.name = 'RunInterrupted';
	}
}

/** Names of a scenario's solutions and wrong remedies, to resolve `--solution <name>`. */
export function findScript(scenario: Scenario, name: string): ScriptChoice | undefined {
	if (scenario.solutions.some((each) => each.name === name)) {
		return {kind: 'solution', name};
	}

	return (scenario.wrongRemedies ?? []).some((each) => each.name === name) ? {kind: 'wrong-remedy', name} : undefined;
}

function stepsOf(variant: Scenario, script: ScriptChoice, initial: InitialState): readonly Step[] {
	if (script.kind === 'file') {
		return substitute(script.steps, initial.variables);
	}

	const list = script.kind === 'solution' ? variant.solutions : (variant.wrongRemedies ?? []);
	const found = list.find((each) => each.name === script.name);
	if (!found) {
		throw new Error(`${variant.id} has no ${script.kind} named "${script.name}"`);
	}

	return found.steps;
}

/**
 * Hashes and tags the app passwords people know before play starts (one argon2 hash each when no hash is given),
 * and hashes the passwords the scenario's history set (an admin reset, a change): one argon2 hash each.
 */
export async function finishAppPasswords(initial: InitialState, deps: Deps): Promise<SimState> {
	const facts = [];
	for (const pending of initial.pendingAppPasswords) {
		const hash = pending.hash ?? (await deps.hasher.hash(pending.secret));
		facts.push({userId: pending.userId, appPasswordId: pending.appPasswordId, hash, lookupTag: deps.hasher.lookupTag(pending.secret)});
	}

	const passwords = [];
	for (const pending of initial.pendingPasswords ?? []) {
		passwords.push({userId: pending.userId, hash: await deps.hasher.hash(pending.secret)});
	}

	return withPasswordFacts(withAppPasswordFacts(initial.state, facts), passwords);
}

/**
 * Plays a script headlessly: builds the seeded initial state, finishes pending app passwords, plays each
 * step through the session service (`check:` steps are evaluated on the spot, on copies), then grades the
 * end state. Verification sign-ins draw from their own seeded generator, so checks never shift the codes
 * or secrets the steps draw. Deterministic: the report holds no wall-clock time.
 */
export async function runScenario(loaded: RunnableScenario, script: ScriptChoice, options: RunOptions): Promise<RunReport> {
	const seed = String(options.seed);
	const random = options.ports.randomFor(seed);
	const initial = buildInitialState(loaded.scenario, loaded.fixture, random);
	const variant = initial.scenario;
	const deps = options.ports.depsFor({seed, tenantId: initial.state.tenant.id, random});
	const verificationDeps: Deps = {...deps, random: options.ports.randomFor(`${seed}:verification`)};
	const steps = stepsOf(variant, script, initial);
	let session: Session = startSession(await finishAppPasswords(initial, deps));
	session = {...session, hintsRevealed: Math.min(options.hintsRevealed ?? 0, (variant.hints ?? []).length)};
	const startedAt = session.initial.now;
	const reports: StepReport[] = [];
	const turnSteps: number[] = [];
	for (const [index, step] of steps.entries()) {
		if (options.signal?.aborted) {
			throw new RunInterrupted();
		}

		const state = currentState(session);
		const intent = stepToIntent(step, state);
		if (intent.kind === 'check') {
			const result = await checkPredicate(state, intent.goal, verificationDeps);
			reports.push(checkReport(index + 1, step, result.checks, result.passed, (state.now - startedAt) / MINUTE));
			continue;
		}

		session = await playIntent(session, intent, deps);
		turnSteps.push(index + 1);
		reports.push(turnReport(index + 1, step, session.turns.at(-1)!, startedAt, state));
	}

	const grade = await gradeSession(session, variant, verificationDeps);
	const file = script.kind === 'file' && script.file !== undefined ? {file: script.file} : {};
	return buildRunReport({scenario: variant, seed, variables: initial.variables, script: {kind: script.kind, name: script.name, ...file}, steps: reports, turnSteps, grade});
}
