/** Plays a built-in scenario's steps through the services and returns what the debrief shows, as the play flow does. */
import {createRunPorts} from '../../../source/commands/real-deps.js';
import {startSession} from '../../../source/domain/session/play-session.js';
import {buildInitialState} from '../../../source/scenario/build-initial-state.js';
import type {Step} from '../../../source/scenario/schema/step-schema.js';
import {stepToIntent} from '../../../source/scenario/step-intent.js';
import {gradeSession} from '../../../source/services/grade-service.js';
import {finishAppPasswords} from '../../../source/services/scenario-run-service.js';
import {loadScenarioFiles} from '../../../source/services/scenario-source-service.js';
import {playIntent, type Session, type SessionIntent} from '../../../source/services/session-service.js';
import type {DebriefData} from '../../../source/ui/app/play-controller.js';
import {glyphsFor, richDisplay} from '../../../source/ui/app/display.js';
import {debriefText} from '../../../source/ui/debrief/debrief-model.js';

const ports = createRunPorts({cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});

/** The debrief of playing `steps` (no `check:` steps) in a built-in scenario, then submitting (or giving up). */
export async function debriefOf(id: string, steps: readonly Step[], end: DebriefData['end'] = 'submit'): Promise<DebriefData> {
	const loaded = (await loadScenarioFiles([`fixtures/scenarios/${id}.yaml`], 'fixtures')).scenarios[0]!;
	const random = ports.randomFor('1');
	const initial = buildInitialState(loaded.scenario, loaded.fixture, random);
	const deps = ports.depsFor({seed: '1', tenantId: initial.state.tenant.id, random});
	let session: Session = startSession(await finishAppPasswords(initial, deps));
	for (const step of steps) {
		session = await playIntent(session, stepToIntent(step, session.turns.at(-1)?.state ?? session.initial) as SessionIntent, deps);
	}

	const grade = await gradeSession(session, initial.scenario, {...deps, random: ports.randomFor('1:verification')});
	return {variant: initial.scenario, seed: '1', session, grade, end, outcome: grade.passed ? 'passed' : 'failed', saved: {kind: 'memory'}};
}

/** The debrief as plain lines joined, at 100 columns with Unicode glyphs. */
export function debriefLines(data: DebriefData, width = 100): string {
	return debriefText(data, width, glyphsFor(richDisplay)).lines.map((line) => line.text).join('\n');
}
