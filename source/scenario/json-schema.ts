import {z} from 'zod';
import {scenarioSchema} from './schema/scenario-schema.js';
import {tenantFixtureSchema} from './schema/tenant-fixture-schema.js';

const schemaOptions = {io: 'input', target: 'draft-7', unrepresentable: 'any', reused: 'ref'} as const;

/**
 * JSON Schema (draft-07, the dialect yaml-language-server reads best) of the scenario format, generated from
 * the same zod schema the loader uses. Cross-file references (unknown users, CIDR ranges) are checked only by
 * `mfadesk lint`. Editors: put `# yaml-language-server: $schema=<path to the printed file>` on line 1.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(scenarioSchema, schemaOptions),
		$id: 'https://mfadesk.invalid/schema/scenario.json',
		title: 'mfadesk scenario',
		description: 'A troubleshooting scenario: ticket, tenant (base fixture + overrides), goal, red flags, hints, solutions, wrong remedies.',
	};
}

/** JSON Schema of a tenant fixture file (`fixtures/tenants/<id>.yaml`). */
export function tenantFixtureJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(tenantFixtureSchema, schemaOptions),
		$id: 'https://mfadesk.invalid/schema/tenant.json',
		title: 'mfadesk tenant fixture',
		description: 'A base tenant: directory, settings, users, and the world around them (networks, phones, clients).',
	};
}
