import {z} from 'zod';
import {adminRoleSchema} from './domain-enums.js';
import {goalSchema} from './goal-schema.js';
import {historySchema} from './history-schema.js';
import {isoInstantSchema, labelSchema, redFlagIdSchema, scenarioIdSchema, strict, textSchema, userIdSchema} from './primitives.js';
import {adminStepTypes, askStepTypes, stepSchema} from './step-schema.js';
import {tenantOverridesSchema} from './tenant-overrides-schema.js';
import {scenarioTopics} from '../scenario-topics.js';

// Defined without zod so listings can use them without loading the schema; re-exported for existing imports.
export {difficultyLabels, scenarioTopics, type ScenarioTopic} from '../scenario-topics.js';

/**
 * Matches a trainee action (a step) for red flags: `action` is an admin command or a user action type,
 * `user` narrows to steps about that user, `with` to steps whose fields have these values.
 */
export const actionMatcherSchema = strict({
	action: z.enum([...adminStepTypes, ...askStepTypes]),
	user: userIdSchema.optional(),
	with: z.record(z.string().max(64), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).optional(),
});

/** An insecure or harmful end state or action, with its penalty and the sentence the debrief shows. */
export const redFlagSchema = strict({
	id: redFlagIdSchema
		.optional()
		.describe('Stable id for reports (unique in the file); default: derived from the position and what it watches, e.g. 2-require-re-register-mfa.'),
	when: z.union([actionMatcherSchema, goalSchema], {error: 'expected a goal predicate (end state) or an action matcher {action: <step type>, user?, with?}'}),
	penalty: z.number().int().min(0).max(100),
	debrief: textSchema,
	label: labelSchema
		.optional()
		.describe('What went wrong, as the debrief titles the raised flag; default: generated from `when`, e.g. "Priya Patel\'s per-user MFA is no longer Enforced".'),
});

/** A hint, revealed in order; its cost is taken from the score. */
export const hintSchema = strict({text: textSchema, cost: z.number().int().min(0).max(100)});

const steps = z.array(stepSchema).min(1, 'needs at least one step').max(200);

/** A reference solution: a named, non-empty list of steps that must meet the goal without red flags. */
export const solutionSchema = strict({name: labelSchema, steps, note: textSchema.optional()});

/** A plausible but wrong remedy: it must fail the goal or raise a red flag; `why` is shown in the debrief. */
export const wrongRemedySchema = strict({name: labelSchema, steps, why: textSchema});

/** A seeded variable's choices: strings (numbers are accepted and become strings). */
const choicesSchema = z
	.array(z.union([z.string().min(1).max(200), z.number()]).transform(String))
	.min(1, 'needs at least one choice')
	.max(50);

/** The scenario file (DESIGN section 3). */
export const scenarioSchema = strict({
	$schema: z.string().optional(),
	id: scenarioIdSchema,
	title: labelSchema,
	topic: z.enum(scenarioTopics),
	difficulty: z.number().int().min(1).max(5).describe('1 beginner, 2 easy, 3 intermediate, 4 advanced, 5 expert.'),
	startsAt: isoInstantSchema
		.refine((text) => Date.parse(text) >= Date.UTC(2000, 0, 1) && Date.parse(text) < Date.UTC(2100, 0, 1), 'expected a date from 2000 to 2099: the simulator models Microsoft 365 in its MFA years')
		.describe('Simulated start; decides the era (e.g. before 1 Oct 2022 app passwords work for Exchange).'),
	timeLimit: z.number().int().min(1).max(480).optional().describe('Minutes.'),
	summary: textSchema.optional().describe('For trainers: what the scenario teaches.'),
	actor: strict({
		user: userIdSchema.describe("The trainee's admin account in the tenant."),
		roles: z.array(adminRoleSchema).min(1).optional().describe("Replaces the account's roles for this scenario."),
	}),
	ticket: strict({
		from: userIdSchema,
		channel: z.enum(['email', 'phone', 'chat', 'walk-up']).optional(),
		subject: labelSchema.optional(),
		text: textSchema.describe("The problem in the user's own words."),
		tried: z.array(textSchema).optional().describe('What the user already tried.'),
	}),
	tenant: tenantOverridesSchema,
	history: historySchema.optional(),
	goal: goalSchema,
	redFlags: z.array(redFlagSchema).max(50).optional(),
	hints: z.array(hintSchema).max(20).optional(),
	par: z
		.number()
		.int()
		.min(1)
		.max(100)
		.describe('Changes an expert makes, the safety steps the debrief recommends included: admin commands, remedies asked of the user, escalations. Sign-ins, waits and refused actions are free.'),
	solutions: z.array(solutionSchema).min(1, 'needs at least one reference solution').max(20),
	wrongRemedies: z.array(wrongRemedySchema).max(20).optional(),
	debrief: textSchema.optional().describe('Root cause and explanation shown after the attempt.'),
	variables: z
		.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected a variable name (letters, digits, _)'), choicesSchema)
		.optional()
		.describe('Seeded randomisation: name -> choices, used as ${name} in strings.'),
});

/** A validated scenario, before variables are substituted. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A red-flag matcher on trainee actions. */
export type ActionMatcher = z.output<typeof actionMatcherSchema>;
/** A red flag. */
export type RedFlag = z.output<typeof redFlagSchema>;
