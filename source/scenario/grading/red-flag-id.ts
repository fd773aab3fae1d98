import type {RedFlag} from '../schema/scenario-schema.js';

const kebab = (text: string): string => text.replaceAll(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * A stable id for a red flag of a scenario, the same in every seeded variant: the author's `id` when the flag
 * has one, otherwise its place in the file and what it watches (`2-require-re-register-mfa`, `1-not-per-user-mfa`).
 * Author ids start with a letter, so they never collide with derived ones. Reports count red flags by this id. Pure.
 */
export function redFlagId(flag: RedFlag, index: number): string {
	if (flag.id !== undefined) {
		return flag.id;
	}

	if ('action' in flag.when) {
		return `${index + 1}-${flag.when.action}`;
	}

	const negated = 'not' in flag.when;
	const predicate = negated ? (flag.when as {readonly not: object}).not : flag.when;
	const key = Object.keys(predicate)[0] ?? 'state';
	return `${index + 1}-${negated ? 'not-' : ''}${kebab(key)}`;
}
