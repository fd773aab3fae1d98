import {describe, expect, test} from 'vitest';
import {upsertAttempt} from '../../source/domain/progress/progress-changes.js';
import {emptyProgress} from '../../source/domain/progress/records.js';
import {csvColumns, formatCsv, formatMarkdown} from '../../source/domain/progress/report-format.js';
import {formatJson, loadMergeInput} from '../../source/domain/progress/report-json.js';
import {buildReport} from '../../source/domain/progress/report-rows.js';
import {formatDuration} from '../../source/domain/progress/report-summary.js';
import {anAttempt, fixtureText, sampleClassroom} from './progress-fixtures.js';

const sample = sampleClassroom();

describe('report rows', () => {
	test('per trainee and scenario: status, best score, attempts, time, hints and red flags', () => {
		const rows = buildReport(sample, {}).rows;
		const ana = rows.find((row) => row.trainee === 'Ana Ruiz' && row.scenarioId === 'codes-wrong-number');
		expect(ana).toEqual({
			trainee: 'Ana Ruiz',
			scenarioId: 'codes-wrong-number',
			cohorts: ['Helpdesk March'],
			status: 'passed',
			attempts: 2,
			passed: 1,
			failed: 1,
			abandoned: 0,
			inProgress: 0,
			bestScore: {total: 90, max: 100},
			totalMs: 952_000,
			hintsUsed: 1,
			redFlags: [{id: 'mfa-lowered', count: 1, totalPenalty: 40}],
			lastPlayedAt: '2026-03-16T09:37:40.000Z',
		});
		expect(rows.map((row) => `${row.trainee}/${row.scenarioId}/${row.status}`)).toEqual([
			'Ana Ruiz/codes-clock-drift/passed',
			'Ana Ruiz/codes-wrong-number/passed',
			'Ana Ruiz/outlook-2013-prompts/not started',
			'Ben Okafor/codes-clock-drift/not started',
			'Ben Okafor/codes-wrong-number/passed',
			'Ben Okafor/outlook-2013-prompts/in progress',
			'Chen Wei/codes-clock-drift/failed',
			'Chen Wei/codes-wrong-number/not started',
			'Chen Wei/outlook-2013-prompts/not started',
			'Dana Kim/codes-wrong-number/passed',
		]);
	});

	test('filters match names case-insensitively and show them as the data spells them', () => {
		const byCohort = buildReport(sample, {cohort: 'helpdesk march'});
		expect(byCohort.filters).toEqual({cohort: 'Helpdesk March'});
		expect(new Set(byCohort.rows.map((row) => row.trainee))).toEqual(new Set(['Ana Ruiz', 'Ben Okafor', 'Chen Wei']));
		const byTrainee = buildReport(sample, {trainee: 'CHEN WEI'});
		expect(byTrainee.rows.map((row) => row.scenarioId)).toEqual(['codes-clock-drift', 'codes-wrong-number', 'outlook-2013-prompts']);
		expect(byTrainee.progress.trainees.map((each) => each.name)).toEqual(['Chen Wei']);
		expect(byTrainee.progress.attempts.every((each) => each.trainee === 'Chen Wei')).toBe(true);
		expect(buildReport(sample, {trainee: 'Nobody'}).rows).toEqual([]);
	});

	test('durations read like a trainer would say them', () => {
		expect([0, 45_000, 59_600, 952_000, 3_599_000, 3_720_000].map(formatDuration)).toEqual(['0s', '45s', '1m 00s', '15m 52s', '59m 59s', '1h 02m']);
	});
});

describe('report formats', () => {
	test('Markdown: a readable table (the README sample)', () => {
		expect(formatMarkdown(buildReport(sample, {}))).toBe(fixtureText('sample-report.md'));
		expect(formatMarkdown(buildReport(emptyProgress(), {}))).toContain('No attempts recorded yet.');
	});

	test('Markdown: one trainee who played one scenario once is counted in the singular', () => {
		const single = upsertAttempt(emptyProgress(), anAttempt({id: 'a-1', inProgress: false, outcome: 'passed', finishedAt: '2026-03-16T09:10:00.000Z'}));
		expect(formatMarkdown(buildReport(single, {}))).toContain('1 trainee, 1 scenario, 1 attempt: 1 passed,');
	});

	test('CSV: RFC 4180, CRLF line ends, every field quoted, quotes doubled', () => {
		const csv = formatCsv(buildReport(sample, {}));
		expect(csv).toBe(fixtureText('sample-report.csv'));
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(csvColumns.map((column) => `"${column}"`).join(','));
		expect(lines.at(-1)).toBe('');
		expect(lines).toHaveLength(buildReport(sample, {}).rows.length + 2);

		const awkward = upsertAttempt(emptyProgress(), anAttempt({id: 'a-1', inProgress: false, outcome: 'failed', finishedAt: '2026-03-16T09:10:00.000Z', redFlags: [{id: 'wide "trusted", range|x', penalty: 20}]}));
		expect(formatCsv(buildReport(awkward, {})).split('\r\n')[1]).toContain(',"wide ""trusted"", range|x:1","20",');
		expect(formatMarkdown(buildReport(awkward, {}))).toContain('| wide "trusted", range\\|x |');
	});

	test('JSON: stable text that merges again to the same progress', () => {
		const text = formatJson(buildReport(sample, {}));
		expect(formatJson(buildReport(JSON.parse(JSON.stringify(sample)), {}))).toBe(text);
		const document = JSON.parse(text) as {format: string; version: number; summary: unknown; rows: unknown[]};
		expect(Object.keys(document)).toEqual(['format', 'version', 'filters', 'summary', 'rows', 'progress']);
		expect(document.summary).toEqual({trainees: 4, scenarios: 3, attempts: 8, passed: 4, failed: 2, abandoned: 1, inProgress: 1});
		expect(document.rows[0]).toEqual({
			trainee: 'Ana Ruiz',
			scenarioId: 'codes-clock-drift',
			cohorts: ['Helpdesk March'],
			status: 'passed',
			attempts: 1,
			passed: 1,
			failed: 0,
			abandoned: 0,
			inProgress: 0,
			bestScore: {total: 80, max: 100},
			totalSeconds: 725,
			hintsUsed: 2,
			redFlags: [],
			lastPlayedAt: '2026-03-16T10:13:05.000Z',
		});
		const again = loadMergeInput(JSON.parse(text));
		expect(again.kind === 'ok' && again.data.attempts.length).toBe(8);
		expect(loadMergeInput({format: 'mfadesk-report', version: 9})).toEqual({kind: 'invalid', reason: 'a JSON report of version 9; this mfadesk reads version 1'});
	});
});
