/** Small statistics for the benchmark: medians and percentiles over repeated runs. */

/** The value at quantile `q` (0..1) of the samples, by nearest rank on the sorted list. */
export function quantile(samples: readonly number[], q: number): number {
	if (samples.length === 0) {
		return Number.NaN;
	}

	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[rank]!;
}

/** The median of the samples (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
	if (samples.length === 0) {
		return Number.NaN;
	}

	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A ratio as the table shows it: `1.23x`. */
export function formatRatio(value: number): string {
	return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

/** A whole count with thousands separators. */
export function formatCount(value: number): string {
	return Math.round(value).toLocaleString('en-US');
}

/** A share as a percentage: `72%`. */
export function formatShare(value: number): string {
	return Number.isFinite(value) ? `${(value * 100).toFixed(0)}%` : 'n/a';
}

/**
 * Runs the measures in rounds, rotating which goes first each round so that drift on a shared machine (another
 * process waking up, the CPU clocking down) falls on all of them alike. Returns the samples of each measure.
 */
export async function interleave(rounds: number, measures: ReadonlyArray<() => Promise<number> | number>): Promise<number[][]> {
	const samples: number[][] = measures.map(() => []);
	for (let round = 0; round < rounds; round++) {
		for (let step = 0; step < measures.length; step++) {
			const index = (round + step) % measures.length;
			samples[index]!.push(await measures[index]!());
		}
	}

	return samples;
}
