import type {FlagName} from './flag-table.js';

/**
 * What each command is, for people: its usage lines, summary, the flags it takes (and what each means
 * for it), examples and notes. The single source of `mfadesk <command> --help`, `mfadesk help <command>`,
 * the global help's command list, the usage line of usage errors, and the flags the CLI lets through to
 * the command. Pure data (light): the CLI root and every command import it.
 */

/** One example: a command line and, when it needs one, what it does. */
export type CommandExample = {readonly command: string; readonly comment?: string};

/** One command's help. */
export type CommandSpec = {
	/** Usage lines without the leading `mfadesk `; the first names the command and its arguments. */
	readonly usage: readonly string[];
	/** One line for the global help's command list. */
	readonly summary: string;
	/** A few lines under the usage, when the summary is not enough. */
	readonly description?: readonly string[];
	/** The flags this command takes, each with what it means here (help and version are always taken). */
	readonly flags: Readonly<Partial<Record<FlagName, string>>>;
	/** One to three examples. */
	readonly examples: readonly CommandExample[];
	/** Closing lines: what it needs, exit codes. */
	readonly notes?: readonly string[];
};

const progressFlags = {
	db: 'Progress file (or MFADESK_DB); default in your data directory',
	save: 'Keep progress in memory only: nothing is read or written',
} as const;

