import type {AttemptHint} from './attempt-controls.js';
import type {Tone} from './display.js';
import {wrapLines} from './text.js';

/** One row of the Ticket screen. */
export type TicketRow = {readonly text: string; readonly tone?: Tone; readonly bold?: boolean};

/** The ticket as the user wrote it (the subject and what they tried when the scenario gives them). */
export type Ticket = {
	readonly from: string;
	readonly text: string;
	readonly subject?: string | undefined;
	readonly tried?: readonly string[] | undefined;
};

/** The ticket's rows, wrapped to the width: who, subject, the text, what they tried. Pure. */
export function ticketRows(ticket: Ticket, width: number, bullet: string): readonly TicketRow[] {
	const rows: TicketRow[] = [{text: `Ticket from ${ticket.from}`, bold: true}];
	if (ticket.subject !== undefined) {
		rows.push({text: `Subject: ${ticket.subject}`});
	}

	rows.push(...wrapLines(ticket.text, width - 2).map((line): TicketRow => ({text: ` ${line}`})));
	const tried = ticket.tried ?? [];
	if (tried.length > 0) {
		rows.push({text: ''}, {text: 'What they tried', bold: true});
		for (const each of tried) {
			rows.push(...wrapLines(each, width - 4).map((line, index): TicketRow => ({text: `${index === 0 ? ` ${bullet}` : '  '} ${line}`})));
		}
	}

	return rows;
}

/** The hints' rows: the revealed ones with their cost, and how to reveal the next. Pure. */
export function hintRows(hints: readonly AttemptHint[], revealed: number, width: number, revealKey: string): readonly TicketRow[] {
	if (hints.length === 0) {
		return [{text: ''}, {text: 'This scenario has no hints.', tone: 'muted'}];
	}

	const shown = hints.slice(0, revealed);
	const spent = shown.reduce((sum, hint) => sum + hint.cost, 0);
	const rows: TicketRow[] = [{text: ''}, {text: `Hints: ${shown.length} of ${hints.length} revealed${spent > 0 ? ` (-${spent} points)` : ''}`, bold: true}];
	for (const [index, hint] of shown.entries()) {
		const prefix = `${index + 1}. `;
		rows.push(...wrapLines(`${hint.text} (${hint.cost} points)`, width - prefix.length - 1).map((line, part): TicketRow => ({text: `${part === 0 ? prefix : ' '.repeat(prefix.length)}${line}`, tone: 'accent'})));
	}

	const next = hints[revealed];
	if (next !== undefined) {
		rows.push({text: `${revealKey} in the menu reveals hint ${revealed + 1} for ${next.cost} point${next.cost === 1 ? '' : 's'}.`, tone: 'muted'});
	}

	return rows;
}
