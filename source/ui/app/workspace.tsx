import {useCallback, useMemo, useState, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {TotpPort} from '../../domain/ports.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {countActions} from '../../scenario/grading/grade-attempt.js';
import {DisplayProvider} from '../contexts/display-context.js';
import {useSessionView} from '../contexts/session-context.js';
import {useAfterFrame} from '../hooks/use-after-frame.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {useTerminalSize, type TerminalSize} from '../hooks/use-terminal-size.js';
import {KeyLayerHost} from '../components/key-layers.js';
import {ViewMemoryProvider} from '../hooks/use-view-memory.js';
import {EnrolmentOverlay} from '../enrolment/enrolment-overlay.js';
import {CodeEntry} from '../user-side/code-entry.js';
import type {KeyIntent, KeyScope} from '../key-bindings.js';
import {scenarioPeople} from './admin-commands.js';
import {timeLimitStatus, type AttemptControls} from './attempt-controls.js';
import {adminScreensFor, adminScreens as defaultAdminScreens} from './admin-screens.js';
import {ContentPane} from './content-pane.js';
import {richDisplay, type DisplayMode} from './display.js';
import {Header} from './header.js';
import {Overlays, type ConfirmAction, type Overlay} from './overlays.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import {attemptCommands, authenticatorCommands, type PaletteCommand} from './palette-commands.js';
import type {RealTimeMode} from './real-time-mode.js';
import {screens, isUserSide} from './screens.js';
import {Frame} from './frame.js';
import type {Ticket} from './ticket-screen.js';
import {useAttemptActions} from './use-attempt-actions.js';
import {usePhoneCodes} from './use-phone-codes.js';
import {useScreenHints} from './use-screen-hints.js';
import {useSessionCommands} from './use-session-commands.js';
import {runPaletteAction, sharedIntentHandlers, type WorkspaceActions} from './workspace-actions.js';
import {workspaceFooterHints} from './workspace-hints.js';

/** Why the workspace ended: the caller maps `interrupted` (Ctrl+C) to exit code 130. */
export type WorkspaceExitReason = 'quit' | 'interrupted';

/** The smallest terminal the workspace draws in. */
export const minimumSize: TerminalSize = {columns: 80, rows: 24};

/** Props of Workspace. Render it inside a SessionProvider. */
export type WorkspaceProps = {
	readonly title: string;
	readonly ticket: Ticket;
	/**
	 * Called on quit (after confirmation, once the question is gone from the screen) and on Ctrl+C; the root
	 * exits the app, or (the play app) goes back to the scenario list on quit.
	 */
	readonly onExit?: (reason: WorkspaceExitReason) => void;
	/** Slot on the Ticket screen for costed hints (scenario/picker work). */
	readonly hintsSlot?: ReactNode;
	/** Slot on the Ticket screen for the debrief. */
	readonly debriefSlot?: ReactNode;
	/** Plain output for `NO_COLOR` / `TERM=dumb`. @default richDisplay */
	readonly display?: DisplayMode;
	/** Draws the live Authenticator codes on the phone. @default the otplib adapter */
	readonly totp?: TotpPort;
	/** Overrides the measured terminal size (tests). */
	readonly size?: TerminalSize;
	/** Which components serve the admin screens. @default the import map in admin-screens.tsx */
	readonly adminScreens?: AdminScreenMap;
	/** While a scenario is played: hints, check my fix, submit, give up and the time limit. */
	readonly attempt?: AttemptControls | undefined;
	/** `--real-time`: actions catch up with the wall clock, codes from the trainee's app can be typed, no undo. */
	readonly realTime?: RealTimeMode | undefined;
};

const navigationWidth = (columns: number) => (columns >= 100 ? 24 : 22);

/**
 * The trainee's workspace: header with the scenario, simulated clock and admin account; a menu of
 * screens (ticket, admin center, the user's side); the screen; a status line with the last result;
 * a footer, `?` help and `:` palette drawn from THE key table. Every change goes through the
 * session context; Ctrl+C and quit go to `onExit` (the root component alone calls `exit`).
 */
export function Workspace({title, ticket, onExit, hintsSlot, debriefSlot, display = richDisplay, totp, size, adminScreens: givenAdminScreens = defaultAdminScreens, attempt, realTime}: WorkspaceProps) {
	const {session, state} = useSessionView();
	// The admin screens' key hints as this display draws them (the footer and help show them as given).
	const adminScreens = useMemo(() => adminScreensFor(givenAdminScreens, display), [givenAdminScreens, display]);
	const measured = useTerminalSize();
	const {columns, rows} = size ?? measured;
	const codes = usePhoneCodes(totp);
	const people = useMemo(() => scenarioPeople(state), [state]);
	const [screenIndex, setScreenIndex] = useState(0);
	const [focus, setFocus] = useState<'navigation' | 'content'>('navigation');
	const [overlay, setOverlay] = useState<Overlay>({kind: 'none'});
	// An admin screen is typing (a search, a dialog): the shell's single keys pause meanwhile.
	const [capturing, setCapturing] = useState(false);
	const [personIndex, setPersonIndex] = useState(() => Math.max(0, people.findIndex((userId) => findUser(state.tenant, userId)?.displayName === ticket.from)));
	const tooSmall = columns < minimumSize.columns || rows < minimumSize.rows;
	const screen = screens[screenIndex] ?? screens[0]!;
	const userId = people.length === 0 ? undefined : people[Math.min(personIndex, people.length - 1)];
	// The keys of a view opened inside the admin screen (a user's details), for the footer and help.
	const [screenHints, setScreenHints] = useScreenHints(screen.id);

	const exitWith = useCallback((reason: WorkspaceExitReason) => onExit?.(reason), [onExit]);
	// Quit leaves once the frame without the question is drawn: the terminal is not left showing "y yes n no".
	const quitAfterFrame = useAfterFrame(() => exitWith('quit'));
	const commands = useSessionCommands(attempt?.notice, realTime);
	const {play, undo, reset, pending, notice} = commands;
	const extraCommands = useMemo(() => [...(attempt === undefined ? [] : attemptCommands), ...authenticatorCommands(realTime !== undefined)], [attempt, realTime]);
	const askReset = () => (realTime === undefined ? setOverlay({kind: 'confirm', action: 'reset'}) : reset());
	const typeCode = () => (realTime === undefined ? commands.say({text: 'Codes from your own authenticator app can be typed only in `mfadesk play <id> --real-time`.', tone: 'warn'}) : setOverlay({kind: 'code'}));
	const attemptActions = useAttemptActions(attempt, commands, setOverlay, screen.id === 'ticket');

	// Ctrl+C on any screen, even under an overlay or while a screen captures typing.
	useKeyIntents(['always'], (intent) => {
		if (intent === 'app.interrupt') {
			exitWith('interrupted');
		}
	});

	// What keys and palette commands ask for, done the same way from either.
	const actions: WorkspaceActions = {
		play,
		undo,
		reset: askReset,
		quit: () => setOverlay({kind: 'confirm', action: 'quit'}),
		openPalette: () => setOverlay({kind: 'palette'}),
		openHelp: () => setOverlay({kind: 'help'}),
		enrol: () => setOverlay({kind: 'enrol'}),
		typeCode,
		attempt: attemptActions.start,
		go(id) {
			setScreenIndex(Math.max(0, screens.findIndex((each) => each.id === id)));
			setFocus('content');
		},
	};

	const onIntent = (intent: KeyIntent, input: string) => {
		const step = (delta: number) => setScreenIndex((index) => (index + delta + screens.length) % screens.length);
		const handlers: Partial<Record<KeyIntent, () => void>> = {
			...sharedIntentHandlers(actions, screen.id === 'user-phone'),
			'focus.toggle': () => setFocus((value) => (value === 'navigation' ? 'content' : 'navigation')),
			'focus.content': () => setFocus('content'),
			'navigate.previous-screen': () => step(-1),
			'navigate.next-screen': () => step(1),
			'navigate.jump': () => setScreenIndex((index) => (Number(input) >= 1 && Number(input) <= screens.length ? Number(input) - 1 : index)),
			'person.previous': () => setPersonIndex((index) => (index - 1 + people.length) % Math.max(1, people.length)),
			'person.next': () => setPersonIndex((index) => (index + 1) % Math.max(1, people.length)),
		};
		handlers[intent]?.();
	};

	const menuScopes: readonly KeyScope[] = attempt === undefined ? ['navigation'] : ['navigation', 'attempt'];
	const scopes: KeyScope[] = ['global', ...(focus === 'navigation' ? menuScopes : isUserSide(screen.id) ? (['user-side'] as const) : [])];
	useKeyIntents(scopes, onIntent, {isActive: overlay.kind === 'none' && !tooSmall && !(capturing && focus === 'content')});

	const runCommand = (command: PaletteCommand) => {
		setOverlay({kind: 'none'});
		runPaletteAction(command.action, actions);
	};

	const onConfirm = (action: ConfirmAction, yes: boolean) => {
		setOverlay({kind: 'none'});
		if (yes && action === 'quit') {
			// While playing, the attempt's last action must land (and be saved) before going back to the list.
			if (attempt !== undefined && commands.isBusy()) {
				commands.say({text: 'Still working on the last action.', tone: 'warn'});
			} else {
				quitAfterFrame();
			}
		} else if (yes && action === 'reset') {
			reset();
		} else {
			attemptActions.confirm(action, yes);
		}
	};

	// Everything stays mounted while an overlay or the "enlarge" message shows, so screens keep their state.
	const width = Math.max(columns, minimumSize.columns);
	// Keep the live region one row shorter than the screen: Ink clears the scrollback when the frame fills it.
	const frameHeight = Math.max(rows, minimumSize.rows) - 1;
	const bodyHeight = frameHeight - 6;
	const navWidth = navigationWidth(width);
	const contentWidth = width - navWidth - 3;
	const personName = userId === undefined ? undefined : findUser(state.tenant, userId)?.displayName;
	const hints = workspaceFooterHints({overlay, focus, screen: screen.id, adminScreens, peopleCount: people.length, capturing, unicode: display.unicode, playing: attempt !== undefined, realTime: realTime !== undefined, screenHints});
	const body = (
		<>
			<Box display={overlay.kind === 'none' ? 'flex' : 'none'}>
				<ContentPane
					screen={screen.id}
					adminScreens={adminScreens}
					isActive={focus === 'content' && overlay.kind === 'none' && !tooSmall}
					ticket={ticket}
					hintsSlot={hintsSlot}
					debriefSlot={debriefSlot}
					hints={attempt?.hints}
					userId={userId}
					peopleCount={people.length}
					totp={codes}
					play={play}
					onCaptureChange={setCapturing}
					onHintsChange={setScreenHints}
					display={display}
					width={contentWidth}
					height={bodyHeight}
				/>
			</Box>
			{overlay.kind === 'code' && !tooSmall ? (
				<CodeEntry
					state={state}
					userId={userId}
					onSubmit={(request, description) => {
						setOverlay({kind: 'none'});
						commands.typeCode(request, description);
					}}
					onCancel={() => setOverlay({kind: 'none'})}
					display={display}
					width={width}
				/>
			) : null}
			{overlay.kind === 'none' || overlay.kind === 'enrol' || overlay.kind === 'code' || tooSmall ? null : (
				<Overlays
					overlay={overlay}
					state={state}
					screen={screen.id}
					adminScreens={adminScreens}
					screenHints={screenHints}
					extraCommands={extraCommands}
					questions={attemptActions.questions}
					onClose={() => setOverlay({kind: 'none'})}
					onRun={runCommand}
					onConfirm={onConfirm}
					display={display}
					width={width}
					height={bodyHeight}
				/>
			)}
		</>
	);
	return (
		<DisplayProvider display={display}>
			<ViewMemoryProvider>
				<KeyLayerHost>
					{tooSmall ? <Text>{`Please enlarge the terminal to at least ${minimumSize.columns}x${minimumSize.rows} (now ${columns}x${rows}).`}</Text> : null}
					{overlay.kind === 'enrol' && !tooSmall ? <EnrolmentOverlay userId={userId} realTime={realTime !== undefined} onClose={() => setOverlay({kind: 'none'})} display={display} width={width} height={frameHeight} /> : null}
					<Box flexDirection="column" width={width} height={frameHeight} display={tooSmall || overlay.kind === 'enrol' ? 'none' : 'flex'}>
						<Header title={title} state={state} changes={countActions(session.turns)} busy={pending !== undefined} timer={attempt?.timeLimit === undefined ? undefined : timeLimitStatus(session, attempt.timeLimit)} display={display} width={width} />
						<Frame
							display={display}
							width={width}
							bodyHeight={bodyHeight}
							navWidth={navWidth}
							navigation={overlay.kind === 'none' ? {selected: screenIndex, isFocused: focus === 'navigation', ...(people.length > 1 && personName !== undefined ? {personName} : {})} : undefined}
							body={body}
							session={session}
							pending={pending}
							notice={notice}
							hints={hints}
						/>
					</Box>
				</KeyLayerHost>
			</ViewMemoryProvider>
		</DisplayProvider>
	);
}
