import type {IssuePath} from './issues.js';
import {placeholderAt, topLevelPlaceholder} from './salvage-placeholders.js';
import {containerAt, isRecord, setAt} from './value-paths.js';
import {scenarioSchema, type Scenario} from './schema/scenario-schema.js';
import {flattenIssues, parseParams, type PathMessage} from './zod-messages.js';

/**
 * A scenario that failed the schema, made schema-valid so the reference checks can still run on the parts that
 * parsed: each broken value is replaced by a neutral one (a `wait` step, an `escalated` goal, a text of "-"), so
 * positions and paths stay those of the file. The reference problems found there are then filtered with
 * `keepsReferenceProblem`, so none is a consequence of a schema problem already reported.
 */
export type Salvage = {
	readonly scenario: Scenario;
	/** Where a value was replaced or removed. */
	readonly repaired: readonly IssuePath[];
	/** History is checked and replayed only when it, `actor` and `startsAt` are as written. */
	readonly historyAsWritten: boolean;
	/** No step or event that may create an app password was replaced, so "no app password named ..." is no cascade. */
	readonly appPasswordsAsWritten: boolean;
};

const maxRounds = 8;

/** Top-level values everything else is resolved against: broken, they stop the reference checks. */
const foundations: ReadonlySet<PropertyKey> = new Set(['tenant', 'variables']);

/** Values history depends on (the admin's roles, the times): broken, history is left out. */
const historyDependsOn: ReadonlySet<PropertyKey> = new Set(['actor', 'startsAt']);

/** Tries a repair in place: an allowed value for a value outside a list, else the field left out. */
function repairInPlace(value: Record<string, unknown>, problem: PathMessage): boolean {
	const allowed = problem.values?.find((each) => typeof each === 'string' || typeof each === 'number');
	const parent = containerAt(value, problem.path.slice(0, -1));
	const key = problem.path.at(-1);
	if (Array.isArray(parent) && typeof key === 'number') {
		return allowed !== undefined && setAt(value, problem.path, allowed);
	}

	return isRecord(parent) && typeof key === 'string' && Object.hasOwn(parent, key) && setAt(value, problem.path, allowed);
}

/** Replaces the deepest slot around `path` (a step, a goal predicate, a red flag ...), else its top-level value. */
function repairSlot(value: Record<string, unknown>, path: IssuePath): IssuePath | undefined {
	for (let length = path.length; length >= 2; length--) {
		const slot = path.slice(0, length);
		const placeholder = placeholderAt(slot);
		if (placeholder && setAt(value, slot, placeholder.value)) {
			return slot;
		}
	}

	const root = String(path[0]);
	return setAt(value, [root], topLevelPlaceholder(root)) ? [root] : undefined;
}

/** Where a repair changed the value, and whether it replaced a whole slot (a step, an event, a predicate ...). */
type Repair = {readonly path: IssuePath; readonly replaced: boolean};

/**
 * A repair of one problem at a time, in place the first time a path is seen, of its slot after that (a field
 * left out that turns out to be required). Undefined when the problem can't be repaired (it is in a
 * foundation, or the file is not a map).
 */
function createRepairer(value: Record<string, unknown>): (problem: PathMessage) => Repair | undefined {
	const attempted = new Set<string>();
	return (problem) => {
		const {path} = problem;
		if (path.length === 0 || foundations.has(path[0]!)) {
			return undefined;
		}

		const key = path.map(String).join('\u0000');
		const first = !attempted.has(key);
		attempted.add(key);
		// A history event's fields decide each other (times and every, the time and the start): one left out or
		// replaced would make its timing checks report what was never written, so the event is left out whole.
		if (first && path.length > 1 && path[0] !== 'history' && repairInPlace(value, problem)) {
			return {path, replaced: false};
		}

		const slot = repairSlot(value, path);
		return slot === undefined ? undefined : {path: slot, replaced: true};
	};
}

/** True when a repair may have removed an app password a step or event creates (its step, or its name). */
function mayHideAppPassword({path, replaced}: Repair): boolean {
	return (path[0] === 'solutions' || path[0] === 'wrongRemedies' || path[0] === 'history') && (replaced || path.at(-1) === 'name');
}

/**
 * Makes a scenario that failed the schema valid, for the reference checks, by replacing what is broken (a few
 * rounds: a removed field may turn out to be required). Undefined when that can't be done safely: the file is
 * not a map, or `tenant` or `variables` is broken.
 */
export function salvageScenario(raw: unknown, problems: readonly PathMessage[]): Salvage | undefined {
	if (!isRecord(raw)) {
		return undefined;
	}

	const value = structuredClone(raw);
	const repair = createRepairer(value);
	const repairs: Repair[] = [];
	let pending = problems;
	for (let round = 0; round < maxRounds; round++) {
		for (const problem of pending) {
			const done = repair(problem);
			if (done === undefined) {
				return undefined;
			}

			repairs.push(done);
		}

		if (value['history'] !== undefined && repairs.some(({path}) => historyDependsOn.has(path[0]!))) {
			Reflect.deleteProperty(value, 'history');
			repairs.push({path: ['history'], replaced: true});
		}

		const parsed = scenarioSchema.safeParse(value, parseParams);
		if (parsed.success) {
			return {
				scenario: parsed.data,
				repaired: repairs.map(({path}) => path),
				historyAsWritten: !repairs.some(({path}) => path[0] === 'history' || historyDependsOn.has(path[0]!)),
				appPasswordsAsWritten: !repairs.some((each) => mayHideAppPassword(each)),
			};
		}

		pending = flattenIssues(parsed.error.issues);
	}

	return undefined;
}

/** A scenario that passed the schema, as a salvage with nothing repaired. */
export function asWritten(scenario: Scenario): Salvage {
	return {scenario, repaired: [], historyAsWritten: true, appPasswordsAsWritten: true};
}

function startsWith(path: IssuePath, prefix: IssuePath): boolean {
	return prefix.length <= path.length && prefix.every((part, index) => String(part) === String(path[index]));
}

/**
 * False for a reference problem that follows from a repair: at or inside a replaced value, on a value that holds
 * one (a count of wrong remedies, an actor's roles), or an app password that a replaced step or event may have
 * created.
 */
export function keepsReferenceProblem(salvage: Salvage, path: IssuePath): boolean {
	if (!salvage.appPasswordsAsWritten && path.at(-1) === 'appPassword') {
		return false;
	}

	return !salvage.repaired.some((each) => startsWith(path, each) || (path.length > 0 && startsWith(each, path)));
}
