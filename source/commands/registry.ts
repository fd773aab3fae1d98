import type {Command} from './command.js';
import {commandSpecs, type CommandName, type CommandSpec} from './command-specs.js';

/** One CLI command: its help (usage, summary, flags, examples; see command-specs.ts) and a lazy loader. */
export type CommandEntry = CommandSpec & {
	/** Loaded on demand so light commands never import Ink, argon2 or otplib (DESIGN section 7). */
	readonly load: () => Promise<Command>;
};

const loaders: Readonly<Record<CommandName, () => Promise<Command>>> = {
	play: async () => (await import('./play.js')).playCommand,
	list: async () => (await import('./list.js')).listCommand,
	run: async () => (await import('./run.js')).runCommand,
	test: async () => (await import('./test.js')).testCommand,
	lint: async () => (await import('./lint.js')).lintCommand,
	schema: async () => (await import('./schema.js')).schemaCommand,
	totp: async () => (await import('./totp.js')).totpCommand,
	'generate-tenant': async () => (await import('./generate-tenant.js')).generateTenantCommand,
	session: async () => (await import('./session.js')).sessionCommand,
	report: async () => (await import('./report.js')).reportCommand,
};

/** Every command the CLI knows, in help order: its spec with its loader. */
export const commandRegistry: Readonly<Record<CommandName, CommandEntry>> = Object.fromEntries(
	(Object.keys(commandSpecs) as CommandName[]).map((name) => [name, {...commandSpecs[name], load: loaders[name]}]),
) as unknown as Record<CommandName, CommandEntry>;

/** Looks up a command by name without touching the prototype chain. */
export function findCommand(name: string): CommandEntry | undefined {
	return Object.hasOwn(commandRegistry, name) ? commandRegistry[name as CommandName] : undefined;
}
