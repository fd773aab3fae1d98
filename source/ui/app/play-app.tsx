import {useCallback, useEffect, useRef, useState} from 'react';
import {Box, Text, useApp} from 'ink';
import type {LoadedScenario} from '../../adapters/scenario-files.js';
import type {TotpPort} from '../../domain/ports.js';
import type {Session} from '../../services/session-service.js';
import {KeyLayerHost} from '../components/key-layers.js';
import {DebriefScreen} from '../debrief/debrief-screen.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {useTerminalSize, type TerminalSize} from '../hooks/use-terminal-size.js';
import {PickerScreen, type PickerPosition} from '../picker/picker-screen.js';
import {ResumeOfferScreen} from '../picker/resume-offer.js';
import {TicketIntro} from '../picker/ticket-intro.js';
import type {AttemptEnd} from './attempt-result.js';
import {glyphsFor, paint, richDisplay, type DisplayMode} from './display.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import type {DebriefData, LiveAttempt, PickerData, PlayController, PreparedAttempt, ResumeOffer} from './play-controller.js';
import {PlayWorkspace} from './play-workspace.js';
import {actionsText} from './progress-words.js';
import {minimumSize, type WorkspaceExitReason} from './workspace.js';

/** Where the play flow is. */
export type PlayStage =
	| {readonly kind: 'busy'; readonly text: string}
	| {readonly kind: 'picker'; readonly data: PickerData}
	| {readonly kind: 'offer'; readonly offer: ResumeOffer; readonly busy?: string}
	| {readonly kind: 'intro'; readonly prepared: PreparedAttempt; readonly busy?: string}
	| {readonly kind: 'playing'; readonly live: LiveAttempt}
	| {readonly kind: 'debrief'; readonly data: DebriefData}
	| {readonly kind: 'error'; readonly message: string};

/** Props of PlayApp, the root of `mfadesk` and `mfadesk play`. */
export type PlayAppProps = {
	readonly controller: PlayController;
	/** `mfadesk play <id|file>`: open this scenario first; the picker otherwise. */
	readonly start?: LoadedScenario | undefined;
	/** Sentences from start-up (a progress file kept aside). */
	readonly notices?: readonly string[];
	readonly display?: DisplayMode;
	/** Overrides the measured terminal size (tests). */
	readonly size?: TerminalSize;
	readonly totp?: TotpPort;
	readonly adminScreens?: AdminScreenMap;
	/** Told how the app ends (tests); the root then calls Ink's exit with the same reason. */
	readonly onExit?: (reason: WorkspaceExitReason) => void;
};

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * The root of the interactive app: scenario picker, ticket intro (or the offer to resume),
 * workspace, debrief, and back. Quitting the workspace goes back to the picker (the attempt stays
 * resumable there), even when `start` opened it first. The one component that calls
 * `useApp().exit()`: with `quit` (q on the picker or the debrief, exit code 0) or `interrupted`
 * (Ctrl+C, exit code 130).
 */
