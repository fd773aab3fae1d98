import {useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import {glyphsFor, paint, truncate, type DisplayMode} from '../app/display.js';
import {PlainFrame, plainFrameRows} from '../app/plain-frame.js';
import type {PickerData, PlayEntry} from '../app/play-controller.js';
import {windowStart} from '../hooks/use-list-cursor.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {bindingOf, footerHints, keysText} from '../key-bindings.js';
import {filterEntries, filterLabel, historyText, pickerColumns, pickerFilters, rowCells, sortEntries} from './picker-model.js';

/** Where the picker was: which filter and which scenario (kept while a scenario is played). */
export type PickerPosition = {readonly filter: number; readonly scenarioId?: string};

/** Props of PickerScreen. */
export type PickerScreenProps = {
	readonly data: PickerData;
	readonly trainee: string;
	readonly cohort?: string | undefined;
	/** Sentences to show above the list (a progress file kept aside, a failed save). */
	readonly notices: readonly string[];
	readonly position: PickerPosition;
	readonly onOpen: (entry: PlayEntry, position: PickerPosition) => void;
	readonly onQuit: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
	/** False while the terminal is too small to show it: keys typed then do nothing. @default true */
	readonly isActive?: boolean;
};

const fixedRows = 5;

/**
 * The scenario picker: every scenario with topic, difficulty, time limit, a ✓ when the trainee
 * solved it, their best score and a resume marker; ←→ filter by topic (or the trainee's cohort),
 * ↑↓ select, Enter opens the ticket (or the offer to resume). It only dispatches.
 */
export function PickerScreen({data, trainee, cohort, notices, position, onOpen, onQuit, display, width, height, isActive = true}: PickerScreenProps) {
	const filters = useMemo(() => pickerFilters(data, cohort), [data, cohort]);
	const {timeLimit} = data;
	const sorted = useMemo(() => sortEntries(data.entries), [data.entries]);
	const [filterIndex, setFilterIndex] = useState(() => Math.min(position.filter, filters.length - 1));
	const filter = filters[filterIndex] ?? filters[0]!;
	const entries = useMemo(() => filterEntries(sorted, filter), [sorted, filter]);
	const [cursor, setCursor] = useState(() => ({selected: Math.max(0, entries.findIndex((entry) => entry.loaded.scenario.id === position.scenarioId)), start: 0}));
	const shownNotices = notices.slice(-2);
	const listRows = Math.max(3, height - plainFrameRows - fixedRows - shownNotices.length);
	const selected = Math.min(cursor.selected, Math.max(0, entries.length - 1));
	const start = windowStart(entries.length, selected, listRows, cursor.start);
	const move = (delta: number) => {
		const next = Math.min(Math.max(0, selected + delta), Math.max(0, entries.length - 1));
		setCursor({selected: next, start: windowStart(entries.length, next, listRows, start)});
	};

	useKeyIntents(['picker'], (intent) => {
		const moves: Partial<Record<typeof intent, number>> = {'picker.up': -1, 'picker.down': 1, 'picker.page-up': -listRows, 'picker.page-down': listRows};
		const delta = moves[intent];
		if (delta !== undefined) {
			move(delta);
		} else if (intent === 'picker.topic-next' || intent === 'picker.topic-previous') {
			setFilterIndex((index) => (index + (intent === 'picker.topic-next' ? 1 : -1) + filters.length) % filters.length);
			setCursor({selected: 0, start: 0});
		} else if (intent === 'picker.open') {
			const entry = entries[selected];
			if (entry !== undefined) {
				onOpen(entry, {filter: filterIndex, scenarioId: entry.loaded.scenario.id});
			}
		} else if (intent === 'picker.quit') {
			onQuit();
		}
	}, {isActive});

	const glyphs = glyphsFor(display);
	const muted = paint(display, 'muted');
	const c = pickerColumns;
	// Under a topic filter every row has the same topic: the title gets its column.
	const topicWidth = filter.kind === 'topic' ? 0 : c.topic;
	const doneWidth = glyphs.ok.length + 1;
	const titleWidth = Math.max(10, width - c.pointer - doneWidth - topicWidth - c.difficulty - c.time - c.best - c.resume);
	const topicCell = (text: string) => (topicWidth === 0 ? '' : cell(text, topicWidth));
	const cell = (text: string, size: number) => truncate(text, size - 1, display).padEnd(size);
	const current = entries[selected];
	const who = `Trainee ${trainee}${cohort === undefined ? '' : ` ${glyphs.dot} cohort ${cohort}`}`;
	const limit = timeLimit === undefined ? '' : `  ${glyphs.dot} ${timeLimit} simulated minutes each`;
	return (
		<PlainFrame title="Pick a scenario" right={who} hints={footerHints(['picker'], display.unicode)} display={display} width={width} height={height}>
			{shownNotices.map((notice, index) => (
				<Text key={`notice-${index}`} {...paint(display, 'warn')}>
					{truncate(notice, width, display)}
				</Text>
			))}
			<Text>
				<Text bold {...paint(display, 'focus')}>{filterLabel(filter)}</Text>
				<Text {...muted}>{` (${entries.length} of ${data.entries.length})${limit}`}</Text>
			</Text>
			<Text {...muted}>{`${' '.repeat(c.pointer + doneWidth)}${cell('Title', titleWidth)}${topicCell('Topic')}${cell('Difficulty', c.difficulty)}${cell('Time', c.time)}${cell('Best', c.best)}`}</Text>
			<Box flexDirection="column" height={listRows}>
				{entries.length === 0 ? <Text {...muted}>{`No scenario here. ${keysText(bindingOf('picker.topic-next'), display.unicode, true)} for another topic.`}</Text> : null}
				{entries.slice(start, start + listRows).map((entry, index) => {
					const isSelected = start + index === selected;
					const row = rowCells(entry, timeLimit);
					return (
						<Text key={entry.loaded.scenario.id} inverse={isSelected} bold={isSelected}>
							{isSelected ? `${glyphs.pointer} ` : '  '}
							<Text {...paint(display, row.done ? 'ok' : undefined)}>{row.done ? `${glyphs.ok} ` : ' '.repeat(doneWidth)}</Text>
							{cell(row.title, titleWidth)}
							{topicCell(row.topic)}
							{cell(row.difficulty, c.difficulty)}
							{cell(row.time, c.time)}
							{cell(row.best, c.best)}
							<Text {...paint(display, row.resume ? 'warn' : undefined)}>{row.resume ? 'resume' : ''}</Text>
						</Text>
					);
				})}
			</Box>
			<Text {...muted}>{glyphs.rule.repeat(width)}</Text>
			<Text bold>{truncate(current?.loaded.scenario.title ?? '', width, display)}</Text>
			<Text {...muted}>{current === undefined ? '' : truncate(`${current.loaded.scenario.id} ${glyphs.dot} ${historyText(current)}${data.problems > 0 ? ` ${glyphs.dot} ${data.problems} file(s) did not load (mfadesk lint)` : ''}`, width, display)}</Text>
		</PlainFrame>
	);
}
