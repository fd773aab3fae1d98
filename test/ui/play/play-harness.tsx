/**
 * Renders the whole play flow (picker, ticket, workspace, debrief) over the built-in pack with a
 * memory store and cheap argon2, through the one Ink harness: keys in, frames awaited, never slept.
 */
import path from 'node:path';
import {expect} from 'vitest';
import type {LoadedScenario} from '../../../source/adapters/scenario-files.js';
import {createRunPorts} from '../../../source/commands/real-deps.js';
import {loadCatalogue} from '../../../source/services/scenario-source-service.js';
import {PlayApp} from '../../../source/ui/app/play-app.js';
import {createPlayController, type LiveAttempt, type PlayController, type PlayControllerOptions} from '../../../source/ui/app/play-controller.js';
import type {Session} from '../../../source/services/session-service.js';
import type {WorkspaceExitReason} from '../../../source/ui/app/workspace.js';
import {openMemoryStore, type ProgressStore} from '../../../source/store/progress-store.js';
import {keys, renderApp, type Harness} from '../../helpers/ink-harness.js';

/** argon2id at a cost tests can afford for new hashes (the fixtures' own hashes keep theirs). */
export const cheapPorts = createRunPorts({cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});

let catalogue: Promise<readonly LoadedScenario[]> | undefined;

/** The built-in pack, loaded once per test file. */
export async function builtInScenarios(): Promise<readonly LoadedScenario[]> {
	catalogue ??= loadCatalogue({fixturesDir: path.resolve('fixtures')}).then((loaded) => loaded.scenarios);
	return catalogue;
}

/** A controller over the built-in pack: memory store, cheap argon2, seed 1 unless told otherwise. */
export function testController(options: Partial<PlayControllerOptions> & {readonly store?: ProgressStore} = {}): PlayController {
	return createPlayController({
		store: openMemoryStore(),
		ports: cheapPorts,
		trainee: 'Ana Ruiz',
		seed: '1',
		newSeed: () => '1',
		loadScenarios: async () => ({scenarios: await builtInScenarios(), problems: 0}),
		...options,
	});
}

async function tick(): Promise<void> {
	// Two macrotask rounds: React flushes passive effects on a scheduler turn.
	for (let round = 0; round < 2; round++) {
		await new Promise<void>((resolve) => {
			setImmediate(() => {
				setTimeout(resolve, 0);
			});
		});
	}
}

/** The play app under test, with helpers that speak in the trainee's moves. */
export type PlayRun = Harness & {
	readonly exits: WorkspaceExitReason[];
	/** Moves the picker's selection to the scenario with this id (its id shows under the list). */
	selectScenario(id: string): Promise<void>;
	/** Opens the command palette, types the words and runs the best match, then waits until the attempt holds `expectTurns` turns. */
	command(words: string, expectTurns?: number): Promise<void>;
	/** Runs a palette command that opens a text field (a phone number, a handover note), types into it and presses Enter. */
	commandThenType(words: string, typed: string, expectTurns?: number): Promise<void>;
	/** Waits for the header's count of changes: what the debrief compares with par (waits and sign-ins are free). */
	waitForChanges(count: number): Promise<void>;
	/** Waits until the attempt being played holds this many turns (waits and free actions included) and the workspace is idle again. */
	waitForTurns(count: number): Promise<void>;
};

/** What a watched controller saw: the attempt it opened last, and its session as the workspace last changed it. */
export type Watched = {live?: LiveAttempt; latest?: Session};

/** The controller, recording in `seen` the attempt it opens (started or resumed) and every session the workspace saves. */
export function watched(controller: PlayController, seen: Watched = {}): {readonly controller: PlayController; readonly seen: Watched} {
	const watch = (live: LiveAttempt): LiveAttempt => {
		seen.live = live;
		seen.latest = live.session;
		return {
			...live,
			saver: {
				...live.saver,
				sync(previous, next) {
					seen.latest = next;
					live.saver.sync(previous, next);
				},
			},
		};
	};

	return {controller: {...controller, start: async (prepared) => watch(await controller.start(prepared)), resume: async (offer) => watch(await controller.resume(offer))}, seen};
}

/** Renders the play app at 100x30 (ink-testing-library's width) over the controller. */
export async function renderPlay(controller: PlayController, options: {readonly start?: LoadedScenario; readonly rows?: number} = {}): Promise<PlayRun> {
	const exits: WorkspaceExitReason[] = [];
	const {controller: counting, seen} = watched(controller);
	const harness = await renderApp(<PlayApp controller={counting} start={options.start} size={{columns: 100, rows: options.rows ?? 30}} onExit={(reason) => exits.push(reason)} />);
	const waitFor: Harness['waitFor'] = async (expected, maxTicks = 4000) => {
		const frame = await harness.waitFor(expected, maxTicks);
		await tick();
		return frame;
	};

	const command = async (words: string, expectTurns?: number) => {
		await harness.press(':');
		await waitFor('type to search every action');
		await harness.type(words);
		await waitFor(/\d+ match/);
		await harness.press(keys.enter);
		if (expectTurns !== undefined) {
			await waitForTurns(expectTurns);
		}
	};
	const waitForChanges = async (count: number) => {
		await waitFor(new RegExp(`\\b${count} changes?\\b`));
	};

	const waitForTurns = async (count: number) => {
		// The header shows its count again (not "Working...") once the turn has landed.
		const turns = () => seen.latest?.turns.length;
		for (let index = 0; index < 4000 && !(turns() === count && /\b\d+ changes?\b/.test(harness.text())); index++) {
			await tick();
		}

		expect(turns(), `turns played; last frame:\n${harness.text()}`).toBe(count);
		await waitFor(/\b\d+ changes?\b/);
	};

	return {
		...harness,
		waitFor,
		exits,
		waitForChanges,
		waitForTurns,
		async selectScenario(id) {
			await waitFor('Pick a scenario');
			for (let press = 0; press < 40 && !harness.text().includes(`${id} ·`); press++) {
				await harness.press(keys.down);
			}

			await waitFor(`${id} ·`);
		},
		command,
		async commandThenType(words, typed, expectTurns) {
			await command(words);
			await waitFor(/Phone number:|Write the handover note/);
			await harness.type(typed);
			await harness.press(keys.enter);
			if (expectTurns !== undefined) {
				await waitForTurns(expectTurns);
			}
		},
	};
}
