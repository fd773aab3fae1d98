import type {ProgressReport} from './report-rows.js';

/** Totals over the attempts a report covers. */
export type ReportSummary = {
	readonly trainees: number;
	readonly scenarios: number;
	readonly attempts: number;
	readonly passed: number;
	readonly failed: number;
	readonly abandoned: number;
	readonly inProgress: number;
};

/** Counts trainees, scenarios and attempts by how they ended. */
export function summariseReport(report: ProgressReport): ReportSummary {
	const sum = (pick: (row: ProgressReport['rows'][number]) => number): number => report.rows.reduce((total, row) => total + pick(row), 0);
	return {
		trainees: new Set(report.rows.map((row) => row.trainee)).size,
		scenarios: new Set(report.rows.map((row) => row.scenarioId)).size,
		attempts: sum((row) => row.attempts),
		passed: sum((row) => row.passed),
		failed: sum((row) => row.failed),
		abandoned: sum((row) => row.abandoned),
		inProgress: sum((row) => row.inProgress),
	};
}

/** `45s`, `14m 20s`, `1h 02m`: playing time as a trainer reads it. */
export function formatDuration(milliseconds: number): string {
	const seconds = Math.round(Math.max(0, milliseconds) / 1000);
	if (seconds < 60) {
		return `${seconds}s`;
	}

	if (seconds < 3600) {
		return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
	}

	const minutes = Math.round(seconds / 60);
	return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
