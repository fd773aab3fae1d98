import {describe, expect, test} from 'vitest';
import {startSession, takeTurn} from '../../../source/domain/session/play-session.js';
import type {RedFlag} from '../../../source/scenario/schema/scenario-schema.js';
import type {Session} from '../../../source/services/session-service.js';
import {timeLimitStatus} from '../../../source/ui/app/attempt-controls.js';
import {redFlagId} from '../../../source/ui/app/attempt-result.js';
import {progressChanges} from '../../../source/ui/app/progress-sync.js';
import {filterEntries, pickerFilters, rowCells} from '../../../source/ui/picker/picker-model.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {builtInScenarios} from './play-harness.js';

const wait = (minutes: number) => ({kind: 'wait', minutes}) as const;

function played(session: Session, ...minutes: number[]): Session {
	return minutes.reduce((each, count) => takeTurn(each, wait(count), {kind: 'wait', milliseconds: count * 60_000}), session);
}

describe('saving an attempt as it is played', () => {
	const start: Session = startSession(priyaState());

	test('a new turn saves its intent and the simulated clock after it', () => {
		const next = played(start, 5);
		expect(progressChanges(start, next)).toEqual([{kind: 'turn', intent: wait(5), simulatedAt: start.initial.now + 5 * 60_000}]);
	});

	test('undo, reset and hints', () => {
		const two = played(start, 5, 10);
		expect(progressChanges(two, {...two, turns: two.turns.slice(0, 1)})).toEqual([{kind: 'undo'}]);
		expect(progressChanges(two, {...two, turns: []})).toEqual([{kind: 'reset'}]);
		expect(progressChanges(two, {...two, hintsRevealed: 1})).toEqual([{kind: 'hints', revealed: 1}]);
		expect(progressChanges(two, two)).toEqual([]);
	});
});

describe('the time-limit indicator', () => {
	test('muted, then a warning from 80 %, then over', () => {
		const session: Session = startSession(priyaState());
		expect(timeLimitStatus(session, 15)).toEqual({text: '0/15 min', tone: 'muted', over: false});
		expect(timeLimitStatus(played(session, 12), 15)).toEqual({text: '12/15 min', tone: 'warn', over: false});
		expect(timeLimitStatus(played(session, 16), 15)).toEqual({text: '16/15 min over', tone: 'fail', over: true});
	});
});

describe('red flag ids', () => {
	test('the same in every variant: place in the file and what the flag watches', () => {
		const flag = (when: RedFlag['when']): RedFlag => ({when, penalty: 10, debrief: 'x'});
		expect(redFlagId(flag({action: 'require-re-register-mfa', user: 'priya'}), 1)).toBe('2-require-re-register-mfa');
		expect(redFlagId(flag({not: {perUserMfa: {user: 'priya', is: 'enforced'}}}), 0)).toBe('1-not-per-user-mfa');
		expect(redFlagId(flag({setting: {appPasswordsAllowed: true}}), 2)).toBe('3-setting');
	});
});

describe('the picker', () => {
	test('filters by topic, and by the cohort a trainer set up', async () => {
		const entries = (await builtInScenarios()).map((loaded) => ({loaded, status: undefined}));
		const data = {entries, problems: 0, cohortScenarioIds: ['codes-wrong-number', 'outlook-2013-prompts']};
		const filters = pickerFilters(data, 'Helpdesk March');
		expect(filters[0]).toEqual({kind: 'cohort', name: 'Helpdesk March', ids: data.cohortScenarioIds});
		expect(filters[1]).toEqual({kind: 'all'});
		expect(filterEntries(entries, filters[0]!).map((entry) => entry.loaded.scenario.id).sort()).toEqual(['codes-wrong-number', 'outlook-2013-prompts']);
		const codes = filterEntries(entries, {kind: 'topic', topic: 'missing-codes'});
		expect(codes.length).toBeGreaterThan(2);
		expect(codes.every((entry) => entry.loaded.scenario.topic === 'missing-codes')).toBe(true);
		expect(pickerFilters({...data, cohortScenarioIds: []}, 'Helpdesk March')[0]).toEqual({kind: 'all'});
	});

	test('a row: done, best score, resume marker; a trainer\'s time limit wins', async () => {
		const loaded = (await builtInScenarios()).find((each) => each.scenario.id === 'codes-wrong-number')!;
		const row = rowCells({loaded, status: {attempts: 3, done: true, best: {total: 85, max: 100}, resumable: true}}, undefined);
		expect(row).toEqual({done: true, title: 'The text with my sign-in code never comes', topic: 'missing codes', difficulty: 'beginner', time: '15m', best: '85', resume: true});
		expect(rowCells({loaded, status: undefined}, 30)).toMatchObject({done: false, best: '-', time: '30m', resume: false});
	});
});
