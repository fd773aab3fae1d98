import {describe, expect, it} from 'vitest';
import {eraWarning} from '../../../source/ui/app/play-controller.js';
import {authenticatorCommands} from '../../../source/ui/app/palette-commands.js';
import {eraChangesBetween} from '../../../source/services/real-time.js';
import {glyphsFor, richDisplay} from '../../../source/ui/app/display.js';
import {realTimeWarningLines} from '../../../source/ui/picker/real-time-warning.js';

describe('real-time pieces of the play flow', () => {
	it('keeps the status line\'s warning short: how many dated facts the jump crosses, the intro lists them', () => {
		expect(eraWarning([])).toBeUndefined();
		const changes = eraChangesBetween(Date.UTC(2021, 0, 1), Date.UTC(2025, 6, 1));
		const warning = eraWarning(changes);
		expect(warning).toBe(`Real time: ${changes.length} dated changes since this ticket's date (listed on its intro); it may not play as written.`);
		expect(warning!.length).toBeLessThan(110);
		expect(eraWarning(changes.slice(0, 1))).toContain('1 dated change since');
	});

	it('lists each dated change on the ticket intro, wrapped, and says the ticket may not reproduce today', () => {
		const jump = {from: Date.UTC(2021, 3, 19, 8, 10), to: Date.UTC(2025, 6, 1, 9, 0), eraChanges: eraChangesBetween(Date.UTC(2021, 3, 19), Date.UTC(2025, 6, 1))};
		const {lines, tone} = realTimeWarningLines(jump, 60, glyphsFor(richDisplay));
		expect(tone).toBe('warn');
		expect(lines.every((line) => line.length <= 60)).toBe(true);
		const text = lines.join(' ').replaceAll(/\s+/g, ' ');
		expect(text).toContain('Mon 19 Apr 2021 08:10 UTC');
		expect(text).toContain('Tue 1 Jul 2025 09:00 UTC');
		for (const change of jump.eraChanges) {
			expect(text).toContain(change);
		}

		expect(lines.filter((line) => line.startsWith('  • '))).toHaveLength(jump.eraChanges.length);
		expect(text).toContain('may not reproduce today');
		const quiet = realTimeWarningLines({...jump, eraChanges: []}, 60, glyphsFor(richDisplay));
		expect(quiet.tone).toBe('muted');
		expect(quiet.lines.join(' ')).toContain('no dated fact changed');
	});

	it('offers typing a code from your own app only in real time; the QR code always', () => {
		expect(authenticatorCommands(false).map((command) => command.action.kind)).toEqual(['enrol']);
		expect(authenticatorCommands(true).map((command) => command.action.kind)).toEqual(['enrol', 'type-code']);
	});
});
