import {difficultyLabels, scenarioTopics, type ScenarioTopic} from '../../scenario/scenario-topics.js';
import type {PickerData, PlayEntry} from '../app/play-controller.js';

/** What the list shows: everything, one topic, or the scenarios of the trainee's cohort. */
export type PickerFilter = {readonly kind: 'all'} | {readonly kind: 'cohort'; readonly name: string; readonly ids: readonly string[]} | {readonly kind: 'topic'; readonly topic: ScenarioTopic};

/** Short topic names for the list (the schema's values are kebab-case). */
export const topicLabels: Readonly<Record<ScenarioTopic, string>> = {
	'missing-codes': 'missing codes',
	'missing-prompts': 'missing prompts',
	'legacy-app-logins': 'legacy apps',
	'lost-device': 'lost device',
	compromise: 'compromise',
	lockout: 'lockout',
	registration: 'registration',
	policy: 'policy',
};

/** The difficulty's name: `beginner` ... `expert`. */
export function difficultyLabel(difficulty: number): string {
	return difficultyLabels[difficulty as keyof typeof difficultyLabels] ?? String(difficulty);
}

/** The scenarios in list order: by topic (as the schema lists topics), then difficulty, then title. Pure. */
export function sortEntries(entries: readonly PlayEntry[]): readonly PlayEntry[] {
	const rank = (topic: ScenarioTopic): number => scenarioTopics.indexOf(topic);
	return entries.toSorted((left, right) => {
		const a = left.loaded.scenario;
		const b = right.loaded.scenario;
		return rank(a.topic) - rank(b.topic) || a.difficulty - b.difficulty || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
	});
}

/** The filters ←→ cycle through: the cohort first when there is one, then all, then each topic present. Pure. */
export function pickerFilters(data: PickerData, cohort: string | undefined): readonly PickerFilter[] {
	const present = new Set(data.entries.map((entry) => entry.loaded.scenario.topic));
	const topics = scenarioTopics.filter((topic) => present.has(topic)).map((topic): PickerFilter => ({kind: 'topic', topic}));
	const cohortFilter: PickerFilter[] = cohort !== undefined && data.cohortScenarioIds !== undefined && data.cohortScenarioIds.length > 0 ? [{kind: 'cohort', name: cohort, ids: data.cohortScenarioIds}] : [];
	return [...cohortFilter, {kind: 'all'}, ...topics];
}

/** The entries a filter keeps, in list order. Pure. */
export function filterEntries(entries: readonly PlayEntry[], filter: PickerFilter): readonly PlayEntry[] {
	switch (filter.kind) {
		case 'all': {
			return entries;
		}

		case 'cohort': {
			return entries.filter((entry) => filter.ids.includes(entry.loaded.scenario.id));
		}

		case 'topic': {
			return entries.filter((entry) => entry.loaded.scenario.topic === filter.topic);
		}
	}
}

/** A filter in words: `All topics`, `Topic: missing codes`, `Cohort helpdesk-march`. Pure. */
export function filterLabel(filter: PickerFilter): string {
	switch (filter.kind) {
		case 'all': {
			return 'All topics';
		}

		case 'cohort': {
			return `Cohort ${filter.name}`;
		}

		case 'topic': {
			return `Topic: ${topicLabels[filter.topic]}`;
		}
	}
}

/** Column widths of a list row (the title takes what is left; the done mark takes its glyph and a space). */
export const pickerColumns = {pointer: 2, topic: 16, difficulty: 13, time: 6, best: 6, resume: 6} as const;

/** The cells of one row: done mark, title, topic, difficulty, time limit, best score, resume marker. Pure. */
export function rowCells(entry: PlayEntry, timeLimit: number | undefined): {readonly done: boolean; readonly title: string; readonly topic: string; readonly difficulty: string; readonly time: string; readonly best: string; readonly resume: boolean} {
	const {scenario} = entry.loaded;
	const limit = timeLimit ?? scenario.timeLimit;
	return {
		done: entry.status?.done ?? false,
		title: scenario.title,
		topic: topicLabels[scenario.topic],
		difficulty: difficultyLabel(scenario.difficulty),
		time: limit === undefined ? '-' : `${limit}m`,
		best: entry.status?.best === undefined ? '-' : String(entry.status.best.total),
		resume: entry.status?.resumable ?? false,
	};
}

/** One sentence about the selected scenario's history for this trainee. Pure. */
export function historyText(entry: PlayEntry): string {
	const status = entry.status;
	if (status === undefined || status.attempts === 0) {
		return 'Not attempted yet.';
	}

	const attempts = `${status.attempts} attempt${status.attempts === 1 ? '' : 's'}`;
	const best = status.best === undefined ? '' : `, best ${status.best.total}/${status.best.max}`;
	const done = status.done ? ', solved' : '';
	const resume = status.resumable ? '; an unfinished attempt can be resumed' : '';
	return `${attempts}${best}${done}${resume}.`;
}
