import {plural} from '../../domain/common/plural.js';
import {elapsedWords} from '../../scenario/grading/elapsed-words.js';
import type {GradeCheck} from '../../scenario/grading/grade-check.js';
import {namingStates} from '../../scenario/grading/script-naming.js';
import {maxScore} from '../app/attempt-result.js';
import type {DebriefData, SaveResult} from '../app/play-controller.js';
import type {Glyphs, Tone} from '../app/display.js';
import {changesText} from '../app/progress-words.js';
import {wrapLines} from '../app/text.js';
import {referenceStepText} from './reference-steps.js';
import {timelineEntries} from './timeline.js';

/** One line of the debrief, already wrapped to the width. */
export type DebriefLine = {readonly text: string; readonly tone?: Tone; readonly bold?: boolean};

/** Where each section starts (line index), for jumping and for tests. */
export type DebriefSection = 'summary' | 'goal' | 'red-flags' | 'score' | 'timeline' | 'solution' | 'debrief';

/** The debrief as lines, and the line each section starts at. */
export type DebriefText = {readonly lines: readonly DebriefLine[]; readonly sections: Readonly<Record<DebriefSection, number>>};


/**
 * The headline: resolved, resolved with red flags, not resolved, or given up (and then whether the
 * tenant already met the goal, which decides the record's outcome as for a submitted fix). Pure.
 */
export function outcomeText(data: DebriefData): {readonly text: string; readonly tone: Tone} {
	const raised = data.grade.redFlags.filter((flag) => flag.raised).length;
	if (data.end === 'give-up') {
		if (data.grade.passed) {
			return {text: 'You gave up, but the tenant already meets the goal and no red flag was raised: the attempt is recorded as passed.', tone: 'ok'};
		}

		const why = data.grade.goal.passed ? ` (the goal is met, but ${plural(raised, 'red flag')} ${raised === 1 ? 'was' : 'were'} raised)` : '';
		return {text: `You gave up: the attempt is recorded as failed${why}. Here is what the tenant looked like, and the answer.`, tone: 'warn'};
	}

	if (data.grade.passed) {
		return {text: 'Resolved: the goal is met and no red flag was raised.', tone: 'ok'};
	}

	return data.grade.goal.passed
		? {text: `The goal is met, but ${plural(raised, 'red flag')} ${raised === 1 ? 'was' : 'were'} raised: not passed.`, tone: 'fail'}
		: {text: 'Not resolved: the goal is not met.', tone: 'fail'};
}

/**
 * Where a scrolled view is, as lines (`lines 12-40 of 70`): a percentage next to the score read as a second grade.
 * `top` is the first line shown (0-based), `shown` how many are on screen. Pure.
 */
export function scrollPosition(top: number, shown: number, total: number): string {
	const first = Math.min(total, top + 1);
	const last = Math.min(total, top + Math.max(1, shown));
	return `lines ${first}-${last} of ${total}`;
}

/** Where the attempt was saved, in words. Pure. */
export function savedText(saved: SaveResult): {readonly text: string; readonly tone: Tone} {
	switch (saved.kind) {
		case 'file': {
			return {text: `Saved in ${saved.path}.`, tone: 'muted'};
		}

		case 'memory': {
			return {text: 'Not saved (--no-save): progress is kept in memory until you quit.', tone: 'muted'};
		}

		case 'error': {
			return {text: `The attempt could not be saved: ${saved.message}`, tone: 'fail'};
		}
	}
}

/**
 * The debrief as wrapped lines: outcome and score; the goal, expected vs actual with the
 * explanation; the red flags raised with their penalty and the author's sentence; the score
 * breakdown; the timeline of what was done; the reference solution (in the workspace's words for
 * each action); the scenario's debrief paragraph and the plausible wrong remedies. Pure.
 */
