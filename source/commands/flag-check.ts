import {suggest} from '../scenario/suggest.js';
import {flagNames, flagTable, type FlagName, type FlagSpec, kebabOf, typedFlag} from './flag-table.js';

/**
 * Checks the flags of a command line before meow's values are used, so a mistake gets a sentence in
 * mfadesk's words (never meow's bare "Unknown flag" or a stack trace): a flag no command knows (with
 * "did you mean"), a flag this command does not take, a flag without its value, a flag given twice.
 */

/** A flag as it was typed, resolved to the table. */
type TypedFlag = {readonly typed: string; readonly name: FlagName | undefined; readonly hasValue: boolean};

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
		return {typed, name: direct, hasValue: equals !== -1};
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

/** Where a problem's sentence sends the user: the command's help, or the global help. */
function seeHelp(command: string | undefined): string {
	return command === undefined ? 'see mfadesk --help' : `see mfadesk ${command} --help`;
}

/**
 * The first flag problem in a command line (without the message prefix), or undefined when every flag is
 * one `allowed` holds, has its value and is given once. `command` is the command's name, for the message.
 */
export function flagProblem(argv: readonly string[], allowed: ReadonlySet<FlagName>, command: string | undefined): string | undefined {
	const seen = new Set<FlagName>();
	const where = command === undefined ? '' : ` for "${command}"`;
	for (const flag of typedFlags(argv)) {
		if (flag.name === undefined) {
			const close = suggest(flag.typed, [...allowed].map((name) => typedFlag(name)));
			return `unknown flag ${flag.typed}${where}${close.startsWith(';') ? close : ''} (${seeHelp(command)})`;
		}

		if (!allowed.has(flag.name)) {
			return `${command ?? 'mfadesk'} does not take ${flag.typed} (${seeHelp(command)})`;
		}

		if (seen.has(flag.name)) {
			return `${flag.typed} is given twice (${seeHelp(command)})`;
		}

		seen.add(flag.name);
		const spec: FlagSpec = flagTable[flag.name];
		if (spec.type !== 'boolean' && !flag.hasValue && (flag.next === undefined || flag.next === '--' || isFlagToken(flag.next))) {
			return `${flag.typed} needs a value: ${spec.syntax} (${seeHelp(command)})`;
		}
	}

	return undefined;
}
