import {plural} from '../../domain/common/plural.js';

/**
 * How the workspace counts an attempt, in one vocabulary: *changes* are what count against par (accepted
 * admin commands, remedies asked of the user, escalations: `countActions` in grade-attempt.ts); *actions*
 * are every turn taken, investigation included (sign-ins, waits, refused commands are free). The header,
 * the debrief, the resume offer and the resumed notice all say it this way.
 */


/** `1 change`, `3 changes`: what counts against par. Pure. */
export function changesText(count: number): string {
	return plural(count, 'change');
}

/** `1 action`, `12 actions`: every turn taken. Pure. */
export function actionsText(count: number): string {
	return plural(count, 'action');
}

/** `1 hint`, `2 hints`. Pure. */
export function hintsText(count: number): string {
	return plural(count, 'hint');
}

/** How far an unfinished attempt got, as the resume offer says it (changes are known only once replayed). Pure. */
export function attemptProgressText(actions: number, hints: number): string {
	return `${actionsText(actions)} taken${actions === 0 ? '' : ' (investigation included)'}, ${hintsText(hints)} revealed`;
}

/** `Resumed: 12 actions replayed (3 changes), 1 hint revealed.`: the header shows the same 3 changes. Pure. */
export function resumedText(actions: number, changes: number, hints: number): string {
	const replayed = actions === 0 ? 'nothing to replay' : `${actionsText(actions)} replayed (${changes === 0 ? 'no changes' : changesText(changes)})`;
	return `Resumed: ${replayed}${hints > 0 ? `, ${hintsText(hints)} revealed` : ''}.`;
}
