import {compareNames, compareText, nameKey, sameName} from './names.js';
import {sortProgress} from './progress-changes.js';
import type {AttemptRecord, ProgressData} from './records.js';

/** Which part of the progress a report covers. */
export type ReportFilters = {readonly trainee?: string; readonly cohort?: string};

/** Where a trainee stands on a scenario, best first: one passed attempt makes it `passed`. */
export type ReportStatus = 'passed' | 'in progress' | 'failed' | 'abandoned' | 'not started';

/** One red flag across a trainee's attempts at a scenario. */
export type ReportRedFlag = {readonly id: string; readonly count: number; readonly totalPenalty: number};

/** One trainee at one scenario. */
export type ReportRow = {
	readonly trainee: string;
	readonly scenarioId: string;
	readonly cohorts: readonly string[];
	readonly status: ReportStatus;
	/** Every attempt, finished or not. */
	readonly attempts: number;
	readonly passed: number;
	readonly failed: number;
	readonly abandoned: number;
	readonly inProgress: number;
	readonly bestScore?: {readonly total: number; readonly max: number};
	/** Wall-clock time spent playing, over all attempts. */
	readonly totalMs: number;
	/** Hints revealed, over all attempts. */
	readonly hintsUsed: number;
	readonly redFlags: readonly ReportRedFlag[];
	readonly lastPlayedAt?: string;
};

/** A report: its rows and the progress it was computed from (what a JSON export carries for merging). */
export type ProgressReport = {
	readonly filters: ReportFilters;
	readonly rows: readonly ReportRow[];
	readonly progress: ProgressData;
};

function statusOf(attempts: readonly AttemptRecord[]): ReportStatus {
	const order: readonly ReportStatus[] = ['passed', 'in progress', 'failed', 'abandoned'];
	const statuses = new Set(attempts.map((each): ReportStatus => (each.inProgress ? 'in progress' : (each.outcome ?? 'abandoned'))));
	return order.find((status) => statuses.has(status)) ?? 'not started';
}

function redFlagsOf(attempts: readonly AttemptRecord[]): ReportRedFlag[] {
	const byId = new Map<string, ReportRedFlag>();
	for (const flag of attempts.flatMap((each) => each.redFlags)) {
		const known = byId.get(flag.id) ?? {id: flag.id, count: 0, totalPenalty: 0};
		byId.set(flag.id, {id: flag.id, count: known.count + 1, totalPenalty: known.totalPenalty + flag.penalty});
	}

	return [...byId.values()].sort((left, right) => compareText(left.id, right.id));
}

function rowOf(trainee: string, scenarioId: string, attempts: readonly AttemptRecord[], cohorts: readonly string[]): ReportRow {
	const count = (test: (attempt: AttemptRecord) => boolean): number => attempts.filter(test).length;
	const scores = attempts.flatMap((each) => (each.score ? [each.score] : []));
	const best = scores.reduce<(typeof scores)[number] | undefined>((top, each) => (top === undefined || each.total > top.total ? each : top), undefined);
	const lastPlayedAt = attempts.map((each) => each.updatedAt).sort().at(-1);
	return {
		trainee,
		scenarioId,
		cohorts,
		status: statusOf(attempts),
		attempts: attempts.length,
		passed: count((each) => each.outcome === 'passed'),
		failed: count((each) => each.outcome === 'failed'),
		abandoned: count((each) => each.outcome === 'abandoned'),
		inProgress: count((each) => each.inProgress),
		...(best ? {bestScore: {total: best.total, max: best.max}} : {}),
		totalMs: attempts.reduce((sum, each) => sum + each.elapsedMs, 0),
		hintsUsed: attempts.reduce((sum, each) => sum + each.hintsRevealed, 0),
		redFlags: redFlagsOf(attempts),
		...(lastPlayedAt === undefined ? {} : {lastPlayedAt}),
	};
}

