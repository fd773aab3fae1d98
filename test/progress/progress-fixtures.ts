import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadProgress} from '../../source/domain/progress/migrations.js';
import type {AttemptRecord, ProgressData} from '../../source/domain/progress/records.js';

/** fixtures/progress/ */
export const progressFixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'progress');

/** A fixture's text. */
export function fixtureText(name: string): string {
	return readFileSync(path.join(progressFixtures, name), 'utf8');
}

/** The sample classroom: cohort Helpdesk March (3 scenarios, 20 min), Ana, Ben, Chen, and Dana practising alone. */
export function sampleClassroom(): ProgressData {
	const loaded = loadProgress(JSON.parse(fixtureText('sample-classroom.json')));
	if (loaded.kind !== 'ok') {
		throw new Error(`sample-classroom.json: ${JSON.stringify(loaded)}`);
	}

	return loaded.data;
}

/** A minimal in-progress attempt, with overrides. */
export function anAttempt(overrides: Partial<AttemptRecord> & {readonly id: string}): AttemptRecord {
	const at = '2026-03-16T09:00:00.000Z';
	return {trainee: 'Ana Ruiz', scenarioId: 'codes-wrong-number', scenarioHash: 'sha256:x', seed: '1', transcript: [], hintsRevealed: 0, elapsedMs: 0, startedAt: at, updatedAt: at, inProgress: true, redFlags: [], ...overrides};
}
