import {useRef, type Dispatch, type SetStateAction} from 'react';
import {useSessionView} from '../contexts/session-context.js';
import type {AttemptControls} from './attempt-controls.js';
import {hintTitle, type RevealedHint} from './hint-overlay.js';
import type {ConfirmAction, Overlay, QuestionContext} from './overlays.js';
import type {AttemptAction} from './palette-commands.js';
import type {SessionCommands} from './use-session-commands.js';

const busyNotice = {text: 'Still working on the last action.', tone: 'warn'} as const;

/** The workspace's handling of the attempt's own actions. */
export type AttemptActions = {
	/** A key or palette command asked for an attempt action: check at once, ask first for the others. */
	readonly start: (action: AttemptAction) => void;
	/** The answer to an attempt question (hint, submit, give up). */
	readonly confirm: (action: ConfirmAction, yes: boolean) => void;
	readonly questions: QuestionContext;
};

/**
 * Dispatches "check my fix", hints, submit and give up to the attempt's controls: the workspace
 * asks before anything that costs points or ends the attempt, and never while an action resolves.
 * A hint once revealed shows where it was asked for: over the screen, or in the status line on the Ticket screen.
 */
export function useAttemptActions(
	attempt: AttemptControls | undefined,
	commands: SessionCommands,
	setOverlay: Dispatch<SetStateAction<Overlay>>,
	onTicketScreen: boolean,
): AttemptActions {
	const {session} = useSessionView();
	const latest = useRef(session);
	latest.current = session;
	const checks = useRef(0);
	const hints = attempt?.hints ?? [];
	const next = hints[session.hintsRevealed];
	const questions: QuestionContext = {
		playing: attempt !== undefined,
		...(next === undefined ? {} : {nextHint: {number: session.hintsRevealed + 1, of: hints.length, cost: next.cost}}),
	};

	const check = (controls: AttemptControls) => {
		const run = ++checks.current;
		const settle = (overlay: Overlay) => setOverlay((current) => (current.kind === 'check' && run === checks.current ? overlay : current));
		setOverlay({kind: 'check', check: {kind: 'running'}});
		controls.onCheck(latest.current).then(
			(result) => settle({kind: 'check', check: {kind: 'done', result}}),
			(error: unknown) => settle({kind: 'check', check: {kind: 'error', message: error instanceof Error ? error.message : String(error)}}),
		);
	};

	return {
		questions,
		start(action) {
			if (attempt === undefined) {
				return;
			}

			if (commands.isBusy()) {
				commands.say(busyNotice);
				return;
			}

			if (action === 'check') {
				check(attempt);
			} else if (action === 'hint' && next === undefined) {
				commands.revealHint(hints.length);
			} else {
				setOverlay({kind: 'confirm', action});
			}
		},
		confirm(action, yes) {
			if (!yes || attempt === undefined) {
				return;
			}

			if (commands.isBusy()) {
				commands.say(busyNotice);
			} else if (action === 'hint') {
				if (commands.revealHint(hints.length) && next !== undefined) {
					const hint: RevealedHint = {number: session.hintsRevealed + 1, of: hints.length, cost: next.cost, text: next.text};
					// The Ticket screen lists the hints: the status line reads it out there, elsewhere it covers the screen.
					if (onTicketScreen) {
						commands.say({text: `${hintTitle(hint)}: ${hint.text}`, tone: 'muted'});
					} else {
						setOverlay({kind: 'hint', hint});
					}
				}
			} else if (action === 'submit' || action === 'give-up') {
				attempt.onEnd(action, latest.current);
			}
		},
	};
}
