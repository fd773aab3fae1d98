import {describe, expect, test} from 'vitest';
import {schemaCommand} from '../../source/commands/schema.js';
import {goalPredicateNames} from '../../source/scenario/schema/goal-schema.js';
import {runCommand} from './command-harness.js';

describe('mfadesk schema', () => {
	test('prints the scenario JSON Schema on stdout, parseable, nothing on stderr', async () => {
		const result = await runCommand(schemaCommand, []);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		const schema = JSON.parse(result.stdout) as {$schema: string; title: string; properties: Record<string, unknown>; required: string[]};
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema.title).toBe('mfadesk scenario');
		expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'goal', 'solutions']));
		expect(goalPredicateNames).toContain('escalated');
		expect(result.stdout).toContain('"escalate"');
	});

	test('`schema tenant` prints the tenant fixture schema', async () => {
		const result = await runCommand(schemaCommand, ['tenant']);
		expect(result.code).toBe(0);
		expect((JSON.parse(result.stdout) as {title: string}).title).toBe('mfadesk tenant fixture');
	});

	test('anything else is a usage error', async () => {
		const result = await runCommand(schemaCommand, ['yaml']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
	});
});
