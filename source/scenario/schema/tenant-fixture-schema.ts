import {z} from 'zod';
import {licenseSchema} from './domain-enums.js';
import {networkSchema, personDefaultsSchema, personSchema} from './person-schema.js';
import {callingCodeSchema, domainSchema, fixtureIdSchema, isoInstantSchema, labelSchema, networkIdSchema, phcHashSchema, strict, userIdSchema} from './primitives.js';
import {exchangeSettingsSchema, serviceSettingsSchema} from './settings-schema.js';
import {userSchema} from './user-schema.js';

/**
 * A base tenant (`fixtures/tenants/<id>.yaml`): the directory, its settings, its users, and the world around
 * them (networks, each person's phone and clients). Loading it does no hashing: every user shares the
 * precomputed `passwordHash` of `defaultPassword` unless they carry their own hash.
 */
export const tenantFixtureSchema = strict({
	$schema: z.string().optional(),
	id: fixtureIdSchema,
	name: labelSchema,
	tenantId: z
		.string()
		.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a lower-case GUID')
		.optional(),
	domain: domainSchema,
	createdAt: isoInstantSchema.describe('Decides Exchange modern auth default (1 Aug 2017) and security defaults (22 Oct 2019).'),
	license: licenseSchema,
	securityDefaults: z.boolean(),
	exchange: exchangeSettingsSchema.optional(),
	settings: serviceSettingsSchema.optional(),
	telephonyOptIns: z.array(callingCodeSchema).optional().describe('Calling codes opted in for SMS/voice.'),
	defaultPassword: z.string().min(1).max(200).describe('Plaintext of passwordHash: person side only.'),
	passwordHash: phcHashSchema.describe('argon2id PHC of defaultPassword (m=19456,t=2,p=1), shared by every user.'),
	networks: z.record(networkIdSchema, networkSchema),
	personDefaults: personDefaultsSchema,
	users: z.array(userSchema).min(1).max(20_000),
	people: z.record(userIdSchema, personSchema).optional().describe('Per-person world data by user id; others get personDefaults.'),
});

/** A validated tenant fixture (also the shape of a merged scenario tenant). */
export type TenantFixture = z.output<typeof tenantFixtureSchema>;
