import {z} from 'zod';
import type {EscalationTarget} from '../../domain/state/sim-state.js';
import {adminRoles} from '../../domain/tenant/roles.js';
import {defaultMethodSchema, perUserMfaSchema, phoneSlotSchema, type Assert, type SameMembers} from './domain-enums.js';
import {clientIdSchema, ipv4Schema, labelSchema, methodIdSchema, networkIdSchema, oneKeyUnion, phoneNumberSchema, strict, userIdSchema} from './primitives.js';

/** Kinds of registered method a goal can ask about. */
export const methodKinds = ['authentication-phone', 'alternate-phone', 'office-phone', 'authenticator-app', 'software-token', 'hardware-token'] as const;
/** A kind of registered method. */
export type MethodKind = (typeof methodKinds)[number];

/** Who a ticket can be escalated to: a directory role, or `tier-2` (the second-line team). */
export const escalationTargets = [...adminRoles, 'tier-2'] as const satisfies readonly EscalationTarget[];

/** Fails to compile when EscalationTarget gains a member the list lacks. */
export type EscalationTargetsCoverDomain = Assert<SameMembers<EscalationTarget, (typeof escalationTargets)[number]>>;

/** `helpdesk-administrator`, ..., or `tier-2`. */
export const escalationTargetSchema = z.enum(escalationTargets);

/** Sign-in log status a verification sign-in must show. */
export type SignInExpectation = 'Success' | 'Failure' | 'Interrupted';

/**
 * How the verification sign-in must have met the MFA requirement, read from its log row: `required` = multi-factor
 * authentication applied and was not skipped (a Success then means a second factor was completed at this sign-in);
 * `skipped` = MFA was required but skipped (trusted IP, remembered device, app password); `none` = single-factor.
 */
export const signInMfaValues = ['required', 'skipped', 'none'] as const;
/** A `signIn` goal's `mfa`. */
export type SignInMfa = (typeof signInMfaValues)[number];

type Leaf<Body> = Body & {readonly label?: string | undefined};
type Count = {readonly count?: number | undefined; readonly min?: number | undefined; readonly max?: number | undefined};

/** Comparison of tenant settings; every field named must match. */
export type SettingExpectation = {
	readonly appPasswordsAllowed?: boolean | undefined;
	readonly skipForFederatedIntranet?: boolean | undefined;
	readonly securityDefaults?: boolean | undefined;
	readonly exchangeModernAuth?: boolean | undefined;
	readonly smtpBasicAuth?: boolean | undefined;
	readonly rememberMfaEnabled?: boolean | undefined;
	readonly rememberMfaDays?: Count | undefined;
	readonly verificationOptions?:
		| {readonly call?: boolean | undefined; readonly text?: boolean | undefined; readonly appNotification?: boolean | undefined; readonly appCode?: boolean | undefined}
		| undefined;
	readonly label?: string | undefined;
};

/**
 * A predicate on the end state of a play session. `signIn` is a verification sign-in the checker runs on a
 * copy of the state, so checking never changes the session.
 */
export type GoalPredicate =
	| {readonly perUserMfa: Leaf<{readonly user: string; readonly is: 'disabled' | 'enabled' | 'enforced'}>}
	| {
			readonly signIn: Leaf<{
				readonly user: string;
				readonly client: string;
				/** Sign in another way with this method; the log row must show it was the second factor used. */
				readonly method?: z.output<typeof defaultMethodSchema> | undefined;
				readonly network?: string | undefined;
				readonly expect: SignInExpectation;
				readonly mfa?: SignInMfa | undefined;
				readonly mfaResultDetail?: string | undefined;
				readonly errorCode?: number | undefined;
			}>;
	  }
	| {readonly appPasswords: Leaf<{readonly user: string} & Count>}
	| {readonly methodRegistered: Leaf<{readonly user: string; readonly method: MethodKind; readonly id?: string | undefined; readonly is?: boolean | undefined}>}
	| {readonly phoneNumber: Leaf<{readonly user: string; readonly slot?: 'authentication' | 'alternate' | 'office' | undefined; readonly is: string | null}>}
	| {readonly rememberedDevices: Leaf<{readonly user: string} & Count>}
	| {readonly setting: SettingExpectation}
	| {readonly accountEnabled: Leaf<{readonly user: string; readonly is: boolean}>}
	| {readonly trustedIps: Leaf<{readonly mustInclude?: string | undefined; readonly mustNotInclude?: string | undefined; readonly maxRanges?: number | undefined}>}
	| {readonly mustRegisterAgain: Leaf<{readonly user: string; readonly is: boolean}>}
	/** The ticket was escalated (to this target, when given). */
	| {readonly escalated: Leaf<{readonly to?: EscalationTarget | undefined}>}
	| {readonly all: readonly GoalPredicate[]}
	| {readonly any: readonly GoalPredicate[]}
	| {readonly not: GoalPredicate};

