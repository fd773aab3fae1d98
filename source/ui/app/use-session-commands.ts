import {useCallback, useMemo, useRef, useState} from 'react';
import {revealHint as revealNextHint} from '../../domain/session/play-session.js';
import {catchUp, signInWithTypedCode, type TypedCodeSignIn} from '../../services/real-time.js';
import type {SessionIntent} from '../../services/session-service.js';
import {useSessionActions, useSessionView} from '../contexts/session-context.js';
import {describeIntent} from '../../services/describe-intent.js';
import {noRollback, type RealTimeMode} from './real-time-mode.js';
import type {Notice} from './status-line.js';

const busyNotice: Notice = {text: 'Still working on the last action.', tone: 'warn'};

/** A notice of the shell's own and the outside message showing when it was raised. */
type RaisedNotice = {readonly notice: Notice | undefined; readonly under: string | undefined};

const externalNotice = (text: string | undefined): Notice | undefined => (text === undefined ? undefined : {text, tone: 'warn'});

/** The shell's way of changing the session: one intent at a time, failures reported, never thrown. */
export type SessionCommands = {
	/** Plays an intent unless one is still resolving (then says so). */
	readonly play: (intent: SessionIntent) => void;
	/** Undoes the last turn, or says there is nothing to undo. */
	readonly undo: () => void;
	/** Back to the initial state (ask first: the caller confirms). */
	readonly reset: () => void;
	/** Reveals the next of `count` hints (ask first: it costs points); false when none was revealed (busy, none left). */
	readonly revealHint: (count: number) => boolean;
	/** Real time only: the person signs in with a code typed from the trainee's own app. */
	readonly typeCode: (request: TypedCodeSignIn, description: string) => void;
	/** Whether an intent is being resolved right now (ending or checking must wait). */
	readonly isBusy: () => boolean;
	/** Shows a message of the shell's own in the status line. */
	readonly say: (notice: Notice) => void;
	/** What is being played right now, in words. */
	readonly pending: string | undefined;
	/** The shell's last message for the status line. */
	readonly notice: Notice | undefined;
};

/**
 * Wraps the session actions for the shell: a second key press while an intent resolves (argon2,
 * TOTP) is refused instead of queued, unexpected failures become a status-line notice, and undo
 * and reset say what they did.
 */
export function useSessionCommands(external?: string, realTime?: RealTimeMode): SessionCommands {
	const {session, state} = useSessionView();
	const actions = useSessionActions();
	const current = useRef(session);
	current.current = session;
	// A message from outside (a resume, a save that failed) shows whenever it changes, until the shell raises one of its
	// own. Derived from the message each notice was raised under, not set in an effect: an effect would run after the
	// frame, and could cover a notice a key raised in between.
	const externalNow = useRef(external);
	externalNow.current = external;
	const [raised, setRaised] = useState<RaisedNotice>(() => ({notice: externalNotice(external), under: external}));
	const setNotice = useCallback((next: Notice | undefined) => {
		setRaised({notice: next, under: externalNow.current});
	}, []);
	const notice = useMemo(() => (external !== undefined && external !== raised.under ? externalNotice(external) : raised.notice), [external, raised]);
	const [pending, setPending] = useState<string>();
	const playing = useRef(false);
	const play = useCallback(
		(intent: SessionIntent) => {
			if (playing.current) {
				setNotice(busyNotice);
				return;
			}

			playing.current = true;
			setNotice(undefined);
			setPending(describeIntent(intent, state));
			// Real time: a wait turn up to the wall clock first; its change starts the next turn's stream.
			const caughtUp = realTime === undefined ? current.current : catchUp(current.current, realTime.clock);
			if (caughtUp !== current.current) {
				actions.replace(caughtUp);
			}

			actions
				.play(intent)
				.catch((error: unknown) => {
					setNotice({text: `That failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`, tone: 'fail'});
				})
				.finally(() => {
					playing.current = false;
					setPending(undefined);
				});
		},
		[actions, state, realTime],
	);
	const typeCode = useCallback(
		(request: TypedCodeSignIn, description: string) => {
			if (realTime === undefined || playing.current) {
				setNotice(realTime === undefined ? {text: 'Codes from your own app can be typed only with --real-time.', tone: 'warn'} : busyNotice);
				return;
			}

			playing.current = true;
			setNotice(undefined);
			setPending(description);
			signInWithTypedCode(current.current, request, realTime.clock, realTime.deps, {startTurn: realTime.startTurn})
				.then(actions.replace)
				.catch((error: unknown) => {
					setNotice({text: `That failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`, tone: 'fail'});
				})
				.finally(() => {
					playing.current = false;
					setPending(undefined);
				});
		},
		[actions, realTime],
	);
	const undo = useCallback(() => {
		if (realTime !== undefined) {
			setNotice(noRollback('Undo'));
			return;
		}

		const last = session.turns.at(-1);
		if (last === undefined || playing.current) {
			setNotice(last === undefined ? {text: 'Nothing to undo.', tone: 'warn'} : busyNotice);
			return;
		}

		const before = session.turns.at(-2)?.state ?? session.initial;
		actions.undo();
		setNotice({text: `Undone: ${describeIntent(last.intent, before)}`, tone: 'muted'});
	}, [actions, session, realTime]);
	const reset = useCallback(() => {
		if (realTime !== undefined) {
			setNotice(noRollback('Reset'));
			return;
		}

		if (playing.current) {
			setNotice(busyNotice);
			return;
		}

		actions.reset();
		setNotice({text: 'The scenario is back at the start.', tone: 'muted'});
	}, [actions, realTime]);
	const revealHint = useCallback(
		(count: number) => {
			if (playing.current) {
				setNotice(busyNotice);
				return false;
			}

			const next = revealNextHint(session, count);
			if (next.hintsRevealed === session.hintsRevealed) {
				setNotice({text: count === 0 ? 'This scenario has no hints.' : 'Every hint is already revealed.', tone: 'warn'});
				return false;
			}

			actions.replace(next);
			setNotice({text: `Hint ${next.hintsRevealed} of ${count} revealed; it stays on the Ticket screen (1).`, tone: 'muted'});
			return true;
		},
		[actions, session],
	);
	const isBusy = useCallback(() => playing.current, []);
	return {play, typeCode, undo, reset, revealHint, isBusy, say: setNotice, pending, notice};
}
