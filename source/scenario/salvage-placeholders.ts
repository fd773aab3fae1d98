import type {IssuePath} from './issues.js';
import {scenarioTopics} from './scenario-topics.js';

/**
 * The neutral values a salvaged scenario puts in place of broken ones (see salvage-scenario.ts): schema-valid,
 * naming nothing a reference check could find missing, so they add no problem of their own.
 */

/** A goal predicate that names nothing, for a broken predicate. */
const neutralGoal = {escalated: {}};
const neutralStep = {wait: '1m'};

/**
 * What stands in for a broken top-level value; those missing are optional and left out. `tenant` and `variables`
 * never get here: every reference is resolved against them, so with either broken nothing is checked.
 */
const topLevel: Readonly<Record<string, unknown>> = {
	id: 'salvaged',
	title: '-',
	topic: scenarioTopics[0],
	difficulty: 1,
	startsAt: '2024-01-01T00:00:00Z',
	actor: {user: 'x'},
	ticket: {from: 'x', text: '-'},
	goal: neutralGoal,
	par: 1,
	solutions: [{name: '(solution)', steps: [neutralStep]}],
};

const goalRoots: ReadonlySet<PropertyKey> = new Set(['goal', 'redFlags', 'solutions', 'wrongRemedies']);

/** True when `path` holds a goal predicate: the goal, an all/any item, a not, a red flag's when, a check step. */
function isGoalSlot(path: IssuePath): boolean {
	const last = path.at(-1);
	const parent = path.at(-2);
	if (path.length === 1) {
		return last === 'goal';
	}

	if (!goalRoots.has(path[0]!) || path.includes('with')) {
		return false;
	}

	return last === 'not' || last === 'when' || last === 'check' || (typeof last === 'number' && (parent === 'all' || parent === 'any'));
}

/** The neutral value for the slot at `path` (a fresh copy), or undefined when `path` is no slot. */
export function placeholderAt(path: IssuePath): {readonly value: unknown} | undefined {
	const value = slotValue(path);
	return value === undefined ? undefined : {value: structuredClone(value)};
}

function slotValue(path: IssuePath): unknown {
	const [root, index, key, position] = path;
	if (isGoalSlot(path)) {
		return neutralGoal;
	}

	if (path.length === 4 && (root === 'solutions' || root === 'wrongRemedies') && key === 'steps' && typeof position === 'number') {
		return neutralStep;
	}

	if (path.length !== 2 || typeof index !== 'number') {
		return path.length === 3 && root === 'ticket' && index === 'tried' ? '-' : undefined;
	}

	switch (root) {
		case 'history': {
			return {minutesBeforeStart: 1, user: 'x', did: 'set-phone-automatic-time'};
		}

		case 'redFlags': {
			return {when: neutralGoal, penalty: 0, debrief: '-'};
		}

		case 'hints': {
			return {text: '-', cost: 0};
		}

		case 'solutions': {
			return {name: `(solution ${index})`, steps: [neutralStep]};
		}

		case 'wrongRemedies': {
			return {name: `(wrong remedy ${index})`, steps: [neutralStep], why: '-'};
		}

		default: {
			return undefined;
		}
	}
}

/** The neutral value for a broken top-level field (a fresh copy); undefined leaves an optional one out. */
export function topLevelPlaceholder(key: string): unknown {
	return Object.hasOwn(topLevel, key) ? structuredClone(topLevel[key]) : undefined;
}
