import {describe, expect, test} from 'vitest';
import {ensureTrainee, findCohort, mergeProgress, preferAttempt, recordTrainingSession, upsertAttempt} from '../../source/domain/progress/progress-changes.js';
import {emptyProgress} from '../../source/domain/progress/records.js';
import {anAttempt, sampleClassroom} from './progress-fixtures.js';

const finished = anAttempt({id: 'a-1', inProgress: false, outcome: 'passed', finishedAt: '2026-03-16T09:10:00.000Z', updatedAt: '2026-03-16T09:10:00.000Z'});
const open = anAttempt({id: 'a-1', updatedAt: '2026-03-16T09:20:00.000Z'});

describe('changes to progress data', () => {
	test('trainees are known once, whatever the case of their name', () => {
		const data = ensureTrainee(ensureTrainee(emptyProgress(), 'Ana Ruiz', '2026-03-16T09:00:00.000Z'), 'ana ruiz', '2026-03-17T09:00:00.000Z');
		expect(data.trainees).toEqual([{name: 'Ana Ruiz', firstSeenAt: '2026-03-16T09:00:00.000Z'}]);
	});

	test('an attempt is saved by id and its trainee becomes known', () => {
		const once = upsertAttempt(emptyProgress(), open);
		const twice = upsertAttempt(once, {...open, transcript: [{intent: {kind: 'wait', minutes: 5}, simulatedAt: 1, wallAt: '2026-03-16T09:21:00.000Z'}], updatedAt: '2026-03-16T09:21:00.000Z'});
		expect(twice.attempts).toHaveLength(1);
		expect(twice.attempts[0]!.transcript).toHaveLength(1);
		expect(twice.trainees.map((each) => each.name)).toEqual(['Ana Ruiz']);
	});

	test('a finished copy always beats an in-progress one, even a later one', () => {
		expect(preferAttempt(finished, open)).toBe(finished);
		expect(preferAttempt(open, finished)).toBe(finished);
		const stored = upsertAttempt(emptyProgress(), finished);
		expect(upsertAttempt(stored, open)).toBe(stored);
	});

	test('a session start records the cohort; the next one updates its scenarios and time limit', () => {
		const first = recordTrainingSession(emptyProgress(), {id: 's-1', cohort: 'Helpdesk March', scenarioIds: ['codes-wrong-number'], timeLimitMinutes: 20, startedAt: '2026-03-16T09:00:00.000Z'});
		const second = recordTrainingSession(first, {id: 's-2', cohort: 'helpdesk march', scenarioIds: ['codes-clock-drift'], startedAt: '2026-03-23T09:00:00.000Z'});
		expect(second.sessions.map((each) => each.id)).toEqual(['s-1', 's-2']);
		expect(findCohort(second, 'HELPDESK MARCH')).toEqual({name: 'Helpdesk March', scenarioIds: ['codes-clock-drift'], createdAt: '2026-03-16T09:00:00.000Z', updatedAt: '2026-03-23T09:00:00.000Z'});
	});
});

describe('merging progress from several machines', () => {
	const sample = sampleClassroom();
	const ana = {...sample, attempts: sample.attempts.filter((each) => each.trainee === 'Ana Ruiz'), sessions: [], cohorts: []};
	const rest = {...sample, attempts: sample.attempts.filter((each) => each.trainee !== 'Ana Ruiz')};

	test('attempts are deduplicated by id, every trainee is kept, and the result is the same in any order', () => {
		const merged = mergeProgress([ana, rest, ana]);
		expect(merged.attempts).toHaveLength(sample.attempts.length);
		expect(merged.trainees.map((each) => each.name)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dana Kim']);
		expect(merged.cohorts.map((each) => each.name)).toEqual(['Helpdesk March']);
		expect(mergeProgress([rest, ana])).toEqual(merged);
	});

	test('an early export with an unfinished attempt does not undo its finish', () => {
		const monday = {...emptyProgress(), attempts: [open]};
		const friday = {...emptyProgress(), attempts: [finished]};
		expect(mergeProgress([friday, monday]).attempts).toEqual([finished]);
		expect(mergeProgress([monday, friday]).attempts).toEqual([finished]);
	});

	test('a trainee named differently in case on two machines is one trainee', () => {
		const laptop = upsertAttempt(emptyProgress(), anAttempt({id: 'x-1', trainee: 'ana ruiz', startedAt: '2026-03-15T09:00:00.000Z', updatedAt: '2026-03-15T09:00:00.000Z'}));
		const merged = mergeProgress([upsertAttempt(emptyProgress(), open), laptop]);
		expect(merged.trainees).toEqual([{name: 'Ana Ruiz', firstSeenAt: '2026-03-15T09:00:00.000Z'}]);
	});
});
