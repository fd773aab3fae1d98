import type {Command} from './command.js';

/** One CLI command: how it is invoked, a one-line summary for --help, and a lazy loader. */
export type CommandEntry = {
	readonly usage: string;
	readonly summary: string;
	/** Loaded on demand so light commands never import Ink, argon2 or otplib (DESIGN section 7). */
	readonly load: () => Promise<Command>;
};

/** Every command the CLI knows; --help is drawn from this table. */
export const commandRegistry: Readonly<Record<string, CommandEntry>> = {};

/** Looks up a command by name without touching the prototype chain. */
export function findCommand(name: string): CommandEntry | undefined {
	return Object.hasOwn(commandRegistry, name) ? commandRegistry[name] : undefined;
}
