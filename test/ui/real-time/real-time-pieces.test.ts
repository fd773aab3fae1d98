import {describe, expect, it} from 'vitest';
import {eraWarning} from '../../../source/ui/app/play-controller.js';
import {authenticatorCommands} from '../../../source/ui/app/palette-commands.js';
import {eraChangesBetween} from '../../../source/services/real-time.js';

describe('real-time pieces of the play flow', () => {
	it('warns about the dated facts a jump to today crosses, and says nothing when none', () => {
		expect(eraWarning([])).toBeUndefined();
		const warning = eraWarning(eraChangesBetween(Date.UTC(2021, 0, 1), Date.UTC(2025, 6, 1)));
		expect(warning).toContain('Authenticator number matching');
		expect(warning).toMatch(/^Real time: /);
	});

	it('offers typing a code from your own app only in real time; the QR code always', () => {
		expect(authenticatorCommands(false).map((command) => command.action.kind)).toEqual(['enrol']);
		expect(authenticatorCommands(true).map((command) => command.action.kind)).toEqual(['enrol', 'type-code']);
	});
});
