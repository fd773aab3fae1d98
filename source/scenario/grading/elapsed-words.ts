/**
 * Simulated time since the start of an attempt, as a trainer reads it: `4 min`, `2 h 5 min`, `31 d 2 h`.
 * Scripts can wait days (`wait: 31d`), and "+44662 min" reads as nothing. Pure.
 */
export function elapsedWords(minutes: number): string {
	const rounded = Math.max(0, Math.round(minutes * 10) / 10);
	if (rounded < 120) {
		return `${rounded} min`;
	}

	const whole = Math.round(rounded);
	const days = Math.floor(whole / (24 * 60));
	const hours = Math.floor((whole % (24 * 60)) / 60);
	const rest = whole % 60;
	if (days >= 2) {
		return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
	}

	const totalHours = days * 24 + hours;
	return rest > 0 ? `${totalHours} h ${rest} min` : `${totalHours} h`;
}
