/**
 * Renders the whole play flow (picker, ticket, workspace, debrief) over the built-in pack with a
 * memory store and cheap argon2, through the one Ink harness: keys in, frames awaited, never slept.
 */
import path from 'node:path';
import type {LoadedScenario} from '../../../source/adapters/scenario-files.js';
import {createRunPorts} from '../../../source/commands/real-deps.js';
import {loadCatalogue} from '../../../source/services/scenario-source-service.js';
import {PlayApp} from '../../../source/ui/app/play-app.js';
import {createPlayController, type PlayController, type PlayControllerOptions} from '../../../source/ui/app/play-controller.js';
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
	/** Opens the command palette, types the words and runs the best match, then waits for the turn. */
	command(words: string, expectActions?: number): Promise<void>;
	/** Waits for the header's action count. */
	waitForActions(count: number): Promise<void>;
};

/** Renders the play app at 100x30 (ink-testing-library's width) over the controller. */
export async function renderPlay(controller: PlayController, options: {readonly start?: LoadedScenario; readonly rows?: number} = {}): Promise<PlayRun> {
	const exits: WorkspaceExitReason[] = [];
	const harness = await renderApp(<PlayApp controller={controller} start={options.start} size={{columns: 100, rows: options.rows ?? 30}} onExit={(reason) => exits.push(reason)} />);
	const waitFor: Harness['waitFor'] = async (expected, maxTicks = 4000) => {
		const frame = await harness.waitFor(expected, maxTicks);
		await tick();
		return frame;
	};

	const waitForActions = async (count: number) => {
		await waitFor(new RegExp(`\\b${count} actions?\\b`));
	};

	return {
		...harness,
		waitFor,
		exits,
		waitForActions,
		async selectScenario(id) {
			await waitFor('Pick a scenario');
			for (let press = 0; press < 40 && !harness.text().includes(`${id} ·`); press++) {
				await harness.press(keys.down);
			}

			await waitFor(`${id} ·`);
		},
		async command(words, expectActions) {
			await harness.press(':');
			await waitFor('type to search every action');
			await harness.type(words);
			await waitFor(/\d+ match/);
			await harness.press(keys.enter);
			if (expectActions !== undefined) {
				await waitForActions(expectActions);
			}
		},
	};
}
