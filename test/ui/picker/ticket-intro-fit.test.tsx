/**
 * The ticket intro fits its frame: in a small terminal blank lines go first, then the real-time warning
 * shortens, never drawing one line over another (Ink shrinks boxes that overflow a column).
 */
import {afterEach, describe, expect, test} from 'vitest';
import {createSimulatedClock} from '../../../source/adapters/simulated-clock.js';
import {glyphsFor, richDisplay} from '../../../source/ui/app/display.js';
import {introLines} from '../../../source/ui/picker/intro-lines.js';
import {builtInScenarios, renderPlay, testController, type PlayRun} from '../play/play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

const wallClock = () => createSimulatedClock(Date.UTC(2025, 6, 1, 9, 0, 0));

async function prepared(id: string, realTime: boolean) {
	const loaded = (await builtInScenarios()).find((each) => each.scenario.id === id)!;
	return testController(realTime ? {realTime: wallClock()} : {}).prepare(loaded);
}

const text = (lines: ReturnType<typeof introLines>) => lines.map((line) => line.map((span) => span.text).join(''));

describe('the ticket intro in the room it has', () => {
	test('keeps blank lines between blocks when there is room, drops them first when there is not', async () => {
		const attempt = await prepared('outlook-2010-app-password-2021', false);
		const roomy = text(introLines(attempt, undefined, 118, 35, glyphsFor(richDisplay)));
		expect(roomy).toContain('');
		expect(roomy.at(-1)).toBe('Press Enter to start, Esc to go back.');
		const tight = text(introLines(attempt, undefined, 78, 19, glyphsFor(richDisplay)));
		expect(tight.length).toBeLessThanOrEqual(19);
		expect(tight).not.toContain('');
		expect(tight[0]).toMatch(/^Ticket from \w+ \w+ on the phone$/);
		expect(tight).toContain('What they tried');
		expect(tight.at(-1)).toBe('Press Enter to start, Esc to go back.');
	});

	test('shortens the real-time warning before it cuts anything, every change still named', async () => {
		const attempt = await prepared('outlook-2010-app-password-2021', true);
		const changes = attempt.realTime!.eraChanges;
		const full = text(introLines(attempt, undefined, 118, 35, glyphsFor(richDisplay))).join(' ');
		expect(full).toContain('The ticket may not reproduce today');
		const bullets = text(introLines(attempt, undefined, 118, 22, glyphsFor(richDisplay)));
		expect(bullets.length).toBeLessThanOrEqual(22);
		expect(bullets.join(' ')).not.toContain('The ticket may not reproduce today');
		expect(bullets.join(' ')).toContain('so the ticket may not reproduce:');
		for (const change of changes) {
			expect(bullets).toContain(`  • ${change}`);
		}
	});

	test('draws each line once at 100x24 with a real-time warning: nothing written over anything', async () => {
		const loaded = (await builtInScenarios()).find((each) => each.scenario.id === 'outlook-2010-app-password-2021')!;
		run = await renderPlay(testController({realTime: wallClock()}), {start: loaded, rows: 24});
		const frame = await run.waitFor('Real time:');
		const lines = frame.split('\n');
		expect(lines.some((line) => /^Ticket from \w+ \w+ on the phone$/.test(line))).toBe(true);
		expect(lines).toContain('What they tried');
		expect(lines.some((line) => line.startsWith('Time limit 20 simulated minutes · par 3 changes'))).toBe(true);
		expect(lines.some((line) => line.startsWith('You are signed in as sam.okafor@contoso.com'))).toBe(true);
	});
});
