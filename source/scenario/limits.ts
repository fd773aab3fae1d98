/**
 * Limits the scenario loader enforces before anything else runs, so a hostile or broken file is refused with
 * a message instead of exhausting memory or the stack (issue 8).
 */
export const scenarioLimits = {
	/** Largest scenario or tenant fixture file, in bytes of UTF-8 (256 KiB; the large built-in tenant is ~60 KiB). */
	maxFileBytes: 256 * 1024,
	/** Deepest nesting of maps and lists. A scenario needs about 12; combinators nest two levels each. */
	maxDepth: 40,
	/**
	 * Flow nesting (`[` and `{`) refused before the YAML parser runs: it recurses once per level and reaches the
	 * stack limit at a few hundred levels, where V8 may abort the process instead of throwing.
	 */
	maxFlowDepthBeforeParse: 100,
	/** Longest single string (a ticket text is a few hundred characters). */
	maxStringLength: 10_000,
	/** Most alias expansions YAML may perform (the `yaml` package's `maxAliasCount`); stops alias bombs. */
	maxAliasCount: 100,
	/** Most issues listed for one file; the rest are summarised in one last issue. */
	maxIssues: 200,
	/** Most seeded variable combinations checked exhaustively by the reference checks. */
	maxVariableCombinations: 64,
} as const;

/** Keys that could reach an object's prototype if a consumer ever assigned them; refused everywhere. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Bounds of a scenario's `history:`. Invented: 30 days covers every ticket in the fact sheet (the oldest
 * evidence, ticket 20's attacker app password, is a week old), and 200 events x 50 repetitions keeps the
 * replay at start well under the cost of one argon2 hash.
 */
export const historyLimits = {
	/** How far before startsAt an event may be: 30 days, in minutes. */
	maxMinutesBeforeStart: 30 * 24 * 60,
	/** Most events in `history:`. */
	maxEvents: 200,
	/** Most repetitions of one event (`times:`). */
	maxRepetitions: 50,
	/** Most occurrences in all (events times their repetitions), so replaying history stays cheap for lint and play. */
	maxOccurrences: 1000,
} as const;
