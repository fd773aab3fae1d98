import {suggest} from '../scenario/suggest.js';
import {commandSpecs, type CommandName} from './command-specs.js';
import {flagNames, flagTable, type FlagName, type FlagSpec, kebabOf, typedFlag} from './flag-table.js';

/**
 * Checks the flags of a command line before meow's values are used, so a mistake gets a sentence in
 * mfadesk's words (never meow's bare "Unknown flag" or a stack trace): a flag no command knows (with
 * "did you mean"), a flag this command does not take, a flag without its value, a flag given twice.
 */

/** A flag as it was typed, resolved to the table; `value` is what followed `=` (`--seed=3`). */
type TypedFlag = {readonly typed: string; readonly name: FlagName | undefined; readonly hasValue: boolean; readonly value?: string};

const byTypedName = new Map<string, FlagName>(flagNames.flatMap((name) => [[kebabOf(name), name] as const, [name, name] as const]));
const byShort = new Map<string, FlagName>(flagNames.flatMap((name) => {
	const spec: FlagSpec = flagTable[name];
	return spec.shortFlag === undefined ? [] : [[spec.shortFlag, name] as const];
}));

function isNegativeNumber(token: string): boolean {
	return /^-(?:\d+|\d*\.\d+)(?:e[+-]?\d+)?$/i.test(token);
}

/** True when a command-line token is a flag (not a value, a plain argument, `-` or a negative number). */
export function isFlagToken(token: string): boolean {
	return token.length > 1 && token.startsWith('-') && token !== '--' && !isNegativeNumber(token);
}

function resolveLong(token: string): TypedFlag {
	const equals = token.indexOf('=');
	const written = equals === -1 ? token.slice(2) : token.slice(2, equals);
	const typed = `--${written}`;
	const direct = byTypedName.get(written);
	if (direct !== undefined) {
		return {typed, name: direct, hasValue: equals !== -1, ...(equals === -1 ? {} : {value: token.slice(equals + 1)})};
	}

	const negated = written.startsWith('no-') ? byTypedName.get(written.slice(3)) : undefined;
	return {typed, name: negated !== undefined && flagTable[negated].type === 'boolean' ? negated : undefined, hasValue: equals !== -1};
}

/** The flags in a command line, in order: `-hv` is two flags; everything after `--` is arguments. */
function typedFlags(argv: readonly string[]): Array<TypedFlag & {readonly next: string | undefined}> {
	const found: Array<TypedFlag & {readonly next: string | undefined}> = [];
	for (const [index, token] of argv.entries()) {
		if (token === '--') {
			break;
		}

		if (!isFlagToken(token)) {
			continue;
		}

		const next = argv[index + 1];
		if (token.startsWith('--')) {
			found.push({...resolveLong(token), next});
		} else {
			for (const letter of token.slice(1)) {
				found.push({typed: `-${letter}`, name: byShort.get(letter), hasValue: false, next});
			}
		}
	}

	return found;
}

/** Where a problem's sentence sends the user: the command's help, or the index of commands. */
function seeHelp(command: string | undefined): string {
	return command === undefined ? 'see mfadesk help' : `see mfadesk ${command} --help`;
}

const commandNames = Object.keys(commandSpecs) as CommandName[];

/**
 * "did you mean" for an unknown flag: the closest flag `allowed` holds; with no command, the closest of every
 * flag, else a command typed as a flag (`--list`, `--tset`).
 */
function unknownFlagHint(typed: string, allowed: ReadonlySet<FlagName>, command: string | undefined): string {
	const close = suggest(typed, [...(command === undefined ? flagNames : allowed)].map((name) => typedFlag(name)));
	if (close.startsWith(';') || command !== undefined) {
		return close.startsWith(';') ? close : '';
	}

	const word = typed.replace(/^-+/, '');
	if ((commandNames as readonly string[]).includes(word)) {
		return `; "${word}" is a command, not a flag: mfadesk ${word}`;
	}

	const closeCommand = suggest(word, commandNames);
	return closeCommand.startsWith(';') ? closeCommand.replace('did you mean "', 'did you mean the command "') : '';
}

/** Why a known flag cannot be used here: this command does not take it, or (no command) only some commands do. */
function notTaken(flag: FlagName, typed: string, command: string | undefined): string {
	if (command !== undefined) {
		return `${command} does not take ${typed} (${seeHelp(command)})`;
	}

	const takers = commandNames.filter((name) => Object.hasOwn(commandSpecs[name].flags, flag));
	if (takers.length === 0) {
		return `mfadesk does not take ${typed} (${seeHelp(command)})`;
	}

	const list = takers.length === 1 ? takers[0]! : `${takers.slice(0, -1).join(', ')} and ${takers.at(-1)!}`;
	return `${typed} needs a command: ${list} ${takers.length === 1 ? 'takes' : 'take'} it (${seeHelp(command)})`;
}

/**
 * The first flag problem in a command line (without the message prefix), or undefined when every flag is
 * one `allowed` holds, has its value and is given once. `command` is the command's name, for the message;
 * undefined for a command line without one (bare `mfadesk`, the picker), whose messages point at the index.
 */
export function flagProblem(argv: readonly string[], allowed: ReadonlySet<FlagName>, command: string | undefined): string | undefined {
	const seen = new Set<FlagName>();
	const where = command === undefined ? '' : ` for "${command}"`;
	for (const flag of typedFlags(argv)) {
		if (flag.name === undefined) {
			return `unknown flag ${flag.typed}${where}${unknownFlagHint(flag.typed, allowed, command)} (${seeHelp(command)})`;
		}

		if (!allowed.has(flag.name)) {
			return notTaken(flag.name, flag.typed, command);
		}

		if (seen.has(flag.name)) {
			return `${flag.typed} is given twice (${seeHelp(command)})`;
		}

		seen.add(flag.name);
		const spec: FlagSpec = flagTable[flag.name];
		if (spec.type !== 'boolean' && !flag.hasValue && (flag.next === undefined || flag.next === '--' || isFlagToken(flag.next))) {
			return `${flag.typed} needs a value: ${spec.syntax} (${seeHelp(command)})`;
		}

		const value = flag.hasValue ? flag.value : flag.next;
		if (spec.type === 'number' && value !== undefined && (value.trim() === '' || Number.isNaN(Number(value)))) {
			return `${flag.typed} takes a number: ${spec.syntax}, got ${JSON.stringify(value)} (${seeHelp(command)})`;
		}
	}

	return undefined;
}
