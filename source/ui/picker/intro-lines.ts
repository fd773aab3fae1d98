import {findUser} from '../../domain/tenant/tenant.js';
import type {Scenario} from '../../scenario/schema/scenario-schema.js';
import type {Glyphs, Tone} from '../app/display.js';
import {actorText} from '../app/header.js';
import type {PreparedAttempt} from '../app/play-controller.js';
import {changesText} from '../app/progress-words.js';
import {wrapLines} from '../app/text.js';
import {realTimeWarningLines, type WarningForm} from './real-time-warning.js';

/** A piece of an intro line in one style. */
export type IntroSpan = {readonly text: string; readonly tone?: Tone; readonly bold?: boolean};

/** One row of the ticket intro, already wrapped to the width. */
export type IntroLine = readonly IntroSpan[];

const channelWords: Readonly<Record<NonNullable<Scenario['ticket']['channel']>, string>> = {
	email: 'by email',
	phone: 'on the phone',
	chat: 'in chat',
	'walk-up': 'at the desk',
};

/** The facts line under the ticket: time limit, par and hints. Pure. */
export function attemptFacts(variant: Scenario, dot: string): string {
	const hints = (variant.hints ?? []).length;
	const limit = variant.timeLimit === undefined ? 'No time limit' : `Time limit ${variant.timeLimit} simulated minutes`;
	const hintText = hints === 0 ? 'no hints' : `${hints} hint${hints === 1 ? '' : 's'} (they cost points)`;
	return `${limit} ${dot} par ${changesText(variant.par)} ${dot} ${hintText}`;
}

/** How the intro is laid out: blank lines between blocks, how much of the real-time warning, the closing prompt. */
type Layout = {readonly margins: boolean; readonly warning: WarningForm; readonly prompt: boolean};

/** Roomiest first: each step gives up a little, so the ticket's own words always fit before anything else is cut. */
const layouts: readonly Layout[] = [
	{margins: true, warning: 'full', prompt: true},
	{margins: false, warning: 'full', prompt: true},
	{margins: false, warning: 'bullets', prompt: true},
	{margins: false, warning: 'paragraph', prompt: true},
	{margins: false, warning: 'paragraph', prompt: false},
];

const plain = (text: string, tone?: Tone, bold?: boolean): IntroLine => [{text, ...(tone === undefined ? {} : {tone}), ...(bold ? {bold} : {})}];

function laidOut(prepared: PreparedAttempt, busy: string | undefined, width: number, glyphs: Glyphs, layout: Layout): readonly IntroLine[] {
	const {variant, initial} = prepared;
	const {ticket} = variant;
	const blocks: Array<readonly IntroLine[]> = [];
	const from = findUser(initial.state.tenant, ticket.from)?.displayName ?? ticket.from;
	const channel = ticket.channel === undefined ? '' : ` ${channelWords[ticket.channel]}`;
	blocks.push([
		[{text: 'Ticket from ', bold: true}, {text: from, tone: 'user', bold: true}, {text: channel, tone: 'muted', bold: true}],
		...(ticket.subject === undefined ? [] : wrapLines(`Subject: ${ticket.subject}`, width).map((line) => plain(line))),
	]);
	blocks.push(wrapLines(ticket.text, width - 4).map((line) => plain(`  ${line}`)));
	const tried = (ticket.tried ?? []).flatMap((each) => wrapLines(each, width - 4).map((line, index) => plain(`  ${index === 0 ? glyphs.bullet : ' '} ${line}`)));
	if (tried.length > 0) {
		blocks.push([plain('What they tried', undefined, true), ...tried]);
	}

	blocks.push([
		...wrapLines(attemptFacts(variant, glyphs.dot), width).map((line) => plain(line)),
		...wrapLines(`You are signed in as ${actorText(initial.state, glyphs.dot, true)}.`, width).map((line) => plain(line, 'muted')),
	]);
	if (prepared.realTime !== undefined) {
		const warning = realTimeWarningLines(prepared.realTime, width, glyphs, layout.warning);
		blocks.push(warning.lines.map((line, index) => plain(line, warning.tone, warning.tone === 'warn' && index === 0)));
	}

	if (layout.prompt || busy !== undefined) {
		blocks.push(busy === undefined ? [plain('Press Enter to start, Esc to go back.', 'focus', true)] : [plain(busy, 'warn')]);
	}

	return blocks.flatMap((block, index) => (index > 0 && layout.margins ? [plain(''), ...block] : block));
}

/**
 * The ticket before the clock starts, as lines that fit `rows`: who reports, in their words, what they
 * tried, the time limit, who you are signed in as, with `--real-time` what the jump to today crosses, and
 * the prompt. In a small terminal the blank lines go first, then the warning shortens, then the prompt
 * (the footer says the same); beyond that the frame clips the end. Pure.
 */
export function introLines(prepared: PreparedAttempt, busy: string | undefined, width: number, rows: number, glyphs: Glyphs): readonly IntroLine[] {
	let lines: readonly IntroLine[] = [];
	for (const layout of layouts) {
		lines = laidOut(prepared, busy, width, glyphs, layout);
		if (lines.length <= rows) {
			break;
		}
	}

	return lines;
}
