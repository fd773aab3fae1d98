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
		expect(scoreAttempt({...perfect, actions: 4}).breakdown[2]!.detail).toBe('4 actions against a par of 2: 2 over, 2 points each.');
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
		const disabledMfa = {...perfect, goalMet: false, redFlags: [{raised: true, penalty: 40}, {raised: true, penalty: 20}]};
		expect(points(disabledMfa).security).toBe(-30);
		expect(scoreAttempt(disabledMfa).total).toBe(0);
	});

	test('an unresolved ticket earns no efficiency or time points: only security posture is left', () => {
		const unresolved = {...perfect, goalMet: false};
		expect(points(unresolved)).toEqual({resolution: 0, security: 30, efficiency: 0, time: 0, hints: 0});
		expect(scoreAttempt(unresolved).total).toBe(30);
	});
});
