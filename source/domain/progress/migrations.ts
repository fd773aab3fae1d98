import {z} from 'zod';
import {describeFirstIssue, progressSchema} from './progress-schema.js';
import {currentSchemaVersion, type AttemptRecord, type ProgressData, type TraineeRecord} from './records.js';

/** What reading a parsed progress file gave. */
export type LoadResult =
	| {readonly kind: 'ok'; readonly data: ProgressData; /** Set when the file was in an older layout. */ readonly migratedFrom?: number}
	/** Not a progress file this build can make sense of: the caller keeps it aside. */
	| {readonly kind: 'invalid'; readonly reason: string}
	/** Written by a newer mfadesk: valid for it, so it must be left alone. */
	| {readonly kind: 'newer'; readonly version: number};

/**
 * The v0 layout (the pre-release draft, no `schemaVersion`): trainee names as strings, `scenario`
 * for the id, a 0-100 `score`, `passed`, a `hints` count and `actions` with the simulated time.
 */
const v0Schema = z.object({
	trainees: z.array(z.string()).default([]),
	attempts: z
		.array(
			z.object({
				id: z.string(),
				trainee: z.string(),
				scenario: z.string(),
				seed: z.union([z.string(), z.number()]),
				actions: z.array(z.object({intent: z.json(), at: z.number()})).default([]),
				hints: z.number().int().min(0).default(0),
				score: z.number().nullable().optional(),
				passed: z.boolean().optional(),
				startedAt: z.string(),
				finishedAt: z.string().nullable().optional(),
			}),
		)
		.default([]),
});

type V0 = z.infer<typeof v0Schema>;

function migrateV0(old: V0): unknown {
	const attempts = old.attempts.map((each): AttemptRecord => {
		const finishedAt = each.finishedAt ?? undefined;
		const elapsed = finishedAt === undefined ? 0 : Math.max(0, Date.parse(finishedAt) - Date.parse(each.startedAt));
		return {
			id: each.id,
			trainee: each.trainee,
			scenarioId: each.scenario,
			// v0 did not record the scenario file's hash.
			scenarioHash: 'unknown',
			seed: String(each.seed),
			transcript: each.actions.map((action) => ({intent: action.intent, simulatedAt: action.at, wallAt: each.startedAt})),
			hintsRevealed: each.hints,
			elapsedMs: Number.isFinite(elapsed) ? elapsed : 0,
			startedAt: each.startedAt,
			updatedAt: finishedAt ?? each.startedAt,
			inProgress: finishedAt === undefined,
			redFlags: [],
			...(finishedAt === undefined ? {} : {finishedAt, outcome: each.passed === true ? 'passed' : 'failed'}),
			...(each.score === null || each.score === undefined ? {} : {score: {total: each.score, max: 100, breakdown: []}}),
		};
	});
	const firstSeen = (trainee: string): string =>
		attempts
			.filter((attempt) => attempt.trainee === trainee)
			.map((attempt) => attempt.startedAt)
			.sort()[0] ?? '1970-01-01T00:00:00.000Z';
	const names = [...new Set([...old.trainees, ...attempts.map((attempt) => attempt.trainee)])];
	const trainees = names.map((name): TraineeRecord => ({name, firstSeenAt: firstSeen(name)}));
	return {schemaVersion: 1, trainees, cohorts: [], sessions: [], attempts};
}

/** One step per old version: `steps[n]` turns a valid version-n file into a version-(n+1) value. */
const steps: ReadonlyArray<(raw: unknown) => {readonly ok: true; readonly value: unknown} | {readonly ok: false; readonly reason: string}> = [
	(raw) => {
		const parsed = v0Schema.safeParse(raw);
		return parsed.success ? {ok: true, value: migrateV0(parsed.data)} : {ok: false, reason: `schema v0 file: ${describeFirstIssue(parsed.error)}`};
	},
];

function versionOf(raw: unknown): number | undefined {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return undefined;
	}

	const version = (raw as {schemaVersion?: unknown}).schemaVersion;
	if (version === undefined) {
		return 0;
	}

	return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : undefined;
}

/** Migrates a parsed progress file to the current layout and validates it. Pure; never throws. */
export function loadProgress(raw: unknown): LoadResult {
	const version = versionOf(raw);
	if (version === undefined) {
		return {kind: 'invalid', reason: 'expected a JSON object with a numeric schemaVersion'};
	}

	if (version > currentSchemaVersion) {
		return {kind: 'newer', version};
	}

	let value = raw;
	for (let step = version; step < currentSchemaVersion; step++) {
		const migrate = steps[step];
		const result = migrate ? migrate(value) : {ok: false as const, reason: `no migration from schema v${step}`};
		if (!result.ok) {
			return {kind: 'invalid', reason: result.reason};
		}

		value = result.value;
	}

	const parsed = progressSchema.safeParse(value);
	if (!parsed.success) {
		return {kind: 'invalid', reason: describeFirstIssue(parsed.error)};
	}

	// The schema mirrors the record types; zod's inferred optionals (`T | undefined`) differ only on paper.
	const data = parsed.data as ProgressData;
	return version === currentSchemaVersion ? {kind: 'ok', data} : {kind: 'ok', data, migratedFrom: version};
}
