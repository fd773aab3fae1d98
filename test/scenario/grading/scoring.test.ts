import {describe, expect, test} from 'vitest';
import {scoreAttempt, scoreWeights, type ScoreComponent, type ScoreInput} from '../../../source/scenario/grading/scoring.js';

const perfect: ScoreInput = {goalMet: true, redFlags: [{raised: false, penalty: 40}], actions: 2, par: 2, hintCosts: [], elapsedMinutes: 4, timeLimit: 15};

function points(input: ScoreInput): Record<ScoreComponent, number> {
	return Object.fromEntries(scoreAttempt(input).breakdown.map((line) => [line.component, line.points])) as Record<ScoreComponent, number>;
}

describe('scoring (README "Scoring")', () => {
	test('the weights add up to 100 and a clean expert run scores 100', () => {
		expect(Object.values(scoreWeights).reduce((sum, each) => sum + each, 0)).toBe(100);
		expect(scoreAttempt(perfect).total).toBe(100);
		expect(points(perfect)).toEqual({resolution: 50, security: 30, efficiency: 10, time: 10, hints: 0});
	});

	test('each action beyond par costs 2 points, down to 0', () => {
		expect(points({...perfect, actions: 4}).efficiency).toBe(6);
		expect(points({...perfect, actions: 40}).efficiency).toBe(0);
		expect(scoreAttempt({...perfect, actions: 4}).breakdown[2]!.detail).toBe('4 changes against a par of 2: 2 over, 2 points each (sign-ins, waits and refused actions are free).');
	});

	test('hints cost what they say', () => {
		const score = scoreAttempt({...perfect, hintCosts: [5, 10]});
		expect(score.total).toBe(85);
		expect(score.breakdown.at(-1)).toEqual({component: 'hints', points: -15, max: 0, detail: '2 hints revealed, 15 points.'});
	});

	test('time is full within the limit, scales down past it, and is 0 at twice the limit', () => {
		expect(points({...perfect, elapsedMinutes: 15}).time).toBe(10);
		expect(points({...perfect, elapsedMinutes: 18}).time).toBe(8);
		expect(points({...perfect, elapsedMinutes: 30}).time).toBe(0);
		expect(points({...perfect, timeLimit: undefined, elapsedMinutes: 500}).time).toBe(10);
	});

	test('red-flag penalties come off security posture, which can go negative; the total is clamped to 0', () => {
		expect(points({...perfect, redFlags: [{raised: true, penalty: 10}]}).security).toBe(20);
		const fixedByDisablingMfa = {...perfect, redFlags: [{raised: true, penalty: 40}, {raised: true, penalty: 20}]};
		expect(points(fixedByDisablingMfa).security).toBe(-30);
		expect(scoreAttempt(fixedByDisablingMfa).total).toBe(40);
	});
});

describe('an unresolved ticket scores 0, however it was left (review: doing nothing outscored trying)', () => {
	const untouched: ScoreInput = {...perfect, goalMet: false, actions: 0, elapsedMinutes: 0};

	test('submitting at once, giving up after a hint, and a wrong fix with a red flag all score 0', () => {
		// Before: submitting nothing scored 30, giving up after a 5-point hint 25, and a wrong app-password fix 10.
		const submittedNothing = scoreAttempt(untouched);
		const gaveUpAfterAHint = scoreAttempt({...untouched, hintCosts: [5]});
		const wrongFix = scoreAttempt({...untouched, actions: 2, redFlags: [{raised: true, penalty: 20}]});
		expect([submittedNothing.total, gaveUpAfterAHint.total, wrongFix.total]).toEqual([0, 0, 0]);
	});

	test('security posture is only earned with the fix; the red flags raised still show in its line', () => {
		expect(points(untouched)).toEqual({resolution: 0, security: 0, efficiency: 0, time: 0, hints: 0});
		expect(scoreAttempt(untouched).breakdown[1]!.detail).toBe('Only earned when the goal is met; no red flag raised.');
		const wrongFix = scoreAttempt({...untouched, redFlags: [{raised: true, penalty: 20}]}).breakdown[1]!;
		expect(wrongFix).toEqual({component: 'security', points: -20, max: 30, detail: 'Only earned when the goal is met; 1 red flag raised, 20 points.'});
	});
});
