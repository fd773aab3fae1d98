import {z} from 'zod';
import {historyLimits} from '../limits.js';
import {unknownOption} from '../zod-messages.js';
import {isoInstantSchema, labelSchema, networkIdSchema, strict, userIdSchema} from './primitives.js';
import {adminStepSchema, adminStepTypes, askStepSchema, askStepTypes, type AdminStep, type AskStep} from './step-schema.js';

/** When a history event happened: minutes before `startsAt`, or an ISO instant; optionally repeated. */
const timing = {
	minutesBeforeStart: z
		.number()
		.int()
		.min(1)
		.max(historyLimits.maxMinutesBeforeStart)
		.optional()
		.describe('How long before startsAt it happened (1 to 43200 minutes, i.e. 30 days). Give this or at.'),
	at: isoInstantSchema.optional().describe('When it happened: before startsAt and at most 30 days earlier. Give this or minutesBeforeStart.'),
	times: z
		.number()
		.int()
		.min(2)
		.max(historyLimits.maxRepetitions)
		.optional()
		.describe('Happened this many times (e.g. Outlook retrying a saved password): the first at the given time, then every `every`.'),
	every: z
		.string()
		.regex(/^\d{1,4}[smhd]$/, 'expected a duration like 30s, 5m, 1h or 2d')
		.optional()
		.describe('Time between repetitions; default 1m.'),
};

/** How the phone was at the moment of one attempt (only then; the scenario's phone is how it is now). */
const phoneThenSchema = strict({
	poweredOn: z.boolean().optional(),
	hasSignal: z.boolean().optional(),
	hasData: z.boolean().optional(),
	doNotDisturb: z.boolean().optional(),
	smsBlocker: z.boolean().optional(),
	blocksMicrosoftCaller: z.boolean().optional(),
	callsGoToVoicemail: z.boolean().optional(),
});

/** The facts of a past sign-in that play computes with effects (argon2, TOTP) and history states instead. */
const signInFacts = {
	password: z
		.enum(['correct', 'wrong'])
		.optional()
		.describe("The password typed or saved was the user's current one, or not. Default: what the client sends (an app password it saved, else the password the person knows, taken as correct)."),
	appPassword: labelSchema.optional().describe('The client sent this app password (by name): one the user has, or one an earlier history event creates.'),
	network: networkIdSchema.optional().describe('Where the attempt came from; default: the client\'s network, else where the person is.'),
	push: z.enum(['approve', 'deny', 'report', 'ignore']).optional().describe('What the person did with an Authenticator notification this time; default: their behaviour.'),
	pressesHash: z.boolean().optional().describe('Whether they answered a verification call and pressed # this time; default: their behaviour.'),
	code: z
		.enum(['right', 'wrong', 'none'])
		.optional()
		.describe('A code from an authenticator app or OATH token: typed right (default), typed wrong, or none shown.'),
	phone: phoneThenSchema.optional().describe('How the phone was at that moment (e.g. {hasSignal: false} in a car park); a text or call reaches it, and is answered, only as the engine decides.'),
};

/** A past admin action: an `admin:` step with who did it and when. */
export type HistoryAdminEvent = AdminStep & HistoryTiming & {readonly by: string};

/** The keys of an `ask:` step, renamed for history: `user` did `did`. */
type UserEventOf<Step> = Step extends {readonly ask: string; readonly to: infer Action}
	? Omit<Step, 'ask' | 'to'> & {readonly user: string; readonly did: Action} & (Action extends 'sign-in' ? HistorySignInFacts : unknown)
	: never;

/** A past user action (including a sign-in attempt): an `ask:` step's action, with the person's id as `user`. */
export type HistoryUserEvent = UserEventOf<AskStep> & HistoryTiming;

/** The timing fields of every history event. */
export type HistoryTiming = {
	readonly minutesBeforeStart?: number;
	readonly at?: string;
	readonly times?: number;
	readonly every?: string;
};

/** The stated facts of a past sign-in attempt. */
export type HistorySignInFacts = {
	readonly password?: 'correct' | 'wrong';
	readonly appPassword?: string;
	readonly network?: string;
	readonly push?: 'approve' | 'deny' | 'report' | 'ignore';
	readonly pressesHash?: boolean;
	readonly code?: 'right' | 'wrong' | 'none';
	readonly phone?: z.output<typeof phoneThenSchema>;
};

