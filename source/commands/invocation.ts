import meow, {type AnyFlags} from 'meow';
import {suggest} from '../scenario/suggest.js';
import {exitCodes, type ExitCode, type GlobalFlags} from './command.js';
import {commandHelp, globalHelp} from './command-help.js';
import {commandSpecs, type CommandName} from './command-specs.js';
import {flagProblem, isFlagToken} from './flag-check.js';
import {flagNames, flagTable, type FlagName, type FlagSpec, kebabOf, meowFlags, universalFlags} from './flag-table.js';

/**
 * What a command line asks for, decided before any command loads: text to print (help, the version, a
 * usage error) or a command to run with its arguments and flags. Pure but for meow's parse; cli.tsx
 * carries it out.
 */
export type Invocation =
	| {readonly kind: 'print'; readonly stdout?: string; readonly stderr?: string; readonly code: ExitCode}
	| {readonly kind: 'run'; readonly name: CommandName; readonly args: readonly string[]; readonly flags: GlobalFlags};

/** What the planner needs besides the command line. */
export type InvocationOptions = {
	readonly argv: readonly string[];
	readonly version: string;
	/** The package description, atop the global help. */
	readonly description?: string | undefined;
	/** Whether bare `mfadesk` can open the picker here (a terminal); asked only for a bare command line. */
	readonly canPlay: () => boolean;
};

const commandNames = Object.keys(commandSpecs) as CommandName[];

function isCommand(name: string): name is CommandName {
	return Object.hasOwn(commandSpecs, name);
}

/** The plain arguments of a command line: not flags, not the value of a flag that takes one, nothing after `--` dropped. */
export function positionals(argv: readonly string[]): string[] {
	const found: string[] = [];
	let afterSeparator = false;
	for (const [index, token] of argv.entries()) {
		const previous = argv[index - 1];
		if (afterSeparator) {
			found.push(token);
		} else if (token === '--') {
			afterSeparator = true;
		} else if (!isFlagToken(token) && !(previous !== undefined && takesValue(previous))) {
			found.push(token);
		}
	}

	return found;
}

/** True when a token is a known flag that takes the next token as its value (`--seed 3`, not `--seed=3`). */
function takesValue(token: string): boolean {
	if (!token.startsWith('--') || token.includes('=') || !isFlagToken(token)) {
		return false;
	}

	const written = token.slice(2);
	const name = (Object.keys(flagTable) as FlagName[]).find((each) => kebabOf(each) === written || each === written);
	const spec: FlagSpec | undefined = name === undefined ? undefined : flagTable[name];
	return spec !== undefined && spec.type !== 'boolean';
}

function hasFlag(argv: readonly string[], long: string, short: string): boolean {
	const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
	return argv.slice(0, end).some((token) => token === long || (isFlagToken(token) && !token.startsWith('--') && token.slice(1).includes(short)));
}

function usage(problem: string): Invocation {
	return {kind: 'print', stderr: `mfadesk: ${problem}\n`, code: exitCodes.usage};
}

function unknownCommand(name: string): Invocation {
	const hint = suggest(name, commandNames);
	const close = hint.startsWith(';') ? hint : '.';
	return {kind: 'print', stderr: `mfadesk: unknown command "${name}"${close} Run mfadesk --help for the list.\n`, code: exitCodes.usage};
}

function helpFor(words: readonly string[], description: string | undefined): Invocation {
	const [first, second, ...rest] = words;
	const target = first === 'help' ? second : first;
	// `help session start` is fine (a subcommand of session); `help run list` is not.
	const subcommand = target !== undefined && isCommand(target) && rest.length === 1 && commandSpecs[target].usage.some((line) => line.startsWith(`${target} ${rest[0]!} `));
	if (first === 'help' && rest.length > 0 && !subcommand) {
		return {kind: 'print', stderr: 'mfadesk: help takes one command name, e.g. mfadesk help run\n', code: exitCodes.usage};
	}

	if (target === undefined) {
		return {kind: 'print', stdout: globalHelp(description), code: exitCodes.ok};
	}

	return isCommand(target) ? {kind: 'print', stdout: commandHelp(target), code: exitCodes.ok} : unknownCommand(target);
}

/** Parses the flags with meow once they passed flagProblem (so meow never exits or throws on a user mistake). */
function parseFlags(argv: readonly string[], version: string): GlobalFlags {
	const cli = meow({importMeta: import.meta, argv, pkg: {name: 'mfadesk', version}, description: false, autoHelp: false, autoVersion: false, allowUnknownFlags: true, flags: meowFlags() as AnyFlags});
	const {help: _help, version: _version, ...rest} = cli.flags as Record<string, unknown>;
	return rest as GlobalFlags;
}

/**
 * Decides what a command line asks for: `--version`; help (`--help`, `-h`, `mfadesk help [<command>]`);
 * bare `mfadesk` (the picker in a terminal, else the help and exit 2); an unknown command or a flag
 * problem (exit 2, one sentence on stderr); or the command with its arguments and flags. Flags without a
 * command are the picker's (`mfadesk --trainee ana` is `mfadesk play --trainee ana`, which says when there
 * is no terminal); any other flag there is a usage error naming it.
 */
export function planInvocation(options: InvocationOptions): Invocation {
	const {argv} = options;
	if (hasFlag(argv, '--version', 'v')) {
		return {kind: 'print', stdout: `${options.version}\n`, code: exitCodes.ok};
	}

	const words = positionals(argv);
	if (words[0] === 'help' || hasFlag(argv, '--help', 'h')) {
		return helpFor(words, options.description);
	}

	const given = words[0];
	if (given === undefined && !argv.some((token) => isFlagToken(token)) && !options.canPlay()) {
		return {kind: 'print', stdout: globalHelp(options.description), code: exitCodes.usage};
	}

	const name = given ?? 'play';
	if (!isCommand(name)) {
		// `mfadesk --sead 3 list`: "3" is the value of the unknown flag before it, which is the mistake to name.
		const previous = argv[argv.indexOf(name) - 1];
		const flagFirst = previous === undefined || !isFlagToken(previous) || previous.includes('=') ? undefined : flagProblem([previous], new Set(flagNames), undefined);
		return flagFirst?.startsWith('unknown flag') ? usage(flagFirst) : unknownCommand(name);
	}

	const allowed = new Set<FlagName>([...(Object.keys(commandSpecs[name].flags) as FlagName[]), ...universalFlags]);
	// Without a command, flags belong to the picker (bare `mfadesk`); messages then point at the index.
	const problem = flagProblem(argv, allowed, given === undefined ? undefined : name);
	if (problem !== undefined) {
		return usage(problem);
	}

	return {kind: 'run', name, args: words.slice(given === undefined ? 0 : 1), flags: parseFlags(argv, options.version)};
}
