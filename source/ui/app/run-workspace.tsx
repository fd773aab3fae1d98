import type {ReactNode} from 'react';
import {useApp} from 'ink';
import type {TotpPort} from '../../domain/ports.js';
import type {Deps} from '../../services/deps.js';
import type {Session} from '../../services/session-service.js';
import {SessionProvider} from '../contexts/session-context.js';
import type {DisplayMode} from './display.js';
import {runInk, type InkStreams, type WorkspaceExitCode} from './ink-setup.js';
import type {Ticket} from './ticket-screen.js';
import {Workspace} from './workspace.js';

export {interactiveSupport, needsTerminalMessage} from './interactive-support.js';
export {exitCodeOf, type WorkspaceExitCode} from './ink-setup.js';

/** What `runWorkspace` needs: the session to play, its ports, the scenario's words, and the streams (ink-setup.tsx). */
export type RunWorkspaceOptions = InkStreams & {
	readonly session: Session;
	readonly deps: Deps;
	readonly title: string;
	readonly ticket: Ticket;
	/** Called after every change (save progress here). */
	readonly onChange?: (session: Session) => void;
	readonly hintsSlot?: ReactNode;
	readonly debriefSlot?: ReactNode;
};

type RootProps = {
	readonly options: RunWorkspaceOptions;
	readonly display: DisplayMode;
	readonly totp: TotpPort;
};

/** The root component: the one place that calls `useApp().exit()`, with the workspace's exit reason. */
function WorkspaceRoot({options, display, totp}: RootProps) {
	const {exit} = useApp();
	return (
		<SessionProvider initial={options.session} deps={options.deps} {...(options.onChange === undefined ? {} : {onChange: options.onChange})}>
			<Workspace
				title={options.title}
				ticket={options.ticket}
				onExit={(reason) => {
					exit(reason);
				}}
				hintsSlot={options.hintsSlot}
				debriefSlot={options.debriefSlot}
				display={display}
				totp={totp}
			/>
		</SessionProvider>
	);
}

/**
 * Renders the workspace with Ink (`runInk`) and resolves with the exit code once it ends: 0 after quit,
 * 130 after Ctrl+C, 2 without an interactive terminal (the sentence goes to stderr).
 */
export async function runWorkspace(options: RunWorkspaceOptions): Promise<WorkspaceExitCode> {
	return runInk((display) => <WorkspaceRoot options={options} display={display} totp={options.deps.totp} />, options);
}
