import type {ReactNode} from 'react';
import {render, useApp} from 'ink';
import type {TotpPort} from '../../domain/ports.js';
import type {Deps} from '../../services/deps.js';
import type {Session} from '../../services/session-service.js';
import {SessionProvider} from '../contexts/session-context.js';
import {displayModeFrom, type DisplayMode} from './display.js';
import {interactiveSupport} from './interactive-support.js';
import type {Ticket} from './ticket-screen.js';
import {Workspace, type WorkspaceExitReason} from './workspace.js';

export {interactiveSupport, needsTerminalMessage} from './interactive-support.js';

/** Exit codes of the workspace (DESIGN section 5): 0 quit, 2 no terminal, 130 Ctrl+C. */
export type WorkspaceExitCode = 0 | 2 | 130;

/** Maps the root's exit value to the CLI exit code. Pure. */
export function exitCodeOf(reason: unknown): WorkspaceExitCode {
	return reason === ('interrupted' satisfies WorkspaceExitReason) ? 130 : 0;
}

/** What `runWorkspace` needs: the session to play, its ports, the scenario's words, and the streams. */
export type RunWorkspaceOptions = {
	readonly session: Session;
	readonly deps: Deps;
	readonly title: string;
	readonly ticket: Ticket;
	/** Called after every change (save progress here). */
	readonly onChange?: (session: Session) => void;
	readonly hintsSlot?: ReactNode;
	readonly debriefSlot?: ReactNode;
	/** @default process.stdin */
	readonly stdin?: NodeJS.ReadStream;
	/** @default process.stdout */
	readonly stdout?: NodeJS.WriteStream;
	/** @default process.stderr */
	readonly stderr?: NodeJS.WriteStream;
	/** For `NO_COLOR`, `TERM=dumb` and `CI`. @default process.env */
	readonly env?: Readonly<Record<string, string | undefined>>;
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
 * Renders the workspace with Ink and resolves with the exit code once it ends: 0 after quit, 130
 * after Ctrl+C (the terminal is restored by Ink's unmount: raw mode off, cursor shown), 2 without
 * an interactive terminal (the sentence goes to stderr, never Ink's raw-mode stack trace).
 */
export async function runWorkspace(options: RunWorkspaceOptions): Promise<WorkspaceExitCode> {
	const stdin = options.stdin ?? process.stdin;
	const stdout = options.stdout ?? process.stdout;
	const stderr = options.stderr ?? process.stderr;
	const env = options.env ?? process.env;
	const reason = interactiveSupport(stdin, stdout, env);
	if (reason !== undefined) {
		stderr.write(`${reason}\n`);
		return 2;
	}

	const instance = render(<WorkspaceRoot options={options} display={displayModeFrom(env)} totp={options.deps.totp} />, {
		stdin,
		stdout,
		stderr,
		// Ctrl+C is a key in raw mode: the workspace handles it so the exit code can be 130.
		exitOnCtrlC: false,
		patchConsole: stdout === process.stdout,
	});
	return exitCodeOf(await instance.waitUntilExit());
}
