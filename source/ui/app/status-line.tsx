import {memo} from 'react';
import {Text} from 'ink';
import type {Session} from '../../services/session-service.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {lastWords} from '../user-side/conversation.js';
import {describeIntent} from '../../services/describe-intent.js';
import {escalationTipFor} from './escalation-tip.js';
import {glyphsFor, paint, truncate, type DisplayMode, type Tone} from './display.js';
import {formatTime} from './text.js';

/** A message from the shell itself (e.g. "Nothing to undo"), shown until the next action. */
export type Notice = {
	readonly text: string;
	readonly tone: Tone;
};

/** What the status line says about the last turn: what was done, then the refusal or the person's words. Pure. */
export function lastTurnStatus(session: Session, display: DisplayMode): Notice {
	const index = session.turns.length - 1;
	const turn = session.turns[index];
	if (turn === undefined) {
		return {text: 'Nothing done yet: read the ticket, investigate, fix, then ask the user to try.', tone: 'muted'};
	}

	const glyphs = glyphsFor(display);
	const before = session.turns[index - 1]?.state ?? session.initial;
	const time = formatTime(turn.state.now);
	const action = describeIntent(turn.intent, before);
	const what = `${time} ${action}`;
	const words = lastWords(session);
	const speaker = turn.intent.kind === 'user' ? findUser(turn.state.tenant, turn.intent.intent.userId)?.displayName.split(' ')[0] : undefined;
	if (words.length > 0 && speaker !== undefined) {
		return {text: `${what} ${glyphs.dot} ${speaker}: "${words.join(' ')}"`, tone: turn.rejection === undefined ? 'user' : 'warn'};
	}

	if (turn.rejection !== undefined) {
		// A role refusal is long and the line is cut at the edge, so the way on (escalate) comes before the action.
		return escalationTipFor(turn.rejection) === undefined
			? {text: `${glyphs.fail} ${what}: ${turn.rejection.message}`, tone: 'fail'}
			: {text: `${glyphs.fail} ${time} Your role may not do this; to hand it on, press : and type escalate. (${action})`, tone: 'fail'};
	}

	return {text: `${glyphs.ok} ${what}`, tone: 'ok'};
}

/** Props of StatusLine. */
export type StatusLineProps = {
	readonly session: Session;
	/** What is being played right now, if anything. */
	readonly pending: string | undefined;
	readonly notice: Notice | undefined;
	readonly display: DisplayMode;
	readonly width: number;
};

function StatusText({session, pending, notice, display, width}: StatusLineProps) {
	const status: Notice = pending === undefined ? notice ?? lastTurnStatus(session, display) : {text: `${pending}${glyphsFor(display).ellipsis}`, tone: 'warn'};
	return <Text {...paint(display, status.tone)}>{truncate(status.text, width, display)}</Text>;
}

/**
 * One line under the screen: what is happening, the shell's notice, or the outcome of the last turn.
 * Memoised: the session, the notice and the display keep their identity until they change.
 */
export const StatusLine = memo(StatusText);
