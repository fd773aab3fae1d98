import type {AttemptResult} from '../../domain/progress/attempt-life.js';
import type {Grade} from '../../scenario/grading/grade-attempt.js';
import {scoreWeights} from '../../scenario/grading/scoring.js';

/** Red flag ids now live with the grading (an author may give one); re-exported for existing imports. */
export {redFlagId} from '../../scenario/grading/red-flag-id.js';

/** How an attempt ended from the trainee's side: they submitted their fix, or they gave up. */
export type AttemptEnd = 'submit' | 'give-up';

/** The most a score can be: the sum of the component weights (hints only deduct). */
export const maxScore = Object.values(scoreWeights).reduce((sum, points) => sum + points, 0);

/**
 * The attempt record's result for a grade: `passed` exactly when the goal is met with no red
 * flag, however the attempt ended. The tenant is what is graded: a trainee who gives up on a
 * tenant that already meets the goal has resolved the ticket (the debrief says so), and a record
 * saying `failed` beside a full score would tell the trainer two stories. Pure.
 */
export function attemptResultOf(grade: Grade): AttemptResult {
	return {
		outcome: grade.passed ? 'passed' : 'failed',
		score: {
			total: grade.score.total,
			max: maxScore,
			breakdown: grade.score.breakdown.map((line) => ({item: line.component, points: line.points, max: line.max})),
		},
		redFlags: grade.redFlags.flatMap((result) => (result.raised ? [{id: result.id, penalty: result.penalty}] : [])),
	};
}
