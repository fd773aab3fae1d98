import {buildInitialState} from '../scenario/build-initial-state.js';
import type {RunReport} from '../scenario/grading/run-report.js';
import {namingStates} from '../scenario/grading/script-naming.js';
import {scriptStepWords} from '../scenario/grading/step-words.js';
import type {RunnableScenario, RunPorts} from '../services/scenario-run-service.js';

/**
 * The report with its reference solution's steps also as a trainer says them (`referenceSolution.text`), named
 * from the variant's start state: the same seed builds the same variant the run played (as `mfadesk totp` does).
 * The script form stays in `referenceSolution.steps`.
 */
export function withReferenceWords(report: RunReport, loaded: RunnableScenario, ports: RunPorts): RunReport {
	const initial = buildInitialState(loaded.scenario, loaded.fixture, ports.randomFor(report.seed));
	const reference = initial.scenario.solutions[0]!;
	const states = namingStates(reference.steps, initial.state);
	const text = reference.steps.map((step, index) => scriptStepWords(step, states[index]!));
	return {...report, debrief: {...report.debrief, referenceSolution: {...report.debrief.referenceSolution, text}}};
}