const label = {label: labelSchema.optional().describe('How the debrief names this check, e.g. "Priya stays Enforced".')};
const count = z.number().int().min(0).max(1000);
const counts = {count: count.optional(), min: count.optional(), max: count.optional()};
const needsCount = (value: {count?: number | undefined; min?: number | undefined; max?: number | undefined}) =>
	value.count !== undefined || value.min !== undefined || value.max !== undefined;
const countMessage = {error: 'give count, min or max', path: ['count']};

/** Names of the goal predicates, for messages and documentation. */
export const goalPredicateNames = [
	'perUserMfa',
	'signIn',
	'appPasswords',
	'methodRegistered',
	'phoneNumber',
	'rememberedDevices',
	'setting',
	'accountEnabled',
	'trustedIps',
	'mustRegisterAgain',
	'escalated',
	'all',
	'any',
	'not',
] as const;

/** The goal predicate schema (recursive through all / any / not). */
export const goalSchema: z.ZodType<GoalPredicate> = z.lazy(() =>
	oneKeyUnion('goal predicate', [
		strict({perUserMfa: strict({user: userIdSchema, is: perUserMfaSchema, ...label})}),
		strict({
			signIn: strict({
				user: userIdSchema,
				client: clientIdSchema,
				method: defaultMethodSchema
					.optional()
					.describe('Sign in another way with this method, and check the log row shows it was the second factor used (Authentication details). Default: the default method, not checked.'),
				network: networkIdSchema.optional().describe("Default: where the person (or a fixed client) is at the end."),
				expect: z.enum(['Success', 'Failure', 'Interrupted']),
				mfa: z
					.enum(signInMfaValues)
					.optional()
					.describe('How MFA was met: required (applied, not skipped: a second factor was done), skipped (trusted IP, remembered device, app password) or none (single-factor).'),
				mfaResultDetail: labelSchema.optional().describe('Expected MFA result detail text in the sign-in log row.'),
				errorCode: z.number().int().min(0).optional().describe('Expected AADSTS code, e.g. 50076.'),
				...label,
			}).refine((value) => value.method === undefined || value.mfa === undefined || value.mfa === 'required', {
				error: 'a method is a second factor: with method, mfa can only be required (or left out)',
				path: ['mfa'],
			}),
		}),
		strict({appPasswords: strict({user: userIdSchema, ...counts, ...label}).refine(needsCount, countMessage)}),
		strict({methodRegistered: strict({user: userIdSchema, method: z.enum(methodKinds), id: methodIdSchema.optional(), is: z.boolean().optional(), ...label})}),
		strict({phoneNumber: strict({user: userIdSchema, slot: phoneSlotSchema.optional(), is: phoneNumberSchema.nullable(), ...label})}),
		strict({rememberedDevices: strict({user: userIdSchema, ...counts, ...label}).refine(needsCount, countMessage)}),
		strict({
			setting: strict({
				appPasswordsAllowed: z.boolean().optional(),
				skipForFederatedIntranet: z.boolean().optional(),
				securityDefaults: z.boolean().optional(),
				exchangeModernAuth: z.boolean().optional(),
				smtpBasicAuth: z.boolean().optional(),
				rememberMfaEnabled: z.boolean().optional(),
				rememberMfaDays: strict(counts).optional(),
				verificationOptions: strict({call: z.boolean().optional(), text: z.boolean().optional(), appNotification: z.boolean().optional(), appCode: z.boolean().optional()}).optional(),
				...label,
			}),
		}),
		strict({accountEnabled: strict({user: userIdSchema, is: z.boolean(), ...label})}),
		strict({trustedIps: strict({mustInclude: ipv4Schema.optional(), mustNotInclude: ipv4Schema.optional(), maxRanges: count.optional(), ...label})}),
		strict({mustRegisterAgain: strict({user: userIdSchema, is: z.boolean(), ...label})}),
		strict({escalated: strict({to: escalationTargetSchema.optional().describe('Default: escalated to anyone.'), ...label})}),
		strict({all: z.array(goalSchema).min(1).max(50)}),
		strict({any: z.array(goalSchema).min(1).max(50)}),
		strict({not: goalSchema}),
	]).describe(`A predicate on the end state: one of ${goalPredicateNames.join(', ')}.`),
);
