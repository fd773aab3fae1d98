import type {UserId} from '../../domain/common/ids.js';
import type {Instant} from '../../domain/common/time.js';
import type {UserActionRejection} from '../../domain/user/outcome.js';
import type {Session} from '../../services/session-service.js';
import {askLabel} from '../../services/ask-labels.js';

/** One line of the conversation with the person, like a chat transcript. */
export type ChatLine = {
	/** `trainee` asked, `user` answered in their own words, `note` is what the simulator says (a refusal). */
	readonly speaker: 'trainee' | 'user' | 'note';
	readonly text: string;
	readonly at: Instant;
	/** Index of the turn the line belongs to. */
	readonly turn: number;
};

/**
 * The conversation with one person, oldest first: each "ask the user to ..." turn gives the
 * request, then the person's `user-said` events of that turn (or, when the action was refused,
 * what they said and why it was refused). Pure.
 */
export function conversation(session: Session, userId: UserId): readonly ChatLine[] {
	const lines: ChatLine[] = [];
	for (const [index, turn] of session.turns.entries()) {
		if (turn.intent.kind !== 'user' || turn.intent.intent.userId !== userId) {
			continue;
		}

		const before = index === 0 ? session.initial : session.turns[index - 1]?.state ?? session.initial;
		lines.push({speaker: 'trainee', text: askLabel(turn.intent.intent, before), at: turn.state.now, turn: index});
		for (const event of turn.events) {
			if (event.type === 'user-said' && event.userId === userId) {
				lines.push({speaker: 'user', text: event.text, at: event.at, turn: index});
			}
		}

		const rejection: UserActionRejection | undefined = turn.rejection;
		if (rejection !== undefined) {
			// The simulator's note first, so the person's own words end the turn.
			lines.push({speaker: 'note', text: rejection.message, at: turn.state.now, turn: index});
			if (rejection.userSaid !== undefined) {
				lines.push({speaker: 'user', text: rejection.userSaid, at: turn.state.now, turn: index});
			}
		}
	}

	return lines;
}

/** What the person said in the last turn of the session (empty when the last turn was not theirs). */
export function lastWords(session: Session): readonly string[] {
	const turn = session.turns.at(-1);
	if (turn === undefined) {
		return [];
	}

	const said = turn.events.flatMap((event) => (event.type === 'user-said' ? [event.text] : []));
	const rejection: UserActionRejection | undefined = turn.rejection;
	return rejection?.userSaid === undefined ? said : [...said, rejection.userSaid];
}
