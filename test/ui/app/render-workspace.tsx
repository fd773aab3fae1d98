/**
 * Renders the workspace shell in a SessionProvider over a small tenant, through the one Ink
 * harness. Priya is the person on the user's side; each test states the facts that differ.
 */
import {startSession} from '../../../source/domain/session/play-session.js';
import {countActions} from '../../../source/scenario/grading/grade-attempt.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import type {Session, SessionIntent} from '../../../source/services/session-service.js';
import {SessionProvider, useSessionActions, type SessionActions} from '../../../source/ui/contexts/session-context.js';
import {Workspace, type WorkspaceExitReason, type WorkspaceProps} from '../../../source/ui/app/workspace.js';
import {testDeps} from '../../helpers/fake-ports.js';
import {keys, renderApp, type Harness, type HarnessOptions} from '../../helpers/ink-harness.js';
import {priyaState, type Loose} from '../../helpers/user-helpers.js';
import type {User} from '../../../source/domain/tenant/user.js';
import type {Person} from '../../../source/domain/world/world.js';

export const ticket = {from: 'Priya Shah', text: 'Hi, the code from my Authenticator app is always wrong. Can you help? Priya'};

/**
 * Priya (Enforced, Authenticator + phone registered) whose password really verifies with the
 * fake hasher of `testDeps`, so sign-ins get past the password step.
 */
export async function signablePriya(options: {user?: Loose<User>; person?: Loose<Person>} = {}): Promise<SimState> {
	const passwordHash = await testDeps().hasher.hash('password-of-priya');
	return priyaState({...options, user: {passwordHash, ...options.user}});
}

export type WorkspaceRun = Harness & {
	/** The session as the provider last reported it. */
	session(): Session;
	/** Plays an intent as a screen would (through the session actions) and waits for the header to count it (changes only). */
	play(intent: SessionIntent): Promise<void>;
	/** Exit reasons the shell reported, in order. */
	readonly exits: WorkspaceExitReason[];
};

/** Renders the shell over `state` (default: Priya, Enforced, registered, default method push). */
export async function renderWorkspace(state: SimState = priyaState(), props: Partial<WorkspaceProps> = {}, options: HarnessOptions = {}): Promise<WorkspaceRun> {
	let latest: Session = startSession(state);
	let actions: SessionActions | undefined;
	const exits: WorkspaceExitReason[] = [];
	function ActionsProbe() {
		actions = useSessionActions();
		return null;
	}

	const harness = await renderApp(
		<SessionProvider
			initial={latest}
			deps={testDeps()}
			onChange={(next) => {
				latest = next;
			}}
		>
			<ActionsProbe />
			<Workspace title="Authenticator codes always wrong" ticket={ticket} onExit={(reason) => exits.push(reason)} {...props} />
		</SessionProvider>,
		options,
	);
	// No extra yield after a frame: the workspace routes keys through layout effects (KeyLayerHost), so a
	// key typed the moment a frame shows meets that frame, even before its passive effects have run.
	return {
		...harness,
		session: () => latest,
		async play(intent) {
			await actions?.play(intent);
			// The header counts what the grading counts against par: a wait moves the clock only.
			const count = countActions(latest.turns);
			await harness.waitFor(count === 1 ? '1 change' : `${count} changes`);
		},
		exits,
	};
}

/** The footer: the frame's last line. */
export function footerOf(frame: string): string {
	return frame.trimEnd().split('\n').at(-1) ?? '';
}

/** Opens Active users (2) and gives it the keys (Tab), waiting for its table's footer. */
export async function focusActiveUsers(run: Harness): Promise<void> {
	await run.press('2');
	await run.waitFor(/Active users\s+\d+ users?/);
	await run.press(keys.tab);
	await run.waitFor('Home End');
}
