import {describe, expect, test} from 'vitest';
import {loadProgress} from '../../source/domain/progress/migrations.js';
import {emptyProgress} from '../../source/domain/progress/records.js';
import {fixtureText, sampleClassroom} from './progress-fixtures.js';

describe('loading and migrating progress files', () => {
	test('a current file loads as it is', () => {
		const data = sampleClassroom();
		expect(loadProgress(JSON.parse(JSON.stringify(data)))).toEqual({kind: 'ok', data});
		expect(loadProgress(emptyProgress())).toEqual({kind: 'ok', data: emptyProgress()});
	});

	test('the v0 draft layout becomes v1: ids, outcomes, scores, transcripts and trainees carried over', () => {
		const loaded = loadProgress(JSON.parse(fixtureText('v0-draft.json')));
		expect(loaded.kind === 'ok' && loaded.migratedFrom).toBe(0);
		const data = loaded.kind === 'ok' ? loaded.data : emptyProgress();
		expect(data.trainees).toEqual([
			{name: 'Ana Ruiz', firstSeenAt: '2025-11-03T10:00:00.000Z'},
			{name: 'Ben Okafor', firstSeenAt: '2025-11-03T10:05:00.000Z'},
		]);
		expect(data.attempts[0]).toEqual({
			id: 'legacy-1',
			trainee: 'Ana Ruiz',
			scenarioId: 'codes-wrong-number',
			scenarioHash: 'unknown',
			seed: '7',
			transcript: [
				{intent: {kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}}, simulatedAt: 1_710_234_090_000, wallAt: '2025-11-03T10:00:00.000Z'},
				{intent: {kind: 'admin', intent: {type: 'set-phone-method', userId: 'priya', slot: 'authentication', number: '+1 4255550123'}}, simulatedAt: 1_710_234_180_000, wallAt: '2025-11-03T10:00:00.000Z'},
			],
			hintsRevealed: 1,
			elapsedMs: 750_000,
			startedAt: '2025-11-03T10:00:00.000Z',
			updatedAt: '2025-11-03T10:12:30.000Z',
			inProgress: false,
			finishedAt: '2025-11-03T10:12:30.000Z',
			outcome: 'passed',
			score: {total: 80, max: 100, breakdown: []},
			redFlags: [],
		});
		expect(data.attempts[1]).toMatchObject({id: 'legacy-2', seed: 'spring', inProgress: true});
		expect(data.attempts[1]).not.toHaveProperty('outcome');
	});

	test('a newer schema is reported as such, never as invalid', () => {
		expect(loadProgress(JSON.parse(fixtureText('newer-schema.json')))).toEqual({kind: 'newer', version: 2});
	});

	test.each([
		[[], 'expected a JSON object with a numeric schemaVersion'],
		[{schemaVersion: '1'}, 'expected a JSON object with a numeric schemaVersion'],
		[{attempts: [{id: 3}]}, 'schema v0 file: attempts[0].id: Invalid input: expected string, received number'],
		[{...emptyProgress(), trainees: [{name: '=HYPERLINK("x")', firstSeenAt: '2026-03-16T09:00:00.000Z'}]}, /^trainees\[0\]\.name: expected a name of/],
	])('invalid: %j', (raw, reason) => {
		const loaded = loadProgress(raw);
		expect(loaded.kind).toBe('invalid');
		expect(loaded.kind === 'invalid' && loaded.reason).toMatch(reason);
	});

	test('an attempt must have an outcome exactly when it is not in progress', () => {
		const data = sampleClassroom();
		const broken = {...data, attempts: [{...data.attempts[0]!, inProgress: true}]};
		const loaded = loadProgress(JSON.parse(JSON.stringify(broken)));
		expect(loaded.kind === 'invalid' && loaded.reason).toBe('attempts[0].outcome: an attempt has an outcome exactly when it is not in progress');
	});
});
