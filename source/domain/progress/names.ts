/**
 * Trainee and cohort names. They start with a letter or digit, so a name can never become a
 * spreadsheet formula in a CSV export (`=`, `+`, `-`, `@`), and hold no `|`, quotes or control
 * characters, so Markdown tables and shell commands stay readable.
 */
const namePattern = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,63}$/u;

/** What a valid name looks like, for messages. */
export const nameRule = 'up to 64 letters, digits, spaces, dots, apostrophes, hyphens or underscores, starting with a letter or digit';

/** A scenario id: kebab-case, as scenario files require. */
export const scenarioIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collapses runs of white space and trims; names are stored this way. */
export function normaliseName(text: string): string {
	return text.normalize('NFC').replaceAll(/\s+/g, ' ').trim();
}

/** True when the (normalised) name follows the rule. */
export function isValidName(name: string): boolean {
	return namePattern.test(name);
}

/** The key two names are compared by: `Ana Ruiz` and `ana ruiz` are the same trainee. */
export function nameKey(name: string): string {
	return normaliseName(name).toLocaleLowerCase('en');
}

/** Same person or cohort? */
export function sameName(left: string, right: string): boolean {
	return nameKey(left) === nameKey(right);
}

/** Sorts names the same way on every machine: by key, then by code units. */
export function compareNames(left: string, right: string): number {
	const byKey = compareText(nameKey(left), nameKey(right));
	return byKey === 0 ? compareText(left, right) : byKey;
}

/** Plain code-unit order: stable across locales and machines. */
export function compareText(left: string, right: string): number {
	if (left === right) {
		return 0;
	}

	return left < right ? -1 : 1;
}