/** Every command's help, in the order the global help lists them. */
export const commandSpecs = {
	play: {
		usage: ['play [<id|file>] [--trainee <name>] [--cohort <name>] [--seed <n>] [--time-limit <min>] [--real-time] [--db <file> | --no-save] [--scenarios <dir>]'],
		summary: 'Play in the terminal UI: pick a scenario, fix the ticket, get the debrief (needs a terminal)',
		description: ['Without <id|file>, opens the picker. Every action is saved as it happens, so an unfinished', 'attempt can be resumed after quitting or Ctrl+C.'],
		flags: {
			trainee: 'Who is playing (default: your login name)',
			cohort: "The training group; its session's time limit applies",
			seed: 'Seed of the variant (default: a new one each time)',
			timeLimit: 'Simulated minutes (instead of the cohort or scenario limit)',
			realTime: 'The simulated clock follows the wall clock, so codes from a real authenticator app work',
			...progressFlags,
			scenarios: 'More scenarios next to the built-in pack (a directory, searched recursively)',
		},
		examples: [
			{command: 'mfadesk play', comment: 'Pick a scenario and play it'},
			{command: 'mfadesk play codes-wrong-number --trainee "Ana Ruiz" --cohort "Helpdesk March"'},
			{command: 'mfadesk play my-scenarios/new-ticket.yaml --no-save', comment: 'Try your own scenario without saving progress'},
		],
		notes: [
			'Needs a terminal: without one it exits 2 (mfadesk run and mfadesk test run headless).',
			'Exit codes: 0 after quitting, 1 scenario or progress file unusable, 2 usage error or no terminal, 130 Ctrl+C.',
		],
	},
	list: {
		usage: ['list [--json] [--scenarios <dir>]'],
		summary: 'Scenarios with topic, difficulty and time limit',
		flags: {
			json: 'One object per scenario: id, title, topic, difficulty, timeLimit, par, source (and file)',
			scenarios: 'Also list the scenarios in this directory (searched recursively, as test and lint do; steps files are skipped)',
		},
		examples: [{command: 'mfadesk list', comment: 'The built-in pack by topic and difficulty'}, {command: 'mfadesk list --scenarios my-scenarios/ --json'}],
		notes: ['Exit codes: 0 ok, 1 a file in --scenarios has problems (printed on stderr; mfadesk lint for details), 2 usage error.'],
	},
	run: {
		usage: ['run <id|file> [--solution <file|name>] [--seed <n>] [--json] [--junit <file>] [--scenarios <dir>]'],
		summary: 'Play a script headlessly and grade it (--json, --junit <file>)',
		description: [
			'Plays a script on a seeded variant, then prints the steps as a trainer says them, what the',
			'user said, the goal checks (expected vs actual), red flags, the score and the debrief.',
		],
		flags: {
			solution: 'A steps file (YAML/JSON with steps:), or a solution or wrong remedy by name; default: the first solution',
			seed: 'Seed of the variant (default 1): the same seed plays the same run',
			json: 'The graded report as JSON, each step in script form (step) and in words (text); same seed, same bytes',
			junit: 'Also write a JUnit XML report to <file>',
			scenarios: 'Look the id up in this directory too (searched recursively), next to the built-in pack',
		},
		examples: [
			{command: 'mfadesk run codes-wrong-number', comment: 'Play its reference solution, graded'},
			{command: 'mfadesk run codes-wrong-number --solution my-fix.yaml --seed 7 --json'},
			{command: 'mfadesk run codes-wrong-number --solution "Disable MFA for Priya"', comment: 'A wrong remedy, to see why it fails'},
		],
		notes: ['Exit codes: 0 goal met with no red flag, 1 not, 2 usage error, 130 interrupted.'],
	},
	test: {
		usage: ['test [paths...] [--seed <n>] [--json] [--junit <file>] [--scenarios <dir>]'],
		summary: 'Every solution must pass, every wrong remedy must fail (--json, --junit <file>)',
		description: [
			'For each scenario: doing nothing must fail the goal, each solution must pass, each wrong remedy must fail.',
			'Without paths: the built-in pack (and --scenarios). Directories are searched recursively;',
			'steps files in them (only steps:, for run --solution) are skipped.',
		],
		flags: {
			seed: 'Seed of the variants (default 1)',
			json: 'The results as JSON on stdout',
			junit: 'Also write JUnit XML to <file>: one testsuite per scenario, one testcase per script',
			scenarios: 'Without paths: test this directory too (searched recursively), next to the built-in pack',
		},
		examples: [{command: 'mfadesk test', comment: 'Prove the whole pack: solutions pass, wrong remedies fail'}, {command: 'mfadesk test my-scenarios/ --junit junit.xml', comment: 'Your own scenarios, with a CI report'}],
		notes: ['Exit codes: 0 every case holds, 1 a case failed or a file has problems, 2 usage error (e.g. a path that does not exist), 130 interrupted.'],
	},
	lint: {
		usage: ['lint <paths...> [--json]'],
		summary: 'Validate scenario files: file:line:column messages',
		description: [
			'Checks the schema, references and every seeded variant against the built-in tenant fixtures.',
			'Directories are searched recursively; steps files (only steps:, for run --solution) and tenant',
			'fixtures (users:, networks:, ...) are checked as such, and other YAML or JSON is reported as none of these.',
		],
		flags: {json: 'Also print the problems on stdout as JSON'},
		examples: [{command: 'mfadesk lint my-scenarios/new-ticket.yaml', comment: 'file:line:column problems, exit 1 on any'}, {command: 'mfadesk lint my-scenarios/'}],
		notes: ['Exit codes: 0 no problem, 1 any problem, 2 usage error (e.g. a path that does not exist).'],
	},
	schema: {
		usage: ['schema [scenario|tenant]'],
		summary: 'JSON Schema of the scenario format, for editors',
		description: ['Generated from the schemas the loader uses; point yaml-language-server at it for completion.'],
		flags: {},
		examples: [{command: 'mfadesk schema > scenario.schema.json', comment: 'Then put "# yaml-language-server: $schema=scenario.schema.json" atop a scenario'}, {command: 'mfadesk schema tenant > tenant.schema.json'}],
	},
	totp: {
		usage: ['totp <id|file> <user> [--at <ISO time>] [--seed <n>] [--json] [--scenarios <dir>]'],
		summary: "The code a user's authenticator shows at a simulated time (--json)",
		description: ['One line per Authenticator registration or software token, the code first.'],
		flags: {
			at: 'The simulated time, with a zone (default: the scenario start), e.g. 2025-01-20T08:05:00Z',
			seed: 'The variant, as in mfadesk run --seed (default 1)',
			json: 'The codes, time step and seconds left as JSON',
			scenarios: 'Look the id up in this directory too (searched recursively)',
		},
		examples: [{command: 'mfadesk totp codes-clock-drift lena'}, {command: 'mfadesk totp codes-clock-drift lena --at 2025-01-20T08:05:00Z --json'}],
	},
	'generate-tenant': {
		usage: ['generate-tenant --users <n> [--seed <n>]'],
		summary: 'A large tenant fixture (YAML on stdout) with realistic states, methods, clients and app passwords',
		flags: {users: 'How many users: 1 to 100,000 (fixture files hold at most 20,000)', seed: 'Same seed, same bytes (default 1)'},
		examples: [{command: 'mfadesk generate-tenant --users 500 --seed 3 > generated-500-seed-3.yaml', comment: 'The file name must equal the id it prints'}],
	},
	session: {
		usage: [
			'session start --cohort <name> --ids <id,id,...> [--time-limit <min>] [--replace | --add] [--scenarios <dir>] [--json] [--db <file> | --no-save]',
			'session list [--cohort <name>] [--json] [--db <file>]',
			'session end --cohort <name> [--json] [--db <file>]',
		],
		summary: 'Training sessions: start one for a cohort and print what trainees run, list them, end one',
		description: [
			'start records the cohort, its scenarios and time limit, and prints the command each trainee runs.',
			'A cohort has one running session: --replace replaces it, --add adds scenarios to it, and',
			'end closes it (its attempts stay in reports).',
		],
		flags: {
			cohort: 'The training group (matched in any letter case)',
			ids: 'The scenarios, comma-separated: built-in ids, or ids in --scenarios',
			timeLimit: 'Simulated minutes per scenario',
			replace: 'The cohort has a running session: replace its scenarios and time limit',
			add: 'The cohort has a running session: add these scenarios to it',
			scenarios: 'A directory of your own scenarios holding some of the ids, searched recursively (the old spelling of --ids still works)',
			json: 'The session record (start) or the cohorts (list) as JSON',
			...progressFlags,
		},
		examples: [
			{command: 'mfadesk session start --cohort "Helpdesk March" --ids codes-wrong-number,codes-clock-drift --time-limit 20'},
			{command: 'mfadesk session list', comment: 'Cohorts with their scenarios, time limit and dates'},
			{command: 'mfadesk session end --cohort "Helpdesk March"'},
		],
		notes: [
			'list only reads the progress file: one it cannot use is named and left as it is.',
			'Exit codes: 0 ok, 1 progress file unusable or no session for --cohort (list, end), 2 usage error (unknown id, a running session without --replace or --add).',
		],
	},
	report: {
		usage: ['report [--format md|csv|json | --json] [--trainee <name>] [--cohort <name>] [--db <file>]', 'report --merge <files...> [--format md|csv|json] [--trainee <name>] [--cohort <name>]'],
		summary: 'Progress per trainee and scenario; --merge combines files from several machines',
		flags: {
			format: 'md (default), csv (spreadsheets) or json (stable, mergeable again)',
			json: 'Same as --format json',
			trainee: 'Only this trainee (any letter case)',
			cohort: 'Only this cohort (any letter case)',
			merge: 'Combine the progress files and JSON reports given as arguments (attempts count once)',
			db: progressFlags.db,
		},
		examples: [
			{command: 'mfadesk report --cohort "Helpdesk March"'},
			{command: 'mfadesk report --cohort "Helpdesk March" --format json > ana.json', comment: "Each trainee's results, for the trainer"},
			{command: 'mfadesk report --merge *.json --cohort "Helpdesk March" --format csv'},
		],
		notes: [
			'report only reads: a progress file it cannot use is named and left as it is (exit 1).',
			'Exit codes: 0 ok, 1 progress or a --merge file unusable, or no such --cohort or --trainee (the known ones are named), 2 usage error.',
		],
	},
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** A command's name. */
export type CommandName = keyof typeof commandSpecs;

/** A command's usage lines, for usage errors: `mfadesk run <id|file> [...]`. */
export function usageOf(name: CommandName): string {
	const lines: readonly string[] = commandSpecs[name].usage;
	return lines.map((line, index) => `${index === 0 ? 'Usage: ' : '       '}mfadesk ${line}`).join('\n');
}
