import type {Glyphs} from '../app/display.js';
import type {Tone} from '../app/display.js';
import type {RealTimeJump} from '../app/play-controller.js';
import {formatClock, wrapLines} from '../app/text.js';

/** How much of the warning there is room for: all of it, the changes as bullets under one line, or one paragraph. */
export type WarningForm = 'full' | 'bullets' | 'paragraph';

/**
 * What the ticket intro says about `--real-time`, wrapped to the width: the jump from the ticket's date to
 * today, each dated change in between as a bullet, and that the ticket may not reproduce today (a warning);
 * only the clock and the lost undo when nothing dated changed (muted). Shorter forms keep every change for
 * small terminals. Pure.
 */
export function realTimeWarningLines(jump: RealTimeJump, width: number, glyphs: Glyphs, form: WarningForm = 'full'): {readonly lines: readonly string[]; readonly tone: Tone} {
	const dates = `from this ticket's date, ${formatClock(jump.from)}, to today, ${formatClock(jump.to)}`;
	if (jump.eraChanges.length === 0) {
		return {lines: wrapLines(`Real time: the clock moves ${dates}; no dated fact changed in between. Undo and reset are off.`, width), tone: 'muted'};
	}

	const count = jump.eraChanges.length;
	const changes = count === 1 ? 'this dated change' : `these ${count} dated changes`;
	const bullets = jump.eraChanges.flatMap((change) => wrapLines(change, width - 4).map((line, index) => `  ${index === 0 ? glyphs.bullet : ' '} ${line}`));
	switch (form) {
		case 'full': {
			return {
				lines: [
					...wrapLines(`Real time: the clock moves ${dates}, and ${changes} came in between:`, width),
					...bullets,
					...wrapLines(
						'The ticket may not reproduce today: what it describes may now behave differently, or not happen at all. The history before the ticket keeps its own dates. Play without --real-time to see it as written; undo and reset are off.',
						width,
					),
				],
				tone: 'warn',
			};
		}

		case 'bullets': {
			return {lines: [...wrapLines(`Real time: today is after ${changes}, so the ticket may not reproduce:`, width), ...bullets], tone: 'warn'};
		}

		case 'paragraph': {
			return {lines: wrapLines(`Real time: today is after ${changes}, so the ticket may not reproduce: ${jump.eraChanges.join('; ')}.`, width), tone: 'warn'};
		}
	}
}
