import {compareNames, nameKey, sameName} from '../domain/progress/names.js';
import {closestMatch} from '../scenario/suggest.js';

/** A name given with --cohort or --trainee that the progress does not hold, and what it does hold. */
export type UnknownName = {
	/** How the sentence starts: `no cohort`, `no session for cohort`. */
	readonly missing: string;
	readonly name: string;
	/** Every name the progress holds (any order, duplicates in other letter case allowed). */
	readonly known: readonly string[];
	/** What the known names are: `known cohorts`, `cohorts with a session`. */
	readonly knownAs: string;
	/** Said when there are none: `no cohorts are recorded yet`. */
	readonly none: string;
	/** Where was looked: `in progress.json`, `in the merged files`. */
	readonly where: string;
};

const shown = 10;

/** True when `name` is one of `known`, in any letter case. */
export function isKnownName(name: string, known: readonly string[]): boolean {
	return known.some((each) => sameName(each, name));
}

/**
 * One sentence for a name that is not there, naming the ones that are, the closest first:
 * `no cohort "Helpdesk Marhc" in progress.json; did you mean "Helpdesk March"? (known cohorts: Helpdesk March, Night Shift)`.
 */
export function unknownNameSentence(unknown: UnknownName): string {
	const names = [...new Map(unknown.known.map((name) => [nameKey(name), name])).values()].sort(compareNames);
	const head = `${unknown.missing} "${unknown.name}" ${unknown.where}`;
	if (names.length === 0) {
		return `${head}: ${unknown.none}`;
	}

	const close = closestMatch(unknown.name, names);
	const ordered = close === undefined ? names : [close, ...names.filter((name) => name !== close)];
	const listed = ordered.length <= shown ? ordered.join(', ') : `${ordered.slice(0, shown).join(', ')} and ${ordered.length - shown} more`;
	if (close === undefined) {
		return `${head}; ${unknown.knownAs}: ${listed}`;
	}

	return names.length === 1 ? `${head}; did you mean "${close}"?` : `${head}; did you mean "${close}"? (${unknown.knownAs}: ${listed})`;
}
