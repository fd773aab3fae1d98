import {loadProgress, type LoadResult} from './migrations.js';
import type {ProgressReport} from './report-rows.js';
import {summariseReport} from './report-summary.js';

/** The `format` field of a JSON report; `report --merge` recognises exports by it. */
export const jsonReportFormat = 'mfadesk-report';

/** Bumped when the JSON report's layout changes incompatibly. */
export const jsonReportVersion = 1;

/**
 * A JSON report: stable (same data, same text: fixed key order, sorted lists, no generation time).
 * It carries the filtered progress too, so exports from several machines can be merged again.
 */
export function formatJson(report: ProgressReport): string {
	const document = {
		format: jsonReportFormat,
		version: jsonReportVersion,
		filters: {trainee: report.filters.trainee ?? null, cohort: report.filters.cohort ?? null},
		summary: summariseReport(report),
		rows: report.rows.map((row) => ({
			trainee: row.trainee,
			scenarioId: row.scenarioId,
			cohorts: row.cohorts,
			status: row.status,
			attempts: row.attempts,
			passed: row.passed,
			failed: row.failed,
			abandoned: row.abandoned,
			inProgress: row.inProgress,
			bestScore: row.bestScore ?? null,
			totalSeconds: Math.round(row.totalMs / 1000),
			hintsUsed: row.hintsUsed,
			redFlags: row.redFlags,
			lastPlayedAt: row.lastPlayedAt ?? null,
		})),
		progress: report.progress,
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}

/**
 * Reads what `report --merge` was given: a progress file (any schema version) or a JSON report.
 * CSV and Markdown reports hold no attempts and cannot be merged.
 */
export function loadMergeInput(raw: unknown): LoadResult {
	if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as {format?: unknown}).format === jsonReportFormat) {
		const report = raw as {version?: unknown; progress?: unknown};
		if (report.version !== jsonReportVersion) {
			return {kind: 'invalid', reason: `a JSON report of version ${String(report.version)}; this mfadesk reads version ${jsonReportVersion}`};
		}

		return loadProgress(report.progress);
	}

	return loadProgress(raw);
}
