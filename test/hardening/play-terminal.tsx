/**
 * The play app (`runPlay`) on fake terminal streams, over the built-in pack with a memory store
 * (or the store given), plus the trainee's usual moves: open a scenario, start it, give up, and
 * the screens on the way. Built on fake-terminal.ts; keys are typed, frames awaited, never slept.
 */
import {readFile} from 'node:fs/promises';
import {render} from 'ink';
import type {LoadedScenario} from '../../source/adapters/scenario-files.js';
import {MINUTE} from '../../source/domain/common/time.js';
import type {ProgressData} from '../../source/domain/progress/records.js';
import {buildInitialState} from '../../source/scenario/build-initial-state.js';
import type {Session} from '../../source/services/session-service.js';
import {beginAttempt} from '../../source/store/attempt-recorder.js';
import {scenarioContentHash} from '../../source/store/content-hash.js';
import {openMemoryStore, type ProgressStore} from '../../source/store/progress-store.js';
import type {LiveAttempt, PlayController, PlayControllerOptions, PreparedAttempt} from '../../source/ui/app/play-controller.js';
import {displayModeFrom} from '../../source/ui/app/display.js';
import {PlayApp} from '../../source/ui/app/play-app.js';
import {runPlay} from '../../source/ui/app/run-play.js';
import {exitCodeOf} from '../../source/ui/app/run-workspace.js';
import {builtInScenarios, cheapPorts, testController} from '../ui/play/play-harness.js';
import {startTerminal, terminalKeys, type Terminal, type TerminalOptions} from './fake-terminal.js';

/** What `startPlay` needs beyond the terminal size. */
export type PlayTerminalOptions = TerminalOptions & {
	/** The environment `runPlay` reads (NO_COLOR, TERM, CI). @default TERM=xterm-256color */
	readonly env?: Readonly<Record<string, string>>;
	/** `mfadesk play <id>`: this scenario first, the picker otherwise. */
	readonly start?: string;
	readonly store?: ProgressStore;
	readonly controller?: Partial<PlayControllerOptions>;
	/**
	 * Renders PlayApp as `runPlay` does, but with Ink drawing up to this many frames a second
	 * instead of its 30: at a fuzzer's typing speed 30 would draw about one state in ten.
	 * @default runPlay itself
	 */
	readonly maxFps?: number;
};

/** One attempt the workspace opened, with every session it saved (the first is where it started). */
export type LoggedAttempt = {readonly live: LiveAttempt; readonly sessions: Session[]};

/** What the play flow did: the variants drawn for a ticket intro, the attempts played, how many were ended (graded). */
export type SessionLog = {readonly prepared: PreparedAttempt[]; readonly attempts: LoggedAttempt[]; ended: number};

/** The play app on a terminal, with its store and every session its attempts went through. */
export type PlayTerminal = Terminal & {
	readonly store: ProgressStore;
	readonly controller: PlayController;
	readonly log: SessionLog;
	/** What the store had written when `runPlay` resolved (an app that then exits keeps only that). */
	readonly savedAtExit: Promise<ProgressData | undefined>;
	/**
	 * From now on the store takes writes only once the app has handed the terminal back (raw mode
	 * off), as a slow disk would: what the app did not wait for (flush) is then missing when it ends.
	 */
	holdSaves(): void;
};

/** The store the app writes to: it can hold writes back, and it knows what it has written. */
function holdingStore(inner: ProgressStore) {
	let held = false;
	let written: ProgressData | undefined;
	let release = () => undefined as void;
	const released = new Promise<void>((resolve) => {
		release = resolve;
	});
	const store: ProgressStore = {
		...inner,
		async update(change) {
			if (held) {
				await released;
			}

			written = await inner.update(change);
			return written;
		},
	};
	return {store, hold: () => void (held = true), release, written: () => written};
}

/** A built-in scenario by id. */
export async function builtIn(id: string): Promise<LoadedScenario> {
	const found = (await builtInScenarios()).find((each) => each.scenario.id === id);
	if (found === undefined) {
		throw new Error(`no built-in scenario ${id}`);
	}

	return found;
}

