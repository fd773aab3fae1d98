import type {AttemptResult} from '../../domain/progress/attempt-life.js';
import type {Grade} from '../../scenario/grading/grade-attempt.js';
import {scoreWeights} from '../../scenario/grading/scoring.js';
import type {RedFlag, Scenario} from '../../scenario/schema/scenario-schema.js';

/** How an attempt ended from the trainee's side: they submitted their fix, or they gave up. */
export type AttemptEnd = 'submit' | 'give-up';

/** The most a score can be: the sum of the component weights (hints only deduct). */
export const maxScore = Object.values(scoreWeights).reduce((sum, points) => sum + points, 0);

const kebab = (text: string): string => text.replaceAll(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * A stable id for a red flag of a scenario, the same in every seeded variant: its place in the
 * file and what it watches (`2-require-re-register-mfa`, `1-not-per-user-mfa`). Reports count
 * red flags by this id. Pure.
 */
export function redFlagId(flag: RedFlag, index: number): string {
	if ('action' in flag.when) {
		return `${index + 1}-${flag.when.action}`;
	}

	const negated = 'not' in flag.when;
	const predicate = negated ? (flag.when as {readonly not: object}).not : flag.when;
	const key = Object.keys(predicate)[0] ?? 'state';
	return `${index + 1}-${negated ? 'not-' : ''}${kebab(key)}`;
}

/**
 * The attempt record's result for a grade: `passed` when the goal is met with no red flag and
 * the trainee submitted; giving up is always `failed` (the state is still graded, so the score
 * and red flags show what was left). Pure.
 */
export function attemptResultOf(variant: Scenario, grade: Grade, end: AttemptEnd): AttemptResult {
	const flags = variant.redFlags ?? [];
	return {
		outcome: end === 'submit' && grade.passed ? 'passed' : 'failed',
		score: {
			total: grade.score.total,
			max: maxScore,
			breakdown: grade.score.breakdown.map((line) => ({item: line.component, points: line.points, max: line.max})),
		},
		redFlags: grade.redFlags.flatMap((result, index) => (result.raised && flags[index] !== undefined ? [{id: redFlagId(flags[index], index), penalty: result.penalty}] : [])),
	};
}
