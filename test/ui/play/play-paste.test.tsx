/**
 * A sentence pasted (or typed into the wrong place) while the menu has the keys: only its first key acts.
 * "sorry" used to open the submit prompt with `s` and answer it with the `y` of the same paste.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {openMemoryStore} from '../../../source/store/progress-store.js';
import {keys} from '../../helpers/ink-harness.js';
import {renderPlay, testController, type PlayRun} from './play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('a paste on the menu', () => {
	test('"sorry" opens the submit prompt but its y does not answer it; the attempt goes on', async () => {
		run = await renderPlay(testController({store: openMemoryStore()}), {rows: 40});
		await run.selectScenario('codes-wrong-number');
		await run.press(keys.enter);
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);

		await run.press('sorry');
		const prompt = await run.waitFor('y yes');
		expect(prompt).not.toContain('Debrief');
		await run.press('n');
		const back = await run.waitForGone('y yes');
		expect(back).not.toContain('Debrief');
		expect(back).toContain('0 changes');
	});
});
