/**
 * Every flag the CLI knows, once: how meow parses it, how help spells it and what it does in general.
 * A command's own help (command-specs.ts) says which of these it takes and what each means there; the
 * CLI refuses the others before the command runs (flag-check.ts). Pure data: no imports, cheap to load.
 */

/** How meow parses a flag. */
export type FlagType = 'boolean' | 'string' | 'number';

/** One flag: its meow type and default, its short form, how help spells it, and a line for the global help. */
export type FlagSpec = {
	readonly type: FlagType;
	readonly default?: boolean;
	readonly shortFlag?: string;
	/** As help shows it: `--seed <n>`, `--no-save`, `-h, --help`. */
	readonly syntax: string;
	/** One line for the global help's option list. */
	readonly summary: string;
};

/** The flag table, keyed by meow's camelCase name (`timeLimit` is typed `--time-limit`). */
export const flagTable = {
	seed: {type: 'number', syntax: '--seed <n>', summary: 'Seed of the variant: same seed, same run (run, test: default 1)'},
	solution: {type: 'string', syntax: '--solution <file|name>', summary: 'run: a steps file, or a solution or wrong remedy by name'},
	scenarios: {type: 'string', syntax: '--scenarios <dir>', summary: 'More scenarios next to the built-in pack'},
	json: {type: 'boolean', default: false, syntax: '--json', summary: 'Machine-readable output on stdout'},
	junit: {type: 'string', syntax: '--junit <file>', summary: 'run, test: also write JUnit XML'},
	trainee: {type: 'string', syntax: '--trainee <name>', summary: 'Who is playing (progress and reports)'},
	cohort: {type: 'string', syntax: '--cohort <name>', summary: 'Training group (progress, sessions and reports)'},
	ids: {type: 'string', syntax: '--ids <id,id,...>', summary: 'session start: the scenarios of the session, comma-separated'},
	timeLimit: {type: 'number', syntax: '--time-limit <min>', summary: 'session start, play: simulated minutes per scenario'},
	replace: {type: 'boolean', default: false, syntax: '--replace', summary: "session start: replace the cohort's running session"},
	add: {type: 'boolean', default: false, syntax: '--add', summary: "session start: add scenarios to the cohort's running session"},
	realTime: {type: 'boolean', default: false, syntax: '--real-time', summary: 'play: the simulated clock follows the wall clock (codes from a real app)'},
	format: {type: 'string', syntax: '--format md|csv|json', summary: 'report: output format (default md)'},
	merge: {type: 'boolean', default: false, syntax: '--merge', summary: 'report: combine the progress files or JSON reports given as arguments'},
	at: {type: 'string', syntax: '--at <ISO time>', summary: 'totp: the simulated time (default the scenario start)'},
	users: {type: 'number', syntax: '--users <n>', summary: 'generate-tenant: how many users'},
	db: {type: 'string', syntax: '--db <file>', summary: 'Progress file (or MFADESK_DB); default in your data directory'},
	save: {type: 'boolean', default: true, syntax: '--no-save', summary: 'Keep progress in memory only'},
	help: {type: 'boolean', default: false, shortFlag: 'h', syntax: '-h, --help', summary: 'Show this help (mfadesk <command> --help for one command)'},
	version: {type: 'boolean', default: false, shortFlag: 'v', syntax: '-v, --version', summary: 'Show the version'},
} as const satisfies Readonly<Record<string, FlagSpec>>;

/** A flag's camelCase name. */
export type FlagName = keyof typeof flagTable;

/** Flags every command takes: help and version. */
export const universalFlags: readonly FlagName[] = ['help', 'version'];

/** All flag names, in table order. */
export const flagNames = Object.keys(flagTable) as FlagName[];

/** `timeLimit` → `time-limit`: how a flag is typed. */
export function kebabOf(name: string): string {
	return name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** How a flag is typed in a message: `--time-limit`, or `--no-save` for the negated default-true boolean. */
export function typedFlag(name: FlagName): string {
	const spec: FlagSpec = flagTable[name];
	return spec.type === 'boolean' && spec.default === true ? `--no-${kebabOf(name)}` : `--${kebabOf(name)}`;
}

/** The flags in meow's format (type, default, shortFlag). */
export function meowFlags(): Record<string, {type: FlagType; default?: boolean; shortFlag?: string}> {
	return Object.fromEntries(
		flagNames.map((name) => {
			const spec: FlagSpec = flagTable[name];
			return [name, {type: spec.type, ...(spec.default === undefined ? {} : {default: spec.default}), ...(spec.shortFlag === undefined ? {} : {shortFlag: spec.shortFlag})}];
		}),
	);
}
