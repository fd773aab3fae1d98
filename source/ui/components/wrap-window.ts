/**
 * How many lines a text takes when word-wrapped at `width` columns (greedy, like Ink's wrap).
 * Counts code points, which is right for the Latin text and the few symbols the screens use.
 */
export function wrappedLineCount(text: string, width: number): number {
	const columns = Math.max(1, width);
	let lines = 1;
	let used = 0;
	for (const word of text.split(' ')) {
		const length = [...word].length;
		const needed = used === 0 ? length : used + 1 + length;
		if (needed <= columns) {
			used = needed;
			continue;
		}

		if (used > 0) {
			lines++;
		}

		// A word longer than the line is broken across lines.
		lines += Math.floor(Math.max(0, length - 1) / columns);
		used = length % columns || (length === 0 ? 0 : columns);
	}

	return lines;
}

/**
 * The first row to draw so that the focused row is fully visible in `height` lines, given each
 * row's line count: the smallest offset that still shows the focused row. Stateless, so the same
 * focus always gives the same window. Pure.
 */
export function windowStart(lineCounts: readonly number[], focusRow: number, height: number): number {
	let offset = Math.max(0, Math.min(focusRow, lineCounts.length - 1));
	let used = lineCounts[offset] ?? 1;
	while (offset > 0 && used + (lineCounts[offset - 1] ?? 1) <= height) {
		offset--;
		used += lineCounts[offset] ?? 1;
	}

	// Start from the top when everything up to the focused row fits.
	return offset;
}

/** The rows from `offset` that fit in `height` lines (at least one). Pure. */
export function windowEnd(lineCounts: readonly number[], offset: number, height: number): number {
	let end = offset;
	let used = 0;
	while (end < lineCounts.length && (end === offset || used + (lineCounts[end] ?? 1) <= height)) {
		used += lineCounts[end] ?? 1;
		end++;
	}

	return end;
}
