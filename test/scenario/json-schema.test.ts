import {describe, expect, test} from 'vitest';
import {scenarioJsonSchema, tenantFixtureJsonSchema} from '../../source/scenario/json-schema.js';
import {goalPredicateNames} from '../../source/scenario/schema/goal-schema.js';

type JsonObject = Record<string, unknown>;

/** Follows `$ref: #/definitions/x` inside the same document. */
function resolve(root: JsonObject, node: JsonObject): JsonObject {
	const reference = node['$ref'];
	if (typeof reference !== 'string') {
		return node;
	}

	const name = reference.replace('#/definitions/', '');
	return resolve(root, (root['definitions'] as Record<string, JsonObject>)[name]!);
}

/** A node with its `$ref`s replaced by their definitions, `depth` levels down (goal predicates recurse). */
function expand(root: JsonObject, node: unknown, depth: number): unknown {
	if (Array.isArray(node)) {
		return node.map((each) => expand(root, each, depth));
	}

	if (typeof node !== 'object' || node === null || depth === 0) {
		return node;
	}

	const resolved = resolve(root, node as JsonObject);
	return Object.fromEntries(Object.entries(resolved).map(([key, value]) => [key, expand(root, value, depth - 1)]));
}

describe('scenarioJsonSchema', () => {
	const schema = scenarioJsonSchema();

	test('is plain JSON (a round trip changes nothing) in draft-07', () => {
		const text = JSON.stringify(schema);
		expect(JSON.parse(text)).toEqual(schema);
		expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema['title']).toBe('mfadesk scenario');
	});

	test('lists the top-level properties, the required ones, and refuses others', () => {
		expect(Object.keys(schema['properties'] as JsonObject)).toEqual([
			'$schema',
			'id',
			'title',
			'topic',
			'difficulty',
			'startsAt',
			'timeLimit',
			'summary',
			'actor',
			'ticket',
			'tenant',
			'history',
			'goal',
			'redFlags',
			'hints',
			'par',
			'solutions',
			'wrongRemedies',
			'debrief',
			'variables',
		]);
		expect(schema['required']).toEqual(['id', 'title', 'topic', 'difficulty', 'startsAt', 'actor', 'ticket', 'tenant', 'goal', 'par', 'solutions']);
		expect(schema['additionalProperties']).toBe(false);
	});

	test('describes goal predicates (recursively) and steps for editor completion', () => {
		const properties = schema['properties'] as Record<string, JsonObject>;
		const goal = resolve(schema, properties['goal']!);
		const branches = (goal['anyOf'] as JsonObject[]).map((branch) => Object.keys(resolve(schema, branch)['properties'] as JsonObject)[0]);
		expect(branches).toEqual([...goalPredicateNames]);
		const solution = resolve(schema, properties['solutions']!['items'] as JsonObject);
		const stepList = resolve(schema, (solution['properties'] as Record<string, JsonObject>)['steps']!);
		const steps = resolve(schema, stepList['items'] as JsonObject);
		expect(JSON.stringify(steps)).toContain('"set-per-user-mfa"');
		expect(JSON.stringify(steps)).toContain('"set-outlook-registry"');
	});

	test('describes history events for completion: admin events with by, user events with did and sign-in facts', () => {
		const properties = schema['properties'] as Record<string, JsonObject>;
		const history = resolve(schema, properties['history']!);
		const text = JSON.stringify(expand(schema, history['items'], 6));
		for (const key of ['"by"', '"did"', '"minutesBeforeStart"', '"times"', '"appPassword"', '"push"', '"reset-password"', '"create-app-password"']) {
			expect(text).toContain(key);
		}
	});

	test('is deterministic', () => {
		expect(JSON.stringify(scenarioJsonSchema())).toBe(JSON.stringify(schema));
	});
});

describe('tenantFixtureJsonSchema', () => {
	test('lists the fixture properties', () => {
		const schema = tenantFixtureJsonSchema();
		expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
		expect(schema['required']).toEqual(['id', 'name', 'domain', 'createdAt', 'license', 'securityDefaults', 'defaultPassword', 'passwordHash', 'networks', 'personDefaults', 'users']);
	});
});
