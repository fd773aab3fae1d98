import {plural} from '../common/plural.js';
import type {ProgressReport, ReportRedFlag, ReportRow} from './report-rows.js';
import {formatDuration, summariseReport} from './report-summary.js';

/** The report formats `mfadesk report --format` accepts. */
export const reportFormats = ['md', 'csv', 'json'] as const;

/** One of the report formats. */
export type ReportFormat = (typeof reportFormats)[number];

/** True when the text names a report format. */
export function isReportFormat(text: string): text is ReportFormat {
	return (reportFormats as readonly string[]).includes(text);
}

function scoreText(row: ReportRow): string {
	return row.bestScore ? `${row.bestScore.total}/${row.bestScore.max}` : '—';
}

function attemptsText(row: ReportRow): string {
	return row.inProgress > 0 ? `${row.attempts} (${row.inProgress} open)` : String(row.attempts);
}

function flagsText(flags: readonly ReportRedFlag[]): string {
	return flags.length === 0 ? '—' : flags.map((flag) => (flag.count === 1 ? flag.id : `${flag.id} ×${flag.count}`)).join(', ');
}

function cell(text: string): string {
	return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll(/[\r\n]+/g, ' ');
}

function filtersLine(report: ProgressReport): string {
	const parts = [
		...(report.filters.cohort === undefined ? [] : [`cohort ${report.filters.cohort}`]),
		...(report.filters.trainee === undefined ? [] : [`trainee ${report.filters.trainee}`]),
	];
	return parts.length === 0 ? 'All trainees and cohorts.' : `Only ${parts.join(', ')}.`;
}

/** A Markdown report: a totals line and one table row per trainee and scenario. */
export function formatMarkdown(report: ProgressReport): string {
	const summary = summariseReport(report);
	const cohorts = report.progress.cohorts.map(
		(cohort) => `Cohort ${cohort.name}: ${cohort.scenarioIds.join(', ')}${cohort.timeLimitMinutes === undefined ? '' : `; ${cohort.timeLimitMinutes} minutes per scenario`}.`,
	);
	const lines = [
		'# mfadesk training report',
		'',
		filtersLine(report),
		...cohorts,
		`${plural(summary.trainees, 'trainee')}, ${plural(summary.scenarios, 'scenario')}, ${plural(summary.attempts, 'attempt')}: ` +
			`${summary.passed} passed, ${summary.failed} failed, ${summary.abandoned} abandoned, ${summary.inProgress} in progress.`,
		'',
	];
	if (report.rows.length === 0) {
		return [...lines, 'No attempts recorded yet.', ''].join('\n');
	}

	lines.push('| Trainee | Scenario | Status | Best score | Attempts | Time | Hints | Red flags |', '| --- | --- | --- | ---: | ---: | ---: | ---: | --- |');
	for (const row of report.rows) {
		const time = row.attempts === 0 ? '—' : formatDuration(row.totalMs);
		const cells = [row.trainee, row.scenarioId, row.status, scoreText(row), attemptsText(row), time, String(row.hintsUsed), flagsText(row.redFlags)];
		lines.push(`| ${cells.map(cell).join(' | ')} |`);
	}

	return [...lines, ''].join('\n');
}

/** The CSV columns, in order. */
export const csvColumns = [
	'trainee',
	'scenario',
	'cohorts',
	'status',
	'attempts',
	'passed',
	'failed',
	'abandoned',
	'in_progress',
	'best_score',
	'max_score',
	'time_seconds',
	'hints_used',
	'red_flags',
	'red_flag_penalty',
	'last_played',
] as const;

/** One RFC 4180 field: always quoted, quotes doubled. */
function csvField(value: string | number): string {
	return `"${String(value).replaceAll('"', '""')}"`;
}

/**
 * A CSV report (RFC 4180: CRLF line ends, every field quoted): one header line, then one line per
 * trainee and scenario. Red flags read `id:count;id:count`; cohorts are separated by `;`.
 */
export function formatCsv(report: ProgressReport): string {
	const lines = [csvColumns.map(csvField).join(',')];
	for (const row of report.rows) {
		const values: readonly (string | number)[] = [
			row.trainee,
			row.scenarioId,
			row.cohorts.join(';'),
			row.status,
			row.attempts,
			row.passed,
			row.failed,
			row.abandoned,
			row.inProgress,
			row.bestScore?.total ?? '',
			row.bestScore?.max ?? '',
			Math.round(row.totalMs / 1000),
			row.hintsUsed,
			row.redFlags.map((flag) => `${flag.id}:${flag.count}`).join(';'),
			row.redFlags.reduce((sum, flag) => sum + flag.totalPenalty, 0),
			row.lastPlayedAt ?? '',
		];
		lines.push(values.map(csvField).join(','));
	}

	return lines.map((line) => `${line}\r\n`).join('');
}
