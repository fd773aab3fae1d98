import type {Instant} from '../../domain/common/time.js';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const two = (value: number) => String(value).padStart(2, '0');

/** The simulated clock as the header shows it: `Tue 12 Mar 2024 09:14 UTC`. */
export function formatClock(at: Instant): string {
	const date = new Date(at);
	return `${weekdays[date.getUTCDay()] ?? ''} ${date.getUTCDate()} ${months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()} ${formatTime(at)} UTC`;
}

/** `09:14` (UTC). */
export function formatTime(at: Instant): string {
	const date = new Date(at);
	return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** `09:14:05` (UTC). */
export function formatTimeWithSeconds(at: Instant): string {
	return `${formatTime(at)}:${two(new Date(at).getUTCSeconds())}`;
}

/** Greedy word wrap to a width; words longer than the width are cut into pieces. Never returns an empty list. */
export function wrapLines(text: string, width: number): readonly string[] {
	const limit = Math.max(1, width);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			let rest = word;
			while (rest.length > limit) {
				if (line !== '') {
					lines.push(line);
					line = '';
				}

				lines.push(rest.slice(0, limit));
				rest = rest.slice(limit);
			}

			if (line === '') {
				line = rest;
			} else if (line.length + 1 + rest.length <= limit) {
				line += ` ${rest}`;
			} else {
				lines.push(line);
				line = rest;
			}
		}

		lines.push(line);
	}

	return lines;
}
