/**
 * `--real-time` on a ticket set years ago: the intro warns in full (each dated change the jump to today crosses,
 * and that the ticket may not reproduce), the workspace's status line keeps a short warning.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {createSimulatedClock} from '../../../source/adapters/simulated-clock.js';
import {keys} from '../../helpers/ink-harness.js';
import {builtInScenarios, renderPlay, testController, type PlayRun} from '../play/play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

const flat = (frame: string) => frame.replaceAll(/\s+/g, ' ');

describe('a real-time start on an old ticket', () => {
	test('outlook-2010-app-password-2021 in 2025: the intro lists the dated changes, the status line says how many', async () => {
		const loaded = (await builtInScenarios()).find((each) => each.scenario.id === 'outlook-2010-app-password-2021')!;
		const realTime = createSimulatedClock(Date.UTC(2025, 6, 1, 9, 0, 0));
		run = await renderPlay(testController({realTime}), {start: loaded, rows: 40});
		const intro = flat(await run.waitFor('Press Enter to start'));
		expect(intro).toContain("Real time: the clock moves from this ticket's date, Mon 19 Apr 2021 08:10 UTC, to today, Tue 1 Jul 2025 09:00 UTC");
		expect(intro).toContain('• Exchange Online Basic authentication retirement (1 Oct 2022)');
		expect(intro).toContain('• Authenticator number matching (8 May 2023)');
		expect(intro).toContain('The ticket may not reproduce today');

		await run.press(keys.enter);
		await run.waitForChanges(0);
		const status = await run.waitFor(/Real time: \d+ dated changes since this ticket's date/);
		expect(status).toContain('(listed on its intro)');
		expect(status).toContain('Tue 1 Jul 2025');
	});

	test('a ticket from the same era says only that the clock follows yours', async () => {
		const loaded = (await builtInScenarios()).find((each) => each.scenario.id === 'codes-clock-drift')!;
		run = await renderPlay(testController({realTime: createSimulatedClock(Date.UTC(2025, 0, 20, 9, 0, 0))}), {start: loaded, rows: 40});
		const intro = flat(await run.waitFor('Press Enter to start'));
		expect(intro).toContain('no dated fact changed in between. Undo and reset are off.');
		expect(intro).not.toContain('may not reproduce');
	});
});
