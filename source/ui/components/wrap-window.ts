/**
 * A text word-wrapped at `width` columns (greedy, like Ink's wrap), as its lines: words never start a line
 * with the space that separated them (Ink's own wrap can leave one), and a word longer than a line (a URL)
 * is broken across lines. Counts code points, which is right for the Latin text and the few symbols the
 * screens use. Pure.
 */
export function wrapLines(text: string, width: number): readonly string[] {
	const columns = Math.max(1, width);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const chars = [...word];
		const used = [...line].length;
		if (used === 0 ? chars.length <= columns : used + 1 + chars.length <= columns) {
			line = used === 0 ? word : `${line} ${word}`;
			continue;
		}

		if (used > 0) {
			lines.push(line);
		}

		// A word longer than the line is broken across lines.
		let rest = chars;
		while (rest.length > columns) {
			lines.push(rest.slice(0, columns).join(''));
			rest = rest.slice(columns);
		}

		line = rest.join('');
	}

	lines.push(line);
	return lines;
}

/** How many lines a text takes when word-wrapped at `width` columns (see `wrapLines`). Pure. */
export function wrappedLineCount(text: string, width: number): number {
	return wrapLines(text, width).length;
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