export function debriefText(data: DebriefData, width: number, glyphs: Glyphs): DebriefText {
	const lines: DebriefLine[] = [];
	// `lead` starts the first line as it is (spaces kept); the wrapped lines hang under the text after it.
	const add = (text: string, options: {readonly tone?: Tone; readonly bold?: boolean; readonly indent?: number; readonly lead?: string} = {}): void => {
		const indent = ' '.repeat(options.indent ?? 0);
		const lead = options.lead ?? '';
		for (const [index, line] of wrapLines(text, width - indent.length - lead.length).entries()) {
			lines.push({text: `${indent}${index === 0 ? lead : ' '.repeat(lead.length)}${line}`, ...(options.tone === undefined ? {} : {tone: options.tone}), ...(options.bold ? {bold: true} : {})});
		}
	};

	const heading = (text: string): void => {
		lines.push({text: ''});
		lines.push({text, bold: true, tone: 'accent'});
	};

	const sections: Record<DebriefSection, number> = {summary: 0, goal: 0, 'red-flags': 0, score: 0, timeline: 0, solution: 0, debrief: 0};
	const {grade, variant, session} = data;
	const outcome = outcomeText(data);
	add(outcome.text, {tone: outcome.tone, bold: true});
	const minutes = Math.round(grade.elapsedMinutes * 10) / 10;
	const limit = variant.timeLimit === undefined ? '' : ` of ${variant.timeLimit}`;
	add(`Score ${grade.score.total}/${maxScore} ${glyphs.dot} ${changesText(grade.actions)} (par ${variant.par}) ${glyphs.dot} ${minutes}${limit} simulated minutes ${glyphs.dot} ${plural(session.hintsRevealed, 'hint')}`, {bold: true});
	const saved = savedText(data.saved);
	add(saved.text, {tone: saved.tone});

	const check = (each: GradeCheck, mark: string, tone: Tone): void => {
		add(each.label, {tone, bold: true, lead: `${mark} `});
		add(each.expected, {indent: 4, lead: 'expected: '});
		add(each.actual, {indent: 4, lead: 'actual:   '});
		add(each.explanation, {indent: 4, tone: 'muted'});
	};

	sections.goal = lines.length + 1;
	heading(`Goal: ${grade.goal.passed ? 'met' : 'not met'} (expected vs actual)`);
	for (const each of grade.goal.checks) {
		check(each, each.passed ? glyphs.ok : glyphs.fail, each.passed ? 'ok' : 'fail');
	}

	sections['red-flags'] = lines.length + 1;
	const raised = grade.redFlags.filter((flag) => flag.raised);
	heading(`Red flags: ${raised.length === 0 ? 'none raised' : `${raised.length} raised`}`);
	if (raised.length === 0) {
		add(`${glyphs.ok} Nothing insecure or harmful was done (${plural(grade.redFlags.length, 'red flag')} watched).`, {tone: 'ok'});
	}

	for (const flag of raised) {
		const where = flag.matchedTurns.length === 0 ? '' : ` (action ${flag.matchedTurns.map((turn) => turn + 1).join(', ')})`;
		add(`${flag.label}${where} (-${flag.penalty} points)`, {tone: 'fail', bold: true, lead: `${glyphs.fail} `});
		add(flag.expected, {indent: 4, lead: 'expected: '});
		add(flag.actual, {indent: 4, lead: 'actual:   '});
		add(flag.explanation, {indent: 4});
	}

	sections.score = lines.length + 1;
	heading('Score');
	for (const line of grade.score.breakdown) {
		add(line.detail, {indent: 2, lead: `${line.component.padEnd(11)}${String(line.points).padStart(4)} / ${String(line.max).padEnd(4)}`});
	}

	add('', {indent: 2, bold: true, lead: `${'total'.padEnd(11)}${String(grade.score.total).padStart(4)} / ${maxScore}`});

	sections.timeline = lines.length + 1;
	heading('Timeline: what you did');
	const entries = timelineEntries(session);
	if (entries.length === 0) {
		add('Nothing was done.', {indent: 2, tone: 'muted'});
	}

	// The clock, then the time since the start ("09:02 (2 min in)"): a bare "+2m" read as how long the action took.
	const stamps = entries.map((entry) => `${entry.time} (${elapsedWords(entry.minute)} in)`);
	const stampWidth = Math.max(0, ...stamps.map((stamp) => stamp.length)) + 2;
	for (const [index, entry] of entries.entries()) {
		const stamp = (stamps[index] ?? '').padEnd(stampWidth);
		add(`${entry.what}${entry.refusal === undefined ? '' : ` ${glyphs.dot} refused: ${entry.refusal}`}`, {indent: 2, lead: stamp, ...(entry.refusal === undefined ? {} : {tone: 'warn'})});
		for (const signIn of entry.signIns) {
			add(`sign-in log: ${signIn}`, {indent: 2 + stamp.length, tone: 'muted'});
		}

		for (const words of entry.said) {
			add(words, {indent: 2 + stamp.length, tone: 'user'});
		}
	}

	sections.solution = lines.length + 1;
	const reference = variant.solutions[0]!;
	heading(`Reference solution: ${reference.name}`);
	// Each step named as it stands then: after "upgrade Outlook 2010", the next step's client is the new Outlook.
	const naming = namingStates(reference.steps, session.initial);
	for (const [index, step] of reference.steps.entries()) {
		const number = `${index + 1}. `;
		add(referenceStepText(step, naming[index] ?? session.initial), {indent: 2, lead: number});
		if (step.note !== undefined) {
			add(step.note, {indent: 2 + number.length, tone: 'muted'});
		}
	}

	for (const other of variant.solutions.slice(1)) {
		add(`Also accepted: ${other.name} (${plural(other.steps.length, 'step')})`, {indent: 2, tone: 'muted'});
	}

	sections.debrief = lines.length + 1;
	heading('Debrief');
	if (variant.debrief !== undefined) {
		add(variant.debrief, {indent: 2});
	}

	const wrong = variant.wrongRemedies ?? [];
	if (wrong.length > 0) {
		lines.push({text: ''});
		add('Plausible, but wrong:', {indent: 2, bold: true});
		for (const remedy of wrong) {
			add(`${remedy.name}: ${remedy.why}`, {indent: 2, lead: `${glyphs.bullet} `});
		}
	}

	lines.push({text: ''});
	add(`Seed ${data.seed}: the same seed gives the same variant (mfadesk play ${variant.id} --seed ${data.seed}).`, {tone: 'muted'});
	return {lines, sections};
}
