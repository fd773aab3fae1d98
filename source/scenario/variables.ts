import type {RandomSource} from '../domain/ports.js';
import type {IssuePath} from './issues.js';
import {scenarioLimits} from './limits.js';

/** Top-level keys whose strings are never substituted. */
export const unsubstitutedKeys: ReadonlySet<string> = new Set(['$schema', 'id', 'variables']);

/** Chosen values of a scenario's seeded variables, by name. */
export type VariableValues = Readonly<Record<string, string>>;

/** Declared variables: name to choices. */
export type VariableChoices = Readonly<Record<string, readonly string[]>>;

const reference = /\$\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Names used as `${name}` in a string. */
export function namesIn(text: string): string[] {
	return [...text.matchAll(reference)].map((match) => match[1]!);
}

/** Every `${name}` used in a value (strings and map keys), with where it is; `skip` names top-level keys to ignore. */
export function findReferences(value: unknown, skip: ReadonlySet<string> = new Set()): Array<{readonly path: IssuePath; readonly name: string}> {
	const found: Array<{path: IssuePath; name: string}> = [];
	const walk = (node: unknown, path: PropertyKey[]): void => {
		if (typeof node === 'string') {
			for (const name of namesIn(node)) {
				found.push({path, name});
			}
		} else if (Array.isArray(node)) {
			for (const [index, item] of node.entries()) {
				walk(item, [...path, index]);
			}
		} else if (typeof node === 'object' && node !== null) {
			for (const [key, item] of Object.entries(node)) {
				if (path.length === 0 && skip.has(key)) {
					continue;
				}

				for (const name of namesIn(key)) {
					found.push({path: [...path, key], name});
				}

				walk(item, [...path, key]);
			}
		}
	};

	walk(value, []);
	return found;
}

/** Replaces `${name}` in one string; unknown names stay as written (the checks report them). */
export function substituteText(text: string, values: VariableValues): string {
	return text.replace(reference, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/**
 * Replaces `${name}` in every string and map key of a value, except under the top-level keys in `skip`.
 * Objects are rebuilt with own properties only, so a substituted key can never reach a prototype.
 */
export function substitute<T>(value: T, values: VariableValues, skip: ReadonlySet<string> = new Set()): T {
	const walk = (node: unknown, top: boolean): unknown => {
		if (typeof node === 'string') {
			return substituteText(node, values);
		}

		if (Array.isArray(node)) {
			return node.map((item) => walk(item, false));
		}

		if (typeof node === 'object' && node !== null) {
			const out: Record<string, unknown> = {};
			for (const [key, item] of Object.entries(node)) {
				const skipped = top && skip.has(key);
				const name = skipped ? key : substituteText(key, values);
				Object.defineProperty(out, name, {value: skipped ? item : walk(item, false), enumerable: true, writable: true, configurable: true});
			}

			return out;
		}

		return node;
	};

	return walk(value, true) as T;
}

/** Draws one choice per variable, in declaration order, from the seeded generator. */
export function chooseVariables(variables: VariableChoices | undefined, random: RandomSource): VariableValues {
	const chosen: Record<string, string> = {};
	for (const [name, choices] of Object.entries(variables ?? {})) {
		chosen[name] = choices[random.int(choices.length)]!;
	}

	return chosen;
}

/**
 * Variable assignments the reference checks try: every combination when there are few, otherwise the first
 * choice of everything plus each choice of each variable once (so every choice is checked at least once).
 */
export function variableCombinations(variables: VariableChoices | undefined): VariableValues[] {
	const entries = Object.entries(variables ?? {});
	const total = entries.reduce((product, [, choices]) => product * choices.length, 1);
	if (total <= scenarioLimits.maxVariableCombinations) {
		let combos: Array<Record<string, string>> = [{}];
		for (const [name, choices] of entries) {
			combos = combos.flatMap((combo) => choices.map((choice) => ({...combo, [name]: choice})));
		}

		return combos;
	}

	const first = Object.fromEntries(entries.map(([name, choices]) => [name, choices[0]!]));
	return [first, ...entries.flatMap(([name, choices]) => choices.slice(1).map((choice) => ({...first, [name]: choice})))];
}
