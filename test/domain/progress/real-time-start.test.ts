/**
 * A real-time attempt keeps the instant its clock started at (`realTimeStart`), so a resume starts
 * there. The field is optional: files written before it existed load as they are, in schema v1,
 * with nothing to migrate; a damaged value is refused like any other.
 */
import {describe, expect, test} from 'vitest';
import {appendTurn, startAttempt} from '../../../source/domain/progress/attempt-life.js';
import {loadProgress} from '../../../source/domain/progress/migrations.js';
import {currentSchemaVersion, emptyProgress, type AttemptRecord} from '../../../source/domain/progress/records.js';
import {upsertAttempt} from '../../../source/domain/progress/progress-changes.js';

const at = '2026-03-16T09:00:00.000Z';
const wallStart = Date.UTC(2026, 2, 16, 9, 0, 0);
const identity = {id: 'rt-1', trainee: 'Ana Ruiz', scenarioId: 'codes-clock-drift', scenarioHash: 'sha256:x', seed: '1'};

/** The file as it would be on disk, read back by the loader. */
function reloaded(attempt: AttemptRecord) {
	return loadProgress(JSON.parse(JSON.stringify(upsertAttempt(emptyProgress(), attempt))));
}

describe('the real-time start of an attempt', () => {
	test('is kept from the start of the attempt through every turn', () => {
		const started = startAttempt({...identity, realTimeStart: wallStart}, at);
		const played = appendTurn(started, {kind: 'wait', minutes: 1.5}, wallStart + 90_000, at, 0);

		expect(started.realTimeStart).toBe(wallStart);
		expect(played.realTimeStart).toBe(wallStart);
		expect(startAttempt(identity, at)).not.toHaveProperty('realTimeStart');
	});

	test('loads as it is, in the current schema: nothing migrated', () => {
		const attempt = startAttempt({...identity, realTimeStart: wallStart}, at);

		expect(currentSchemaVersion).toBe(1);
		expect(reloaded(attempt)).toEqual({kind: 'ok', data: upsertAttempt(emptyProgress(), attempt)});
	});

	test('an attempt saved before the field existed loads without one', () => {
		const loaded = reloaded(startAttempt(identity, at));

		expect(loaded.kind).toBe('ok');
		expect(loaded.kind === 'ok' && loaded.migratedFrom).toBeUndefined();
		expect(loaded.kind === 'ok' && loaded.data.attempts[0]).not.toHaveProperty('realTimeStart');
	});

	test.each([['a string', '2026-03-16'], ['a fraction', 1.5], ['a negative instant', -1], ['not a number', null]])('is refused when it is %s', (_, value) => {
		const damaged = {...startAttempt(identity, at), realTimeStart: value} as unknown as AttemptRecord;
		const loaded = reloaded(damaged);

		expect(loaded.kind).toBe('invalid');
		expect(loaded.kind === 'invalid' && loaded.reason).toMatch(/^attempts\[0\]\.realTimeStart: /);
	});
});
