import type {z} from 'zod';
import type {IssuePath} from './issues.js';

/** A schema problem before it is located in the file. */
export type PathMessage = {readonly path: IssuePath; readonly message: string};

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
			return issue.input === undefined ? `is required (expected ${listValues(issue.values)})` : `expected ${listValues(issue.values)}, got ${describeValue(issue.input)}`;
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

/** A discriminated union found no option for the discriminator value (zod marks it with a note). */
function isDiscriminatorMiss(issue: ZodIssue): boolean {
	return (issue as {readonly note?: unknown}).note === 'No matching discriminator';
}

/**
 * True when a union branch is not the one the author meant: its discriminator key is absent, or the input
 * shares no key with it (every input key is unknown to the branch and one of its required keys is missing).
 */
function selectsOtherBranch(branch: readonly ZodIssue[], input: unknown): boolean {
	if (!isPlainObject(input)) {
		return false;
	}

	const absent = (issue: ZodIssue): boolean => issue.path.length === 1 && !Object.hasOwn(input, issue.path[0] as string);
	if (branch.some((issue) => absent(issue) && issue.code === 'invalid_union' && isDiscriminatorMiss(issue))) {
		return true;
	}

	const unknown = new Set(branch.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : [])));
	return branch.some((issue) => absent(issue)) && Object.keys(input).every((key) => unknown.has(key));
}

/**
 * Flattens zod issues to one message per located problem. Unions are resolved to the branch the author meant:
 * the only one whose selecting key is present, or else the only one that accepted the value's shape (its
 * problems are all inside). When no branch fits, the union's own message is used.
 */
export function flattenIssues(issues: readonly ZodIssue[], base: IssuePath = []): PathMessage[] {
	const out: PathMessage[] = [];
	for (const issue of issues) {
		const path = [...base, ...issue.path];
		if (issue.code === 'invalid_union' && !isDiscriminatorMiss(issue)) {
			const relevant = issue.errors.filter((branch) => !selectsOtherBranch(branch, issue.input));
			const shaped = relevant.filter((branch) => branch.every((each) => each.path.length > 0 || (each.code !== 'invalid_type' && each.code !== 'invalid_union')));
			const chosen = relevant.length === 1 ? relevant[0] : shaped.length === 1 ? shaped[0] : undefined;
			if (chosen) {
				out.push(...flattenIssues(chosen, path));
			} else {
				const keys = isPlainObject(issue.input) ? Object.keys(issue.input) : [];
				out.push({path: relevant.length === 0 && keys.length > 0 ? [...path, keys[0]!] : path, message: issue.message});
			}
		} else if (issue.code === 'unrecognized_keys') {
			const hint = issue.message.startsWith('expected') ? `: ${issue.message}` : '';
			for (const key of issue.keys) {
				out.push({path: [...path, key], message: `unknown field "${key}"${hint}`});
			}
		} else if (issue.code === 'invalid_key') {
			out.push({path, message: `key ${describeValue(path.at(-1))}: ${issue.issues[0]?.message ?? issue.message}`});
		} else {
			out.push({path, message: issue.message});
		}
	}

	return out;
}
