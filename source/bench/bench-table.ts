/** One row of the benchmark table: every figure is a ratio against a baseline of the same run, or a count. */
export type BenchRow = {
	readonly measure: string;
	readonly baseline: string;
	readonly ratio: string;
	readonly target: string;
	/** `meets`, `MISSES by ...`, or `info` for rows without a target. */
	readonly verdict: string;
};

/** The verdict of a ratio against an upper bound: `meets`, or by how much it misses. */
export function verdictAtMost(value: number, limit: number): string {
	if (!Number.isFinite(value)) {
		return 'NOT MEASURED';
	}

	return value <= limit ? 'meets' : `MISSES by ${(((value - limit) / limit) * 100).toFixed(0)}%`;
}

/** The verdict of a count that must equal a value. */
export function verdictEquals(value: number, wanted: number): string {
	return value === wanted ? 'meets' : `MISSES (${value} instead of ${wanted})`;
}

const headings: readonly string[] = ['Measure', 'Baseline (same run)', 'Ratio / count', 'Target', 'Verdict'];

/** The rows as one Markdown table with aligned columns, ready to paste into the README. */
export function renderTable(rows: readonly BenchRow[]): string {
	const cells = [headings, ...rows.map((row) => [row.measure, row.baseline, row.ratio, row.target, row.verdict])];
	const widths = headings.map((_heading, column) => Math.max(...cells.map((line) => line[column]!.length)));
	const line = (values: readonly string[]): string => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
	return [line(cells[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map((each) => line(each))].join('\n');
}
