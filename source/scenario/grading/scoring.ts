import {plural} from '../../domain/common/plural.js';

/** The parts of a score, in the order the debrief lists them. */
export type ScoreComponent = 'resolution' | 'security' | 'efficiency' | 'time' | 'hints';

/** One line of the score breakdown: points earned (negative for deductions) out of `max`. */
export type ScoreLine = {
	readonly component: ScoreComponent;
	readonly points: number;
	readonly max: number;
	readonly detail: string;
};

/** A total from 0 to 100 and how it was made. */
export type Score = {
	readonly total: number;
	readonly breakdown: readonly ScoreLine[];
};

/** Points available per component; hints only deduct. They add up to 100. */
export const scoreWeights = {resolution: 50, security: 30, efficiency: 10, time: 10} as const;

/** Points lost per action beyond par. */
export const pointsPerExtraAction = 2;

/** What scoring needs to know about one attempt. */
export type ScoreInput = {
	readonly goalMet: boolean;
	/** Every red flag with whether it was raised. */
	readonly redFlags: readonly {readonly raised: boolean; readonly penalty: number}[];
	/** Actions that changed something (grade-attempt.ts `countActions`): admin commands, remedies asked of the user, escalations. */
	readonly actions: number;
	readonly par: number;
	/** Costs of the hints revealed. */
	readonly hintCosts: readonly number[];
	/** Simulated minutes from the start to the end state. */
	readonly elapsedMinutes: number;
	readonly timeLimit?: number | undefined;
};


function timeLine(input: ScoreInput): ScoreLine {
	const max = scoreWeights.time;
	const minutes = Math.round(input.elapsedMinutes * 10) / 10;
	if (!input.goalMet) {
		return {component: 'time', points: 0, max, detail: 'Only earned when the goal is met.'};
	}

	if (input.timeLimit === undefined) {
		return {component: 'time', points: max, max, detail: `${minutes} simulated minutes; no time limit.`};
	}

	const over = Math.max(0, input.elapsedMinutes - input.timeLimit);
	const points = Math.round(max * Math.max(0, 1 - over / input.timeLimit));
	const detail = over === 0 ? `${minutes} of ${input.timeLimit} simulated minutes.` : `${minutes} simulated minutes, ${Math.round(over * 10) / 10} over the ${input.timeLimit}-minute limit.`;
	return {component: 'time', points, max, detail};
}

function securityLine(input: ScoreInput): ScoreLine {
	const raised = input.redFlags.filter((flag) => flag.raised);
	const penalty = raised.reduce((sum, flag) => sum + flag.penalty, 0);
	const flags = raised.length === 0 ? 'no red flag raised' : `${plural(raised.length, 'red flag')} raised, ${penalty} points`;
	// Doing nothing harms nothing, so posture alone would reward an untouched ticket: the 30 come only with the fix.
	const base = input.goalMet ? scoreWeights.security : 0;
	const detail = input.goalMet ? `${flags.charAt(0).toUpperCase()}${flags.slice(1)}.` : `Only earned when the goal is met; ${flags}.`;
	return {component: 'security', points: base - penalty, max: scoreWeights.security, detail};
}

/**
 * Scores one attempt (README "Scoring"): resolution 50 when the goal is met; security posture 30 when the goal is
 * met (0 otherwise) minus the penalty of every red flag raised (it can go negative); efficiency 10 minus 2 per
 * action beyond par and time 10 scaled down past the time limit (0 at twice the limit), both earned only when the
 * goal is met; minus the cost of each hint revealed. The total is rounded and clamped to 0..100, so an unresolved
 * ticket scores 0 however it was left; its red flags are still listed and counted in reports.
 */
export function scoreAttempt(input: ScoreInput): Score {
	const extra = Math.max(0, input.actions - input.par);
	const hintCost = input.hintCosts.reduce((sum, cost) => sum + cost, 0);
	const breakdown: ScoreLine[] = [
		{
			component: 'resolution',
			points: input.goalMet ? scoreWeights.resolution : 0,
			max: scoreWeights.resolution,
			detail: input.goalMet ? 'The goal is met.' : 'The goal is not met.',
		},
		securityLine(input),
		{
			component: 'efficiency',
			points: input.goalMet ? Math.max(0, scoreWeights.efficiency - pointsPerExtraAction * extra) : 0,
			max: scoreWeights.efficiency,
			detail: input.goalMet
				? `${plural(input.actions, 'change')} against a par of ${input.par}${extra > 0 ? `: ${extra} over, ${pointsPerExtraAction} points each` : ''} (sign-ins, waits and refused actions are free).`
				: 'Only earned when the goal is met.',
		},
		timeLine(input),
		{
			component: 'hints',
			points: hintCost === 0 ? 0 : -hintCost,
			max: 0,
			detail: input.hintCosts.length === 0 ? 'No hint revealed.' : `${plural(input.hintCosts.length, 'hint')} revealed, ${hintCost} points.`,
		},
	];
	const sum = breakdown.reduce((total, line) => total + line.points, 0);
	return {total: Math.min(100, Math.max(0, Math.round(sum))), breakdown};
}
