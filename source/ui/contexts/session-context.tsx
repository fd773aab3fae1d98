import {createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode} from 'react';
import {currentState, resetSession, undoTurn} from '../../domain/session/play-session.js';
import type {Instant} from '../../domain/common/time.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {Deps} from '../../services/deps.js';
import {playIntent, type Session, type SessionIntent} from '../../services/session-service.js';

/** What screens read: the session, its current state, and whether an intent is being resolved. */
export type SessionView = {
	readonly session: Session;
	readonly state: SimState;
	readonly busy: boolean;
	/**
	 * When the session started (its initial state's clock): log rows before it are the scenario's seeded
	 * history, the ticket's evidence, rather than what the trainee did.
	 */
	readonly startedAt: Instant;
};

/** What screens call: every change to the simulation goes through these. */
export type SessionActions = {
	/** Resolves the intent's facts (hashing, TOTP) and takes the turn. */
	readonly play: (intent: SessionIntent) => Promise<void>;
	readonly undo: () => void;
	readonly reset: () => void;
	/** Replaces the session wholesale (e.g. revealing a hint, resuming). */
	readonly replace: (session: Session) => void;
};

const ViewContext = createContext<SessionView | undefined>(undefined);
const ActionsContext = createContext<SessionActions | undefined>(undefined);

export type SessionProviderProps = {
	readonly initial: Session;
	readonly deps: Deps;
	/** Called after every change, e.g. to save progress. */
	readonly onChange?: (session: Session) => void;
	readonly children: ReactNode;
};

/** Holds the play session for the UI: the single place where intents become turns. */
export function SessionProvider({initial, deps, onChange, children}: SessionProviderProps) {
	const [session, setSession] = useState(initial);
	const [busy, setBusy] = useState(false);
	const latest = useRef(session);
	latest.current = session;
	const commit = useCallback(
		(next: Session) => {
			latest.current = next;
			setSession(next);
			onChange?.(next);
		},
		[onChange],
	);
	const actions = useMemo<SessionActions>(
		() => ({
			async play(intent) {
				setBusy(true);
				try {
					commit(await playIntent(latest.current, intent, deps));
				} finally {
					setBusy(false);
				}
			},
			undo: () => commit(undoTurn(latest.current)),
			reset: () => commit(resetSession(latest.current)),
			replace: commit,
		}),
		[commit, deps],
	);
	const view = useMemo<SessionView>(() => ({session, state: currentState(session), busy, startedAt: session.initial.now}), [session, busy]);
	return (
		<ActionsContext.Provider value={actions}>
			<ViewContext.Provider value={view}>{children}</ViewContext.Provider>
		</ActionsContext.Provider>
	);
}

/** The current session view; throws outside SessionProvider (a programming error). */
export function useSessionView(): SessionView {
	const value = useContext(ViewContext);
	if (!value) {
		throw new Error('useSessionView must be used inside <SessionProvider>');
	}

	return value;
}

/** The session actions; throws outside SessionProvider (a programming error). */
export function useSessionActions(): SessionActions {
	const value = useContext(ActionsContext);
	if (!value) {
		throw new Error('useSessionActions must be used inside <SessionProvider>');
	}

	return value;
}
