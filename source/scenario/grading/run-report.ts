import {MINUTE} from '../../domain/common/time.js';
import type {Turn} from '../../domain/session/play-session.js';
import type {SignInLogEntry} from '../../domain/state/logs.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {UserActionRejection} from '../../domain/user/outcome.js';
import type {Scenario} from '../schema/scenario-schema.js';
import type {Step} from '../schema/step-schema.js';
import type {VariableValues} from '../variables.js';
import type {PlayedIntent} from './action-matcher.js';
import {describeStep} from './describe-step.js';
import {playedStepWords} from './step-words.js';
import type {GradeCheck} from './grade-check.js';
import type {Grade} from './grade-attempt.js';
import type {Score} from './scoring.js';

/** A sign-in log row as a run report shows it. */
export type SignInSummary = {
	readonly upn: string;
	readonly client: string;
	readonly clientApp: string;
	/** The application signed in to, as the log shows it ("OfficeHome", "My Signins", "Exchange Online"). */
	readonly application: string;
	readonly status: string;
	readonly errorCode: number;
	readonly failureReason: string;
	readonly mfaResultDetail?: string;
	readonly authMethod?: string;
};

/** What happened at one step of a script. `minute` is simulated minutes since the start, after the step. */
export type StepReport = {
	readonly number: number;
	/** The step in script form, as authors write it: `admin set-phone-method user=priya slot=authentication ...`. */
	readonly step: string;
	/** The step as a trainer says it: `Set Priya Patel's authentication phone to +1 4255550123`. */
	readonly text: string;
	readonly note?: string;
	readonly outcome: 'done' | 'refused' | 'check-passed' | 'check-failed';
	readonly minute: number;
	readonly refusal?: {readonly code: string; readonly message: string};
	/** The user's replies, in their own words. */
	readonly userSaid: readonly string[];
	readonly signIns: readonly SignInSummary[];
	/** A `check:` step's debrief lines. */
	readonly checks?: readonly GradeCheck[];
};

/** Which script a run played. */
export type ScriptKind = 'solution' | 'wrong-remedy' | 'file';

/** A red flag in a report, with the 1-based step numbers that raised it. */
export type RedFlagReport = GradeCheck & {readonly raised: boolean; readonly penalty: number; readonly steps: readonly number[]};

/** The JSON-serialisable result of one headless run (no wall-clock time, so equal seeds give equal bytes). */
export type RunReport = {
	readonly scenario: {readonly id: string; readonly title: string; readonly topic: string; readonly difficulty: number; readonly timeLimit?: number; readonly par: number};
	readonly seed: string;
	readonly variables: VariableValues;
	readonly script: {readonly kind: ScriptKind; readonly name: string; readonly file?: string};
	readonly steps: readonly StepReport[];
	/** Goal met and no red flag raised. */
	readonly passed: boolean;
	/** Every `check:` step passed. */
	readonly checksPassed: boolean;
	readonly goal: {readonly met: boolean; readonly checks: readonly GradeCheck[]};
	readonly redFlags: readonly RedFlagReport[];
	readonly score: Score;
	readonly actions: number;
	readonly elapsedMinutes: number;
	/**
	 * Shown after the attempt: the root cause and a reference solution, its steps in script form and as a trainer
	 * says them (`text`, one per step: `mfadesk run` adds them, naming things from the variant's start state).
	 */
	readonly debrief: {readonly text?: string; readonly referenceSolution: {readonly name: string; readonly steps: readonly string[]; readonly text?: readonly string[]}};
};

function summary(entry: SignInLogEntry): SignInSummary {
	return {
		upn: entry.upn,
		client: entry.clientId,
		clientApp: entry.clientApp,
		application: entry.application,
		status: entry.status,
		errorCode: entry.errorCode,
		failureReason: entry.failureReason,
		...(entry.mfaResultDetail === undefined ? {} : {mfaResultDetail: entry.mfaResultDetail}),
		...(entry.authMethod === undefined ? {} : {authMethod: entry.authMethod}),
	};
}

/**
 * The report of a step that took a turn: refusal, the user's words and the sign-in rows it wrote. `before` (the state
 * the turn started from) names what the step acted on; without it the state after is used (a deleted method then
 * shows by id).
 */
export function turnReport(number: number, step: Step, turn: Turn<PlayedIntent>, startedAt: number, before: SimState = turn.state): StepReport {
	const rejection: UserActionRejection | undefined = turn.rejection;
	const said = turn.events.flatMap((event) => (event.type === 'user-said' ? [event.text] : []));
	const userSaid = rejection?.userSaid === undefined ? said : [...said, rejection.userSaid];
	const signIns = turn.events.flatMap((event) => (event.type === 'sign-in-recorded' ? [summary(event.entry)] : []));
	return {
		number,
		step: describeStep(step),
		text: playedStepWords(turn.intent, before),
		...(step.note === undefined ? {} : {note: step.note}),
		outcome: rejection ? 'refused' : 'done',
		minute: (turn.state.now - startedAt) / MINUTE,
		...(rejection ? {refusal: {code: rejection.code, message: rejection.message}} : {}),
		userSaid,
		signIns,
	};
}

/** The report of a `check:` step. */
export function checkReport(number: number, step: Step, checks: readonly GradeCheck[], passed: boolean, minute: number): StepReport {
	return {
		number,
		step: describeStep(step),
		text: `Check: ${checks.map((check) => check.label).join('; ')}`,
		...(step.note === undefined ? {} : {note: step.note}),
		outcome: passed ? 'check-passed' : 'check-failed',
		minute,
		userSaid: [],
		signIns: [],
		checks,
	};
}

/** Everything a run report needs besides the steps. */
export type RunFacts = {
	readonly scenario: Scenario;
	readonly seed: string;
	readonly variables: VariableValues;
	readonly script: RunReport['script'];
	readonly steps: readonly StepReport[];
	/** 1-based step number of each turn, in order. */
	readonly turnSteps: readonly number[];
	readonly grade: Grade;
};

/** Assembles the report of a run: scenario, variant, steps, goal checks, red flags, score and debrief. */
export function buildRunReport(facts: RunFacts): RunReport {
	const {scenario, grade} = facts;
	const reference = scenario.solutions[0]!;
	return {
		scenario: {
			id: scenario.id,
			title: scenario.title,
			topic: scenario.topic,
			difficulty: scenario.difficulty,
			...(scenario.timeLimit === undefined ? {} : {timeLimit: scenario.timeLimit}),
			par: scenario.par,
		},
		seed: facts.seed,
		variables: facts.variables,
		script: facts.script,
		steps: facts.steps,
		passed: grade.passed,
		checksPassed: facts.steps.every((step) => step.outcome !== 'check-failed'),
		goal: {met: grade.goal.passed, checks: grade.goal.checks},
		redFlags: grade.redFlags.map(({matchedTurns, ...flag}) => ({...flag, steps: matchedTurns.map((turn) => facts.turnSteps[turn] ?? 0)})),
		score: grade.score,
		actions: grade.actions,
		elapsedMinutes: grade.elapsedMinutes,
		debrief: {
			...(scenario.debrief === undefined ? {} : {text: scenario.debrief}),
			referenceSolution: {name: reference.name, steps: reference.steps.map(describeStep)},
		},
	};
}
