import {z} from 'zod';
import {isValidName, nameRule, normaliseName, scenarioIdPattern} from './names.js';
import {currentSchemaVersion, type JsonValue} from './records.js';

/**
 * The zod schema of a current (v1) progress file, checked every time the file is read. Fields
 * this version does not know are dropped; a layout change must bump `schemaVersion` so older
 * builds refuse the file instead of losing data (see migrations.ts).
 */
const wallTime = z.iso.datetime({offset: false});
const count = z.number().int().min(0).max(1_000_000);
const name = z
	.string()
	.max(200)
	.refine((text) => text === normaliseName(text) && isValidName(text), `expected a name of ${nameRule}`);
const scenarioId = z.string().max(80).regex(scenarioIdPattern, 'expected a kebab-case scenario id');
const recordId = z.string().min(1).max(100).regex(/^[\w.:-]+$/, 'expected an id of letters, digits, ".", ":", "-" or "_"');
const timeLimit = z.number().int().min(1).max(24 * 60);
const points = z.number().finite().min(-100_000).max(100_000);

const traineeSchema = z.object({name, firstSeenAt: wallTime});

const cohortSchema = z.object({
	name,
	scenarioIds: z.array(scenarioId).max(500),
	timeLimitMinutes: timeLimit.optional(),
	createdAt: wallTime,
	updatedAt: wallTime,
	endedAt: wallTime.optional(),
});

const sessionSchema = z.object({
	id: recordId,
	cohort: name,
	scenarioIds: z.array(scenarioId).max(500),
	timeLimitMinutes: timeLimit.optional(),
	startedAt: wallTime,
});

/** A JSON value, checked by hand: z.json() costs ~10x more and runs on every save of every turn. */
function isJsonValue(value: unknown, depth = 0): boolean {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') {
		return true;
	}

	if (typeof value === 'number') {
		return Number.isFinite(value);
	}

	if (depth > 32 || typeof value !== 'object') {
		return false;
	}

	return Array.isArray(value) ? value.every((each) => isJsonValue(each, depth + 1)) : Object.values(value).every((each) => isJsonValue(each, depth + 1));
}

const transcriptEntrySchema = z.object({intent: z.custom<JsonValue>((value) => isJsonValue(value), 'expected a JSON value'), simulatedAt: z.number().finite(), wallAt: wallTime});

const scoreSchema = z.object({
	total: points,
	max: points,
	breakdown: z.array(z.object({item: z.string().min(1).max(200), points, max: points.optional()})).max(200),
});

/** One attempt; `inProgress`, `outcome` and `finishedAt` must agree. */
export const attemptSchema = z
	.object({
		id: recordId,
		trainee: name,
		cohort: name.optional(),
		scenarioId,
		scenarioHash: z.string().min(1).max(200),
		seed: z.string().max(100),
		realTimeStart: z.number().int().min(0).max(8.64e15).optional(),
		transcript: z.array(transcriptEntrySchema).max(100_000),
		hintsRevealed: count,
		elapsedMs: z.number().int().min(0),
		startedAt: wallTime,
		updatedAt: wallTime,
		inProgress: z.boolean(),
		finishedAt: wallTime.optional(),
		outcome: z.enum(['passed', 'failed', 'abandoned']).optional(),
		score: scoreSchema.optional(),
		redFlags: z.array(z.object({id: z.string().min(1).max(200), penalty: points})).max(200),
	})
	.refine((attempt) => attempt.inProgress === (attempt.outcome === undefined), {message: 'an attempt has an outcome exactly when it is not in progress', path: ['outcome']})
	.refine((attempt) => attempt.inProgress === (attempt.finishedAt === undefined), {message: 'an attempt has finishedAt exactly when it is not in progress', path: ['finishedAt']});

/** A whole v1 progress file. */
export const progressSchema = z.object({
	schemaVersion: z.literal(currentSchemaVersion),
	trainees: z.array(traineeSchema),
	cohorts: z.array(cohortSchema),
	sessions: z.array(sessionSchema),
	attempts: z.array(attemptSchema),
});

/** The first problem zod found, as `path: message` (e.g. `attempts[3].score.total: expected number`). */
export function describeFirstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) {
		return 'does not match the progress format';
	}

	const where = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
	return where === '' ? issue.message : `${where}: ${issue.message}`;
}