/** One thing that happened before the ticket. */
export type HistoryEvent = HistoryAdminEvent | HistoryUserEvent;

type AnyObject = z.ZodObject;

/**
 * The admin events: every `admin:` step shape plus `by` and the timing. Built from the step options so the two
 * never drift apart; `strict` again so an unknown field lists the fields history accepts.
 */
const adminEventSchema = z.discriminatedUnion(
	'admin',
	(adminStepSchema.options as readonly AnyObject[]).map((option) =>
		strict({
			...option.shape,
			// A fresh literal: shared with the step it would become a $ref in the JSON schema, less readable for editors.
			admin: z.literal((option.shape['admin'] as z.ZodLiteral).value),
			by: userIdSchema.describe('The admin who did it: their account and roles decide whether they may, and the audit log names them.'),
			...timing,
		}),
	) as unknown as [AnyObject, ...AnyObject[]],
	{error: unknownOption('admin command', 'admin', adminStepTypes)},
);

/** The user events: every `ask:` step action as `user: <id>, did: <action>`, sign-ins with their stated facts. */
const userEventSchema = z.discriminatedUnion(
	'did',
	(askStepSchema.options as readonly AnyObject[]).map((option) => {
		const {ask: _ask, to, ...rest} = option.shape;
		const action = (to as z.ZodLiteral).value;
		return strict({user: userIdSchema.describe('Who did it (for a sign-in: whose account, from one of their clients).'), did: z.literal(action), ...rest, ...(action === 'sign-in' ? signInFacts : {}), ...timing});
	}) as unknown as [AnyObject, ...AnyObject[]],
	{error: unknownOption('user action', 'did', askStepTypes)},
);

function eventMessage(input: unknown): string {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return 'expected a history event: a map with admin: (and by:), or user: and did:';
	}

	if (Object.hasOwn(input, 'admin') && Object.hasOwn(input, 'did')) {
		return 'a history event is an admin action (admin:, by:) or a user action (user:, did:), not both';
	}

	if (Object.hasOwn(input, 'ask') || Object.hasOwn(input, 'to')) {
		return 'history has no ask:/to: (nobody asked): write what the person did as user: <id>, did: <action>';
	}

	if (Object.hasOwn(input, 'user') && !Object.hasOwn(input, 'did') && !Object.hasOwn(input, 'admin')) {
		return `a user event needs "did": what the person did, one of ${askStepTypes.join(', ')}`;
	}

	return 'expected a history event: a map with admin: (and by:), or user: and did:';
}

/** One history event, with its cross-field rules (one time, one credential, `every` only with `times`). */
const historyEventSchema = z.union([adminEventSchema, userEventSchema], {error: (issue) => eventMessage(issue.input)}).superRefine((event, context) => {
	const value = event as HistoryTiming & {readonly password?: unknown; readonly appPassword?: unknown};
	if (value.minutesBeforeStart === undefined && value.at === undefined) {
		context.addIssue({code: 'custom', message: 'needs a time: minutesBeforeStart: <minutes> or at: <ISO time before startsAt>', path: []});
	}

	if (value.minutesBeforeStart !== undefined && value.at !== undefined) {
		context.addIssue({code: 'custom', message: 'give minutesBeforeStart or at, not both', path: ['at']});
	}

	if (value.every !== undefined && value.times === undefined) {
		context.addIssue({code: 'custom', message: 'every needs times: how often it happened', path: ['every']});
	}

	if (value.password !== undefined && value.appPassword !== undefined) {
		context.addIssue({code: 'custom', message: 'give password or appPassword, not both: a client sends one secret', path: ['appPassword']});
	}
});

/**
 * `history:` what happened before the ticket (sign-in attempts, admin and user actions), replayed through the
 * same engine as play when the scenario starts, so the sign-in and audit logs already hold its rows.
 */
export const historySchema = z
	.array(historyEventSchema)
	.max(historyLimits.maxEvents)
	.describe(
		'What happened before the ticket, replayed through the engine at start: the sign-in and audit logs show it. Each event is an admin action (admin:, by:) or a user action (user:, did:, e.g. did: sign-in), at minutesBeforeStart or at.',
	) as unknown as z.ZodType<HistoryEvent[], unknown[]>;
