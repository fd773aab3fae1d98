import {useCallback, useMemo, useRef} from 'react';
import type {TotpPort} from '../../domain/ports.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {Session} from '../../services/session-service.js';
import {SessionProvider} from '../contexts/session-context.js';
import type {TerminalSize} from '../hooks/use-terminal-size.js';
import type {AttemptControls} from './attempt-controls.js';
import type {AttemptEnd} from './attempt-result.js';
import type {DisplayMode} from './display.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import type {LiveAttempt, PlayController} from './play-controller.js';
import type {RealTimeMode} from './real-time-mode.js';
import type {Ticket} from './ticket-rows.js';
import {Workspace, type WorkspaceExitReason} from './workspace.js';

/** Props of PlayWorkspace. */
export type PlayWorkspaceProps = {
	readonly live: LiveAttempt;
	readonly controller: PlayController;
	/** The latest sentence for the status line (a save that failed). */
	readonly notice?: string | undefined;
	readonly onEnd: (end: AttemptEnd, session: Session) => void;
	readonly onExit: (reason: WorkspaceExitReason) => void;
	readonly display: DisplayMode;
	readonly totp?: TotpPort | undefined;
	readonly size?: TerminalSize | undefined;
	readonly adminScreens?: AdminScreenMap | undefined;
};

/** The ticket of the variant being played, with the reporter's display name. Pure. */
export function ticketOf(live: Pick<LiveAttempt, 'variant' | 'session'>): Ticket {
	const {ticket} = live.variant;
	return {
		from: findUser(live.session.initial.tenant, ticket.from)?.displayName ?? ticket.from,
		text: ticket.text,
		subject: ticket.subject,
		tried: ticket.tried,
	};
}

/**
 * The workspace for one attempt: a session provider starting from the attempt's session (new or
 * replayed), whose every change starts the next turn's random stream and is saved as it happens;
 * hints, check my fix, submit and give up dispatch to the controller and the root.
 */
export function PlayWorkspace({live, controller, notice, onEnd, onExit, display, totp, size, adminScreens}: PlayWorkspaceProps) {
	const previous = useRef(live.session);
	const onChange = useCallback(
		(next: Session) => {
			live.turnRandom.startTurn(next.turns.length);
			live.saver.sync(previous.current, next);
			previous.current = next;
		},
		[live],
	);
	const attempt = useMemo<AttemptControls>(
		() => ({
			hints: live.variant.hints ?? [],
			timeLimit: live.variant.timeLimit,
			onCheck: async (session) => controller.check(live, session),
			onEnd,
			notice: notice ?? live.notice,
		}),
		[live, controller, onEnd, notice],
	);
	const ticket = useMemo(() => ticketOf(live), [live]);
	const realTime = useMemo<RealTimeMode | undefined>(() => (live.realTime === undefined ? undefined : {clock: live.realTime, deps: live.deps, startTurn: live.turnRandom.startTurn}), [live]);
	return (
		<SessionProvider initial={live.session} deps={live.deps} onChange={onChange}>
			<Workspace
				title={live.variant.title}
				ticket={ticket}
				onExit={onExit}
				display={display}
				attempt={attempt}
				realTime={realTime}
				{...(totp === undefined ? {} : {totp})}
				{...(size === undefined ? {} : {size})}
				{...(adminScreens === undefined ? {} : {adminScreens})}
			/>
		</SessionProvider>
	);
}
