/** Edit distance between two short strings (ids) counting a swap of neighbours as one edit. */
function distance(a: string, b: string): number {
	const rows: number[][] = [Array.from({length: b.length + 1}, (_, index) => index)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}

			row.push(best);
		}

		rows.push(row);
	}

	return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to `name` (ignoring case, a swap of neighbours counting as one edit), when it is close
 * enough to be a typo of it: one edit for names under 4 characters, otherwise a third of the length (at least 2).
 */
export function closestMatch(name: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	const limit = name.length < 4 ? 1 : Math.max(2, Math.floor(name.length / 3));
	for (const candidate of candidates) {
		if (Math.abs(candidate.length - name.length) > limit) {
			continue;
		}

		const score = distance(name.toLowerCase(), candidate.toLowerCase());
		if (score < bestDistance) {
			best = candidate;
			bestDistance = score;
		}
	}

	return bestDistance <= limit ? best : undefined;
}

/**
 * A suffix for "unknown ..." messages: `; did you mean "priya"?` when one candidate is close, otherwise the
 * list of candidates when it is short, otherwise nothing.
 */
export function suggest(name: string, candidates: readonly string[]): string {
	const best = closestMatch(name, candidates);
	if (best !== undefined) {
		return `; did you mean "${best}"?`;
	}

	if (candidates.length > 0 && candidates.length <= 8) {
		return `: expected one of ${candidates.join(', ')}`;
	}

	return '';
}