/** The part of the progress the filters select; cohorts and sessions follow the attempts kept. */
export function filterProgress(data: ProgressData, filters: ReportFilters): ProgressData {
	const {trainee, cohort} = filters;
	const attempts = data.attempts.filter(
		(each) => (trainee === undefined || sameName(each.trainee, trainee)) && (cohort === undefined || (each.cohort !== undefined && sameName(each.cohort, cohort))),
	);
	const cohortKeys = new Set(attempts.flatMap((each) => (each.cohort === undefined ? [] : [nameKey(each.cohort)])));
	const keepCohort = (name: string): boolean => (cohort === undefined ? trainee === undefined || cohortKeys.has(nameKey(name)) : sameName(name, cohort));
	const traineeKeys = new Set(attempts.map((each) => nameKey(each.trainee)));
	const keepTrainee = (name: string): boolean =>
		trainee === undefined ? cohort === undefined || traineeKeys.has(nameKey(name)) : sameName(name, trainee);
	return sortProgress({
		schemaVersion: data.schemaVersion,
		trainees: data.trainees.filter((each) => keepTrainee(each.name)),
		cohorts: data.cohorts.filter((each) => keepCohort(each.name)),
		sessions: data.sessions.filter((each) => keepCohort(each.cohort)),
		attempts,
	});
}

/** The filters as the data spells the names (`--cohort helpdesk march` finds "Helpdesk March"). */
function spelledFilters(progress: ProgressData, filters: ReportFilters): ReportFilters {
	const spelled = (name: string, known: readonly string[]): string => known.find((each) => sameName(each, name)) ?? name;
	const cohorts = [...progress.cohorts.map((each) => each.name), ...progress.attempts.flatMap((each) => (each.cohort === undefined ? [] : [each.cohort]))];
	return {
		...(filters.trainee === undefined ? {} : {trainee: spelled(filters.trainee, progress.trainees.map((each) => each.name))}),
		...(filters.cohort === undefined ? {} : {cohort: spelled(filters.cohort, cohorts)}),
	};
}

/** Cohort membership by name key: a trainee belongs to the cohorts their attempts name. */
function membershipsOf(attempts: readonly AttemptRecord[]): Map<string, Set<string>> {
	const memberships = new Map<string, Set<string>>();
	for (const attempt of attempts) {
		if (attempt.cohort !== undefined) {
			memberships.set(nameKey(attempt.trainee), (memberships.get(nameKey(attempt.trainee)) ?? new Set()).add(nameKey(attempt.cohort)));
		}
	}

	return memberships;
}

/**
 * Aggregates attempts per trainee and scenario, sorted by trainee then scenario. A cohort's
 * scenarios that one of its trainees has not attempted yet get a `not started` row.
 */
export function buildReport(data: ProgressData, filters: ReportFilters): ProgressReport {
	const progress = filterProgress(data, filters);
	const groups = new Map<string, {trainee: string; scenarioId: string; attempts: AttemptRecord[]}>();
	const keyOf = (trainee: string, scenarioId: string): string => `${nameKey(trainee)}\u0000${scenarioId}`;
	for (const attempt of progress.attempts) {
		const key = keyOf(attempt.trainee, attempt.scenarioId);
		const group = groups.get(key) ?? {trainee: attempt.trainee, scenarioId: attempt.scenarioId, attempts: []};
		group.attempts.push(attempt);
		groups.set(key, group);
	}

	const memberships = membershipsOf(progress.attempts);
	const isMember = (trainee: string, cohort: string): boolean => memberships.get(nameKey(trainee))?.has(nameKey(cohort)) ?? false;
	for (const cohort of progress.cohorts) {
		for (const trainee of progress.trainees.filter((each) => isMember(each.name, cohort.name))) {
			for (const scenarioId of cohort.scenarioIds.filter((id) => !groups.has(keyOf(trainee.name, id)))) {
				groups.set(keyOf(trainee.name, scenarioId), {trainee: trainee.name, scenarioId, attempts: []});
			}
		}
	}

	const cohortsOf = (trainee: string, scenarioId: string, attempts: readonly AttemptRecord[]): string[] => {
		const named = attempts.flatMap((each) => (each.cohort === undefined ? [] : [each.cohort]));
		const planned = progress.cohorts.filter((cohort) => cohort.scenarioIds.includes(scenarioId) && isMember(trainee, cohort.name)).map((cohort) => cohort.name);
		return [...new Map([...named, ...planned].map((name) => [nameKey(name), name])).values()].sort(compareNames);
	};

	const displayName = (name: string): string => progress.trainees.find((each) => sameName(each.name, name))?.name ?? name;
	const rows = [...groups.values()]
		.map((group) => rowOf(displayName(group.trainee), group.scenarioId, group.attempts, cohortsOf(group.trainee, group.scenarioId, group.attempts)))
		.sort((left, right) => compareNames(left.trainee, right.trainee) || compareText(left.scenarioId, right.scenarioId));
	return {filters: spelledFilters(progress, filters), rows, progress};
}
