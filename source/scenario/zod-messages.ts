import type {z} from 'zod';
import type {IssuePath} from './issues.js';
import {closestMatch} from './suggest.js';

/**
 * A schema problem before it is located in the file. `values` are the allowed values when the problem is a
 * value outside a fixed list (so a repair can pick one).
 */
export type PathMessage = {readonly path: IssuePath; readonly message: string; readonly values?: readonly unknown[]};

type ZodIssue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a value for "got ..." in a message, shortened so a huge string never floods the output. */
export function describeValue(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return 'a list';
	}

	switch (typeof value) {
		case 'string': {
			return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}...` : JSON.stringify(value);
		}

		case 'object': {
			return 'a map';
		}

		case 'undefined': {
			return 'nothing';
		}

		default: {
			return String(value);
		}
	}
}

const expectedNames: Readonly<Record<string, string>> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	object: 'a map (key: value)',
	array: 'a list',
	null: 'null',
};

/**
 * A message for a value outside a fixed list: `unknown <what> "x"; did you mean "y"?` when one is close (the
 * whole list would bury the answer), otherwise `unknown <what> "x": expected one of a, b, c`.
 */
export function unknownNameMessage(what: string, value: unknown, candidates: readonly string[]): string {
	const close = typeof value === 'string' ? closestValue(value, candidates) : undefined;
	return close === undefined ? `unknown ${what} ${describeValue(value)}: expected one of ${candidates.join(', ')}` : `unknown ${what} ${describeValue(value)}${didYouMean(value as string, close)}`;
}

/** The message of a discriminated union whose `key` names no option: "did you mean" for a typo, else the list. */
export function unknownOption(what: string, key: string, list: readonly string[]) {
	return (issue: {readonly input?: unknown}) => unknownNameMessage(what, (issue.input as Record<string, unknown> | undefined)?.[key], list);
}

/**
 * The allowed value `value` was probably meant to be: the closest by edits, else the only one it begins (so
 * `helpdesk-admin` finds `helpdesk-administrator`).
 */
function closestValue(value: string, candidates: readonly string[]): string | undefined {
	const starting = value.length >= 3 ? candidates.filter((each) => each.toLowerCase().startsWith(value.toLowerCase())) : [];
	return closestMatch(value, candidates) ?? (starting.length === 1 ? starting[0] : undefined);
}

/** `; did you mean "Success"?`, noting when only the case differs. */
function didYouMean(value: string, close: string): string {
	return `; did you mean "${close}"?${value.toLowerCase() === close.toLowerCase() ? ' (case matters)' : ''}`;
}

/** `unknown value "Succes"; did you mean "Success"?` for a typo of one allowed string, else the allowed values. */
function valueMessage(values: readonly unknown[], input: unknown): string {
	const strings = values.filter((each): each is string => typeof each === 'string');
	const close = typeof input === 'string' && strings.length > 1 ? closestValue(input, strings) : undefined;
	return close === undefined ? `expected ${listValues(values)}, got ${describeValue(input)}` : `unknown value ${describeValue(input)}${didYouMean(input as string, close)}`;
}

/** The field an unknown one was meant to be (from the object's field list, `hint`), or undefined. */
function meantField(key: string, hint: string): string | undefined {
	const names = /^expected one of (.*)$/.exec(hint)?.[1]?.split(', ') ?? [];
	return closestValue(key, names);
}

/** `unknown field "titel"; did you mean "title"?`, or with no close name the object's field list (`hint`). */
function unknownFieldMessage(key: string, hint: string, meant: string | undefined): string {
	return meant === undefined ? `unknown field "${key}"${hint === '' ? '' : `: ${hint}`}` : `unknown field "${key}"${didYouMean(key, meant)}`;
}

function listValues(values: readonly unknown[]): string {
	const shown = values.map((each) => JSON.stringify(each));
	return shown.length === 1 ? shown[0]! : `one of ${shown.join(', ')}`;
}

/** Per-parse zod error map: sentences that say what was expected, in the author's terms. */
export function friendlyMessage(issue: RawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type': {
			const expected = expectedNames[issue.expected] ?? issue.expected;
			return issue.input === undefined ? `is required (expected ${expected})` : `expected ${expected}, got ${describeValue(issue.input)}`;
		}

		case 'invalid_value': {
			return issue.input === undefined ? `is required (expected ${listValues(issue.values)})` : valueMessage(issue.values, issue.input);
		}

		case 'too_small': {
			if (issue.origin === 'array' || issue.origin === 'set') {
				return Number(issue.minimum) <= 1 ? 'must not be empty' : `needs at least ${issue.minimum} items`;
			}

			if (issue.origin === 'string') {
				return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
			}

			return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
		}

		case 'too_big': {
			if (issue.origin === 'array' || issue.origin === 'set') {
				return `has more than ${issue.maximum} items`;
			}

			if (issue.origin === 'string') {
				return `is longer than ${issue.maximum} characters`;
			}

			return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
		}

		case 'invalid_format': {
			return `is not in the expected format (${issue.format})`;
		}

		default: {
			return undefined;
		}
	}
}

/** zod parse options for scenario files: the messages above, and the input kept for "got ..." and "did you mean". */
export const parseParams = {error: friendlyMessage, reportInput: true} as const;

/** A discriminated union found no option for the discriminator value (zod marks it with a note). */
function isDiscriminatorMiss(issue: ZodIssue): boolean {
	return (issue as {readonly note?: unknown}).note === 'No matching discriminator';
}

/** True when the issue is a top-level key the input lacks (a required field, or a discriminator). */
function lacksKey(issue: ZodIssue, input: unknown): boolean {
	return isPlainObject(input) && issue.path.length === 1 && !Object.hasOwn(input, issue.path[0] as string);
}

/**
 * True when a union branch is not the one the author meant: its discriminator key is absent, or the input
 * shares no key with it (every input key is unknown to the branch and one of its required keys is missing).
 */
function selectsOtherBranch(branch: readonly ZodIssue[], input: unknown): boolean {
	if (!isPlainObject(input)) {
		return false;
	}

	const absent = (issue: ZodIssue): boolean => lacksKey(issue, input);
	if (branch.some((issue) => absent(issue) && issue.code === 'invalid_union' && isDiscriminatorMiss(issue))) {
		return true;
	}

	const unknown = new Set(branch.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : [])));
	return branch.some((issue) => absent(issue)) && Object.keys(input).every((key) => unknown.has(key));
}

/** A flattened problem, with what the clean-up needs: a missing field, or the field an unknown one was meant to be. */
type Flat = PathMessage & {readonly missing?: boolean; readonly meant?: string};

function flatten(issues: readonly ZodIssue[], base: IssuePath): Flat[] {
	const out: Flat[] = [];
	for (const issue of issues) {
		const path = [...base, ...issue.path];
		if (issue.code === 'invalid_union' && !isDiscriminatorMiss(issue)) {
			const relevant = issue.errors.filter((branch) => !selectsOtherBranch(branch, issue.input));
			const shaped = relevant.filter((branch) => branch.every((each) => each.path.length > 0 || (each.code !== 'invalid_type' && each.code !== 'invalid_union')));
			const complete = relevant.filter((branch) => !branch.some((each) => lacksKey(each, issue.input)));
			const chosen = relevant.length === 1 ? relevant[0] : shaped.length === 1 ? shaped[0] : complete.length === 1 ? complete[0] : undefined;
			if (chosen) {
				out.push(...flatten(chosen, path));
			} else {
				const keys = isPlainObject(issue.input) ? Object.keys(issue.input) : [];
				out.push({path: relevant.length === 0 && keys.length > 0 ? [...path, keys[0]!] : path, message: issue.message});
			}
		} else if (issue.code === 'unrecognized_keys') {
			const hint = issue.message.startsWith('expected') ? issue.message : '';
			for (const key of issue.keys) {
				const meant = meantField(key, hint);
				out.push({path: [...path, key], message: unknownFieldMessage(key, hint, meant), ...(meant === undefined ? {} : {meant})});
			}
		} else if (issue.code === 'invalid_key') {
			out.push({path, message: `key ${describeValue(path.at(-1))}: ${issue.issues[0]?.message ?? issue.message}`});
		} else if (issue.code === 'invalid_value') {
			out.push({path, message: issue.message, values: issue.values, missing: issue.message.startsWith('is required')});
		} else {
			out.push({path, message: issue.message, missing: issue.code === 'invalid_type' && issue.message.startsWith('is required')});
		}
	}

	return out;
}

function keyOf(path: IssuePath): string {
	return path.map(String).join('\u0000');
}

/**
 * Flattens zod issues to one message per located problem. Unions are resolved to the branch the author meant:
 * the only one whose selecting key is present, or else the only one that accepted the value's shape (its
 * problems are all inside), or else the only one with no key missing (a `check` step with a `note` shares a key
 * with a `wait` step). When no branch fits, the union's own message is used. A missing field is not
 * reported when an unknown field next to it gets "did you mean" it (`clinet:` for `client:`).
 */
export function flattenIssues(issues: readonly ZodIssue[], base: IssuePath = []): PathMessage[] {
	const flat = flatten(issues, base);
	const misspelt = new Set(flat.flatMap((each) => (each.meant === undefined ? [] : [keyOf([...each.path.slice(0, -1), each.meant])])));
	return flat
		.filter((each) => !(each.missing === true && misspelt.has(keyOf(each.path))))
		.map(({path, message, values}) => (values === undefined ? {path, message} : {path, message, values}));
}
