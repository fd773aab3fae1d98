import {z} from 'zod';
import {licenseSchema} from './domain-enums.js';
import {networkSchema, personPatchSchema} from './person-schema.js';
import {callingCodeSchema, fixtureIdSchema, isoInstantSchema, networkIdSchema, strict, userIdSchema} from './primitives.js';
import {exchangeSettingsSchema, serviceSettingsSchema} from './settings-schema.js';
import {userPatchSchema, userSchema} from './user-schema.js';

/**
 * A scenario's tenant: a base fixture plus the changes that make the ticket happen ("faults are just state").
 * Maps merge, lists replace, `null` removes a phone; `users` patches fixture users, `addUsers` adds new ones,
 * `people` patches the person side, `networks` adds or replaces networks.
 */
export const tenantOverridesSchema = strict({
	base: fixtureIdSchema.describe('A file name in fixtures/tenants/ without extension.'),
	createdAt: isoInstantSchema.optional(),
	license: licenseSchema.optional(),
	securityDefaults: z.boolean().optional(),
	exchange: exchangeSettingsSchema.optional(),
	settings: serviceSettingsSchema.optional(),
	telephonyOptIns: z.array(callingCodeSchema).optional(),
	users: z.record(userIdSchema, userPatchSchema).optional(),
	addUsers: z.array(userSchema).max(100).optional(),
	people: z.record(userIdSchema, personPatchSchema).optional(),
	networks: z.record(networkIdSchema, networkSchema).optional(),
});

/** A scenario's tenant section. */
export type TenantOverrides = z.output<typeof tenantOverridesSchema>;