/** Leaves an unfinished attempt at a built-in scenario in the store (one 5-minute wait taken): opening it offers to resume. */
export async function leaveUnfinished(store: ProgressStore, id: string): Promise<void> {
	const loaded = await builtIn(id);
	const seed = '7';
	const recorder = await beginAttempt(store, {trainee: 'Ana Ruiz', scenarioId: id, scenarioHash: scenarioContentHash(await readFile(loaded.file, 'utf8')), seed});
	const {state} = buildInitialState(loaded.scenario, loaded.fixture, cheapPorts.randomFor(seed));
	await recorder.turn({kind: 'wait', minutes: 5}, state.now + 5 * MINUTE);
}

/** Wraps a controller so every variant drawn and every session the workspace saves is logged (for the secrets they hold). */
export function loggedController(controller: PlayController, log: SessionLog): PlayController {
	const watch = (live: LiveAttempt): LiveAttempt => {
		const logged: LoggedAttempt = {live, sessions: [live.session]};
		log.attempts.push(logged);
		return {
			...live,
			saver: {
				...live.saver,
				sync(previous, next) {
					logged.sessions.push(next);
					live.saver.sync(previous, next);
				},
			},
		};
	};

	return {
		...controller,
		async prepare(loaded) {
			const prepared = await controller.prepare(loaded);
			log.prepared.push(prepared);
			return prepared;
		},
		async end(live, session, how) {
			log.ended++;
			return controller.end(live, session, how);
		},
		start: async (prepared) => watch(await controller.start(prepared)),
		resume: async (offer) => watch(await controller.resume(offer)),
	};
}

/** Starts `runPlay` on a fake terminal (100x30 unless told) with a test controller (seed 1, cheap argon2). */
export async function startPlay(options: PlayTerminalOptions = {}): Promise<PlayTerminal> {
	const store = options.store ?? openMemoryStore();
	const holding = holdingStore(store);
	const log: SessionLog = {prepared: [], attempts: [], ended: 0};
	const controller = loggedController(testController({store: holding.store, ...options.controller}), log);
	const start = options.start === undefined ? undefined : await builtIn(options.start);
	const env = options.env ?? {TERM: 'xterm-256color'};
	const terminal = await startTerminal(async ({stdin, stdout, stderr}) => {
		const streams = {stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream};
		if (options.maxFps === undefined) {
			return runPlay({controller, start, env, ...streams});
		}

		const instance = render(<PlayApp controller={controller} start={start} display={displayModeFrom(env)} />, {...streams, exitOnCtrlC: false, patchConsole: false, maxFps: options.maxFps});
		const code = exitCodeOf(await instance.waitUntilExit());
		await controller.flush();
		return code;
	}, options);
	const setRawMode = terminal.stdin.setRawMode;
	terminal.stdin.setRawMode = (mode) => {
		setRawMode(mode);
		if (!mode) {
			// A turn later: only an app that waits for its saves sees them land before it resolves.
			setImmediate(holding.release);
		}
	};

	const savedAtExit = terminal.exit.then(holding.written, holding.written);
	return {...terminal, store, controller, log, savedAtExit, holdSaves: holding.hold};
}

/** On the picker: moves the selection to the scenario with this id (shown under the list). */
export async function selectScenario(terminal: Terminal, id: string): Promise<void> {
	await terminal.waitFor('Pick a scenario');
	const selected = () => terminal.screen().includes(`${id} `);
	// Back to the top first (two pages up: the selection is never further down in these tests).
	for (let page = 0; page < 2 && !selected(); page++) {
		await terminal.pressAndDraw(terminalKeys.pageUp);
	}

	for (let press = 0; press < 60 && !selected(); press++) {
		await terminal.pressAndDraw(terminalKeys.down);
	}

	if (!selected()) {
		throw new Error(`${id} is not in the picker:\n${terminal.screen()}`);
	}
}

/** From the ticket intro: Enter starts; resolves once the workspace header counts its changes (none yet). */
export async function startAttempt(terminal: Terminal): Promise<void> {
	const from = terminal.mark();
	await terminal.press(terminalKeys.enter);
	await terminal.waitFor('0 changes', from);
}

/** In the workspace (menu focused): give up and confirm; resolves once the debrief shows. */
export async function giveUp(terminal: Terminal): Promise<string> {
	let from = terminal.mark();
	await terminal.press('G');
	await terminal.waitFor('Give up this scenario?', from);
	from = terminal.mark();
	await terminal.press('y');
	return terminal.waitFor('Debrief:', from);
}
