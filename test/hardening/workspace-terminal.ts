/**
 * The workspace on its own (`runWorkspace`, no picker) over Priya's tenant, on fake terminal streams
 * (fake-terminal.ts): what the shell's terminal suites start.
 */
import {startSession} from '../../source/domain/session/play-session.js';
import {runWorkspace, type WorkspaceExitCode} from '../../source/ui/app/run-workspace.js';
import {testDeps} from '../helpers/fake-ports.js';
import {signablePriya, ticket} from '../ui/app/render-workspace.js';
import {startTerminal, type Streams, type Terminal, type TerminalOptions} from './fake-terminal.js';

/** Runs the workspace over Priya's tenant (whose password verifies) on these streams; resolves with its exit code. */
export async function runPriyaWorkspace(streams: Streams, env: Readonly<Record<string, string>> = {TERM: 'xterm-256color'}): Promise<WorkspaceExitCode> {
	return runWorkspace({
		session: startSession(await signablePriya()),
		deps: testDeps(),
		title: 'Authenticator codes always wrong',
		ticket,
		stdin: streams.stdin as unknown as NodeJS.ReadStream,
		stdout: streams.stdout as unknown as NodeJS.WriteStream,
		stderr: streams.stderr as unknown as NodeJS.WriteStream,
		env,
	});
}

/** Starts that workspace on a fake terminal (100x30 unless told); resolves once Ink listens to keys (raw mode on). */
export async function startWorkspace(options: TerminalOptions & {readonly env?: Readonly<Record<string, string>>} = {}): Promise<Terminal> {
	return startTerminal(async (streams) => runPriyaWorkspace(streams, options.env), options);
}
