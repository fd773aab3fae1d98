import type {Command} from './command.js';

/** One CLI command: how it is invoked, a one-line summary for --help, and a lazy loader. */
export type CommandEntry = {
	readonly usage: string;
	readonly summary: string;
	/** Loaded on demand so light commands never import Ink, argon2 or otplib (DESIGN section 7). */
	readonly load: () => Promise<Command>;
};

/** Every command the CLI knows; --help is drawn from this table. */
export const commandRegistry: Readonly<Record<string, CommandEntry>> = {
	play: {
		usage: 'play [<id|file>] [--trainee <name>] [--cohort <name>] [--seed <n>] [--time-limit <min>]',
		summary: 'Play in the terminal UI: pick a scenario, fix the ticket, get the debrief (needs a terminal)',
		load: async () => (await import('./play.js')).playCommand,
	},
	list: {
		usage: 'list [--json] [--scenarios <dir>]',
		summary: 'Scenarios with topic, difficulty and time limit',
		load: async () => (await import('./list.js')).listCommand,
	},
	run: {
		usage: 'run <id|file> [--solution <file|name>] [--seed <n>]',
		summary: 'Play a script headlessly and grade it (--json, --junit <file>)',
		load: async () => (await import('./run.js')).runCommand,
	},
	test: {
		usage: 'test [paths...] [--seed <n>]',
		summary: 'Every solution must pass, every wrong remedy must fail (--json, --junit <file>)',
		load: async () => (await import('./test.js')).testCommand,
	},
	lint: {
		usage: 'lint <paths...>',
		summary: 'Validate scenario files: file:line:column messages',
		load: async () => (await import('./lint.js')).lintCommand,
	},
	schema: {
		usage: 'schema [scenario|tenant]',
		summary: 'JSON Schema of the scenario format, for editors',
		load: async () => (await import('./schema.js')).schemaCommand,
	},
	totp: {
		usage: 'totp <scenario> <user> [--at <ISO time>] [--seed <n>]',
		summary: "The code a user's authenticator shows at a simulated time (--json)",
		load: async () => (await import('./totp.js')).totpCommand,
	},
	'generate-tenant': {
		usage: 'generate-tenant --users <n> [--seed <n>]',
		summary: 'A large tenant fixture (YAML on stdout) with realistic states, methods, clients and app passwords',
		load: async () => (await import('./generate-tenant.js')).generateTenantCommand,
	},
	session: {
		usage: 'session start --cohort <name> --scenarios <ids> [--time-limit <min>]',
		summary: 'Start a training session for a cohort and print what trainees run',
		load: async () => (await import('./session.js')).sessionCommand,
	},
	report: {
		usage: 'report [--format md|csv|json] [--trainee <n>] [--cohort <n>] [--merge <files...>]',
		summary: 'Progress per trainee and scenario; --merge combines files from several machines',
		load: async () => (await import('./report.js')).reportCommand,
	},
};

/** Looks up a command by name without touching the prototype chain. */
export function findCommand(name: string): CommandEntry | undefined {
	return Object.hasOwn(commandRegistry, name) ? commandRegistry[name] : undefined;
}
