/**
 * Scores how well `query` matches `text` as a subsequence, case-insensitively; undefined when it
 * doesn't. Each space-separated term must match; matches at word starts and runs of consecutive
 * letters score higher, so "enable priya" ranks "Enable ... for Priya Shah" first. Pure.
 */
export function fuzzyScore(query: string, text: string): number | undefined {
	const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
	const haystack = text.toLowerCase();
	let total = 0;
	for (const term of terms) {
		const score = termScore(term, haystack);
		if (score === undefined) {
			return undefined;
		}

		total += score;
	}

	return total;
}

function isWordStart(text: string, index: number): boolean {
	return index === 0 || /[\s\-:("'/.]/.test(text[index - 1] ?? '');
}

function termScore(term: string, text: string): number | undefined {
	// A whole-word or substring hit beats any scattered subsequence.
	const direct = text.indexOf(term);
	if (direct !== -1) {
		return 100 + term.length * 10 + (isWordStart(text, direct) ? 50 : 0) - Math.min(direct, 40) / 4;
	}

	let score = 0;
	let from = 0;
	let previous = -2;
	for (const char of term) {
		const index = text.indexOf(char, from);
		if (index === -1) {
			return undefined;
		}

		score += 1 + (index === previous + 1 ? 5 : 0) + (isWordStart(text, index) ? 8 : 0);
		previous = index;
		from = index + 1;
	}

	return score;
}

/** Items matching the query, best first (ties keep their order); everything when the query is blank. */
export function fuzzyFilter<T>(items: readonly T[], query: string, textOf: (item: T) => string): readonly T[] {
	if (query.trim() === '') {
		return items;
	}

	return items
		.map((item, index) => ({item, index, score: fuzzyScore(query, textOf(item))}))
		.filter((entry): entry is {item: T; index: number; score: number} => entry.score !== undefined)
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map((entry) => entry.item);
}
