import {describe, expect, test} from 'vitest';
import {goalSchema} from '../../source/scenario/schema/goal-schema.js';
import {stepSchema} from '../../source/scenario/schema/step-schema.js';
import {describeStep} from '../../source/scenario/grading/describe-step.js';
import {stepToIntent} from '../../source/scenario/step-intent.js';
import {parseSolutionText} from '../../source/scenario/solution-file.js';
import {formatIssue} from '../../source/scenario/issues.js';

describe('escalation in the scenario format', () => {
	test('`escalate: <role or tier-2>` with a reason becomes an escalate intent', () => {
		const step = stepSchema.parse({escalate: 'privileged-authentication-administrator', reason: 'Gwen is a Global Administrator; resetting her methods needs a privileged role.'});
		expect(stepToIntent(step)).toEqual({kind: 'escalate', to: 'privileged-authentication-administrator', reason: 'Gwen is a Global Administrator; resetting her methods needs a privileged role.'});
		expect(describeStep(stepSchema.parse({escalate: 'tier-2', reason: 'Needs a licence change.'}))).toBe('escalate to tier-2: Needs a licence change.');
	});

	test('an unknown target or a missing reason is refused with a message naming the fix', () => {
		const parsed = parseSolutionText('steps:\n  - {escalate: my-manager, reason: x}\n  - {escalate: tier-2}\n', {fileName: 'escalate.yaml'});
		expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([
			expect.stringMatching(/^escalate\.yaml:2:\d+ steps\[0\]\.escalate: .*tier-2/),
			expect.stringMatching(/^escalate\.yaml:3:\d+ steps\[1\]\.reason: /),
		]);
	});

	test('the goal predicate `escalated` takes an optional target', () => {
		expect(goalSchema.parse({escalated: {}})).toEqual({escalated: {}});
		expect(goalSchema.parse({escalated: {to: 'tier-2', label: 'Handed on'}})).toEqual({escalated: {to: 'tier-2', label: 'Handed on'}});
		expect(goalSchema.safeParse({escalated: {to: 'the-boss'}}).success).toBe(false);
	});
});
