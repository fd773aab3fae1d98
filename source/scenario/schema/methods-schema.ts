import {z} from 'zod';
import {base32SecretSchema, clientIdSchema, isoInstantSchema, labelSchema, methodIdSchema, phcHashSchema, phoneNumberSchema, strict} from './primitives.js';

/** An office phone: a number, optionally with an extension (`{number: '+1 4255550199', extension: '1234'}`). */
export const officePhoneSchema = z.union([phoneNumberSchema, strict({number: phoneNumberSchema, extension: z.string().regex(/^\d{1,10}$/, 'expected digits').optional()})]);

/** A Microsoft Authenticator registration; without `secret` a seed is generated from the scenario seed. */
export const authenticatorRegistrationSchema = strict({
	id: methodIdSchema.optional().describe('Method id used by steps (`delete-method`); default app-1, app-2, ...'),
	deviceName: labelSchema,
	push: z.boolean().optional().describe('Notification through mobile app (default true).'),
	code: z.boolean().optional().describe('Verification code from the app (default true).'),
	secret: base32SecretSchema.optional(),
	registeredAt: isoInstantSchema.optional(),
});

/** A third-party authenticator app (software OATH token). */
export const softwareTokenSchema = strict({
	id: methodIdSchema.optional().describe('Default sw-1, sw-2, ...'),
	name: labelSchema,
	secret: base32SecretSchema.optional(),
	registeredAt: isoInstantSchema.optional(),
});

/** A hardware OATH token (key fob) as the tenant knows it from the CSV upload. */
export const hardwareTokenSchema = strict({
	id: methodIdSchema.optional().describe('Default hw-1, hw-2, ...'),
	serialNumber: labelSchema,
	manufacturer: labelSchema.optional(),
	model: labelSchema.optional(),
	secret: base32SecretSchema.optional(),
	periodSeconds: z.literal([30, 60]).optional().describe('Interval stated in the CSV upload (default 30).'),
	status: z.enum(['assigned', 'activated']).optional().describe('Default activated.'),
});

/**
 * Registered methods. In a scenario patch, a phone set to `null` is deleted and a list replaces the fixture's
 * list; fields left out keep the fixture's value.
 */
export const methodsSchema = strict({
	authenticationPhone: phoneNumberSchema.nullable().optional(),
	alternatePhone: phoneNumberSchema.nullable().optional(),
	officePhone: officePhoneSchema.nullable().optional(),
	authenticatorApps: z.array(authenticatorRegistrationSchema).max(5).optional(),
	softwareTokens: z.array(softwareTokenSchema).max(5).optional(),
	hardwareTokens: z.array(hardwareTokenSchema).max(5).optional(),
});

/** An app password the tenant holds. The plaintext, if anyone knows it, belongs on the person side. */
export const appPasswordSchema = strict({
	id: methodIdSchema.optional().describe('Default ap-1, ap-2, ...'),
	name: labelSchema,
	createdAt: isoInstantSchema,
	lastUsedAt: isoInstantSchema.optional(),
	hash: phcHashSchema.optional().describe('Precomputed argon2id PHC of the plaintext; when absent the engine hashes the plaintext once at start.'),
});

/** A "Don't ask again" grant for one of the person's browsers. */
export const rememberedDeviceSchema = strict({
	client: clientIdSchema.describe('The browser client of this person that holds the cookie.'),
	grantedAt: isoInstantSchema,
	expiresAt: isoInstantSchema.optional().describe('Default: grantedAt plus the remember-MFA days.'),
});

/** Smart lockout counters. */
export const lockoutSchema = strict({
	failedAttempts: z.number().int().min(0).max(1000),
	lockoutCount: z.number().int().min(0).max(100).optional(),
	lockedUntil: isoInstantSchema.optional(),
});

/** Registered methods as written (phones may be null in a patch). */
export type MethodsInput = z.output<typeof methodsSchema>;
/** An app password as written. */
export type AppPasswordInput = z.output<typeof appPasswordSchema>;
