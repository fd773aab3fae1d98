import {z} from 'zod';
import {adminRoleSchema, defaultMethodSchema, perUserMfaSchema} from './domain-enums.js';
import {appPasswordSchema, lockoutSchema, methodsSchema, rememberedDeviceSchema} from './methods-schema.js';
import {isoInstantSchema, labelSchema, phcHashSchema, strict, upnSchema, userIdSchema} from './primitives.js';

/** What a guest's home tenant requires (their MFA follows the home tenant, fact sheet 1.2). */
export const guestHomeSchema = strict({tenantName: labelSchema, mfaRequired: z.boolean()});

/**
 * The directory fields of a user, all optional so the same shape serves as a scenario patch. Defaults (applied
 * when the tenant is built): member, enabled, no roles, per-user MFA disabled, no methods, the fixture's
 * shared password hash.
 */
const userFields = {
	upn: upnSchema,
	displayName: labelSchema,
	department: labelSchema.optional(),
	userType: z.enum(['member', 'guest']).optional(),
	guestHome: guestHomeSchema.optional(),
	accountEnabled: z.boolean().optional().describe('false = Block sign in (AADSTS50057).'),
	passwordHash: phcHashSchema.optional().describe("Overrides the fixture's shared hash; give the person's `password` too."),
	passwordChangedAt: isoInstantSchema.optional(),
	passwordExpiresAt: isoInstantSchema.optional(),
	mustChangePassword: z.boolean().optional(),
	roles: z.array(adminRoleSchema).optional(),
	perUserMfa: perUserMfaSchema.optional(),
	mustRegisterAgain: z.boolean().optional(),
	methods: methodsSchema.optional(),
	defaultMethod: defaultMethodSchema.optional(),
	appPasswords: z.array(appPasswordSchema).max(40).optional(),
	rememberedDevices: z.array(rememberedDeviceSchema).optional(),
	lockout: lockoutSchema.optional(),
	mfaBlockedUntil: isoInstantSchema.optional(),
	risk: z.enum(['none', 'high']).optional(),
	recentTelephonyAttempts: z
		.array(
			strict({
				kind: z.enum(['text', 'call']).describe('A text with a code, or a verification call.'),
				minutesBeforeStart: z.number().int().min(0).max(1440).describe('How long before startsAt it was sent.'),
			}),
		)
		.max(20)
		.optional()
		.describe(
			'Texts and calls Entra sent before the ticket while the phone had no signal (shorthand for history sign-ins from a browser or modern app): the 6th within 10 minutes is throttled (AADSTS50088). Each shows in the sign-in log.',
		),
};

/** A user in a tenant fixture (or added by a scenario): id, UPN and display name are required. */
export const userSchema = strict({id: userIdSchema, ...userFields});

/** A scenario's patch of a fixture user: the fields it names replace the fixture's. */
export const userPatchSchema = strict({...userFields, upn: upnSchema.optional(), displayName: labelSchema.optional()});

/** A user as written in a fixture or `addUsers`. */
export type UserInput = z.output<typeof userSchema>;
/** A scenario's patch of a fixture user. */
export type UserPatch = z.output<typeof userPatchSchema>;