export function PlayApp({controller, start, notices: startNotices = [], display = richDisplay, size, totp, adminScreens, onExit}: PlayAppProps) {
	const {exit} = useApp();
	const measured = useTerminalSize();
	const {columns, rows} = size ?? measured;
	const [stage, showStage] = useState<PlayStage>({kind: 'busy', text: 'Loading the scenarios'});
	// The stage as last set, ahead of the render: a key pressed twice before the screen redraws
	// (a double press, a busy terminal) reaches the old screen's handler, and must not act twice.
	const current = useRef(stage);
	const setStage = useCallback((next: PlayStage) => {
		current.current = next;
		showStage(next);
	}, []);
	const idle = (kind: PlayStage['kind']): boolean => current.current.kind === kind && !('busy' in current.current && current.current.busy !== undefined);
	const [notices, setNotices] = useState<readonly string[]>(startNotices);
	const [position, setPosition] = useState<PickerPosition>({filter: 0});
	const ended = useRef(false);
	const finish = useCallback(
		(reason: WorkspaceExitReason) => {
			if (!ended.current) {
				ended.current = true;
				onExit?.(reason);
				exit(reason);
			}
		},
		[exit, onExit],
	);
	const fail = useCallback((error: unknown) => setStage({kind: 'error', message: messageOf(error)}), [setStage]);
	const loadPicker = useCallback(() => {
		setStage({kind: 'busy', text: 'Loading the scenarios'});
		controller.load().then((data) => setStage({kind: 'picker', data}), fail);
	}, [controller, fail, setStage]);
	// Back to the list from a screen that is not busy (a second Esc or Enter finds it loading).
	const showPicker = () => {
		if ((['intro', 'offer', 'debrief', 'error'] as const).some(idle)) {
			loadPicker();
		}
	};

	const open = useCallback(
		(loaded: LoadedScenario) => {
			setStage({kind: 'busy', text: `Opening ${loaded.scenario.title}`});
			const work = async () => {
				const offer = await controller.offerFor(loaded);
				setStage(offer === undefined ? {kind: 'intro', prepared: await controller.prepare(loaded)} : {kind: 'offer', offer});
			};

			work().catch(fail);
		},
		[controller, fail, setStage],
	);
	useEffect(() => {
		const unsubscribe = controller.onNotice((message) => setNotices((list) => [...list, message]));
		if (start === undefined) {
			loadPicker();
		} else {
			open(start);
		}

		return unsubscribe;
	}, []); // Once: the first screen.

	const begin = (prepared: PreparedAttempt) => {
		if (!idle('intro')) {
			return;
		}

		setStage({kind: 'intro', prepared, busy: 'Preparing the tenant...'});
		controller.start(prepared).then((live) => setStage({kind: 'playing', live}), fail);
	};

	const resume = (offer: ResumeOffer) => {
		if (!idle('offer')) {
			return;
		}

		setStage({kind: 'offer', offer, busy: `Replaying your ${actionsText(offer.attempt.transcript.length)}...`});
		controller.resume(offer).then((live) => setStage({kind: 'playing', live}), fail);
	};

	const startOver = (offer: ResumeOffer) => {
		if (!idle('offer')) {
			return;
		}

		setStage({kind: 'offer', offer, busy: 'Starting over...'});
		const work = async () => {
			await controller.abandon(offer);
			setStage({kind: 'intro', prepared: await controller.prepare(offer.loaded)});
		};

		work().catch(fail);
	};

	const end = useCallback(
		(how: AttemptEnd, session: Session) => {
			const playing = current.current;
			if (playing.kind !== 'playing') {
				return;
			}

			setStage({kind: 'busy', text: how === 'submit' ? 'Grading your fix' : 'Grading the tenant as you left it'});
			controller.end(playing.live, session, how).then((data) => setStage({kind: 'debrief', data}), fail);
		},
		[controller, fail, setStage],
	);

	// Quitting the workspace goes back to the list, where the attempt can be resumed (its saves land first).
	const leaveWorkspace = useCallback(
		(reason: WorkspaceExitReason) => {
			const playing = current.current;
			if (reason === 'interrupted' || playing.kind !== 'playing') {
				finish(reason);
				return;
			}

			const scenarioId = playing.live.loaded.scenario.id;
			setPosition((where) => (where.scenarioId === scenarioId ? where : {filter: 0, scenarioId}));
			setStage({kind: 'busy', text: 'Saving your attempt'});
			playing.live.saver.flush().then(loadPicker, fail);
		},
		[finish, loadPicker, fail, setStage],
	);

	const tooSmall = columns < minimumSize.columns || rows < minimumSize.rows;
	useKeyIntents(
		['always'],
		(intent) => {
			if (intent === 'app.interrupt') {
				finish('interrupted');
			}
		},
		{isActive: stage.kind !== 'playing'},
	);
	useKeyIntents(
		['picker'],
		(intent) => {
			if (intent === 'picker.open') {
				showPicker();
			}
		},
		{isActive: stage.kind === 'error' && !tooSmall},
	);

	const width = Math.max(columns, minimumSize.columns);
	const height = Math.max(rows, minimumSize.rows) - 1;
	// While the terminal is too small the screens stay mounted but hidden, and their keys do nothing.
	const common = {display, width, height, isActive: !tooSmall};
	const glyphs = glyphsFor(display);
	let body;
	switch (stage.kind) {
		case 'busy': {
			body = <Text {...paint(display, 'warn')}>{`${stage.text}${glyphs.ellipsis}`}</Text>;
			break;
		}

		case 'error': {
			body = (
				<Box flexDirection="column">
					<Text {...paint(display, 'fail')}>{`Something went wrong: ${stage.message}`}</Text>
					<Text {...paint(display, 'muted')}>Enter: back to the scenario list. Ctrl+C: leave.</Text>
				</Box>
			);
			break;
		}

		case 'picker': {
			body = (
				<PickerScreen
					data={stage.data}
					trainee={controller.trainee}
					cohort={controller.cohort}
					notices={notices}
					position={position}
					onOpen={(entry, where) => {
						if (idle('picker')) {
							setPosition(where);
							open(entry.loaded);
						}
					}}
					onQuit={() => finish('quit')}
					{...common}
				/>
			);
			break;
		}

		case 'offer': {
			const {offer} = stage;
			body = <ResumeOfferScreen offer={offer} busy={stage.busy} onResume={() => resume(offer)} onStartOver={() => startOver(offer)} onBack={showPicker} {...common} />;
			break;
		}

		case 'intro': {
			const {prepared} = stage;
			body = <TicketIntro prepared={prepared} busy={stage.busy} onStart={() => begin(prepared)} onBack={showPicker} {...common} />;
			break;
		}

		case 'playing': {
			body = <PlayWorkspace live={stage.live} controller={controller} notice={notices.at(-1)} onEnd={end} onExit={leaveWorkspace} display={display} totp={totp} size={size} adminScreens={adminScreens} />;
			break;
		}

		case 'debrief': {
			body = <DebriefScreen data={stage.data} onPicker={showPicker} onQuit={() => finish('quit')} {...common} />;
			break;
		}
	}

	return (
		<KeyLayerHost>
			{tooSmall && stage.kind !== 'playing' ? <Text>{`Please enlarge the terminal to at least ${minimumSize.columns}x${minimumSize.rows} (now ${columns}x${rows}).`}</Text> : null}
			<Box flexDirection="column" display={tooSmall && stage.kind !== 'playing' ? 'none' : 'flex'}>
				{body}
			</Box>
		</KeyLayerHost>
	);
}
