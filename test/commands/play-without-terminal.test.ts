/**
 * `mfadesk play <id>` without a terminal: the scenario is resolved first (an unknown id is the first thing
 * to say), then the missing terminal; neither path loads the play UI (Ink, React, yoga).
 */
import {describe, expect, test, vi} from 'vitest';
import {playCommand} from '../../source/commands/play.js';
import {needsTerminalMessage} from '../../source/ui/app/interactive-support.js';
import {runCommand} from './command-harness.js';

const loaded = vi.hoisted(() => ({ui: 0}));

vi.mock('../../source/ui/app/run-play.js', () => {
	loaded.ui++;
	return {runPlay: async () => 0};
});

vi.mock('../../source/ui/app/play-controller.js', () => {
	loaded.ui++;
	return {createPlayController: () => ({})};
});

describe('mfadesk play without a terminal', () => {
	test('an unknown scenario: exit 2 with "did you mean", not the terminal sentence', async () => {
		const result = await runCommand(playCommand, ['codes-wrong-numbr']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('mfadesk: no scenario "codes-wrong-numbr"; did you mean "codes-wrong-number"? Run mfadesk list to see them.\n');
		expect(result.stderr).not.toContain(needsTerminalMessage);
	});

	test('a scenario that exists: exit 2 with the terminal sentence', async () => {
		const result = await runCommand(playCommand, ['codes-wrong-number']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(`${needsTerminalMessage}\n`);
	});

	test('neither loaded the play UI', () => {
		expect(loaded.ui).toBe(0);
	});
});
