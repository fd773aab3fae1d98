/** The picker counts every scenario of the built-in pack: "All topics (27 of 27)" when 27 files load. */
import {readdir} from 'node:fs/promises';
import {afterEach, describe, expect, test} from 'vitest';
import {keys} from '../../helpers/ink-harness.js';
import {renderPlay, testController, type PlayRun} from '../play/play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('the picker\'s count', () => {
	test('shows every built-in scenario under "All topics", and fewer under one topic', async () => {
		const files = (await readdir('fixtures/scenarios')).filter((name) => /\.(ya?ml|json)$/.test(name));
		run = await renderPlay(testController());
		const frame = await run.waitFor('Pick a scenario');
		expect(frame).toContain(`All topics (${files.length} of ${files.length})`);
		await run.press(keys.right);
		const topic = await run.waitFor(new RegExp(`\\(\\d+ of ${files.length}\\)`));
		const [, shown] = new RegExp(`\\((\\d+) of ${files.length}\\)`).exec(topic) ?? [];
		expect(Number(shown)).toBeGreaterThan(0);
		expect(Number(shown)).toBeLessThan(files.length);
	});
});
