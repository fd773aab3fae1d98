/** The debrief screen's header says where the scroll is in lines: "· 57%" beside the score read as a second grade. */
import {describe, expect, test} from 'vitest';
import {richDisplay} from '../../../source/ui/app/display.js';
import {DebriefScreen} from '../../../source/ui/debrief/debrief-screen.js';
import {keys, renderApp} from '../../helpers/ink-harness.js';
import {debriefOf} from './debrief-helpers.js';

describe('the debrief header', () => {
	test('shows the score and the lines on screen, and follows the scroll', async () => {
		// Given a long debrief on an 80x24 terminal
		const data = await debriefOf('codes-wrong-number', [{admin: 'set-per-user-mfa', users: ['priya'], state: 'disabled'}]);
		const screen = await renderApp(<DebriefScreen data={data} display={richDisplay} width={80} height={24} onPicker={() => undefined} onQuit={() => undefined} />);

		// Then the header gives the position in lines, never a percentage
		const first = await screen.waitFor(/Score 0\/100 · lines 1-\d+ of \d+/);
		expect(first).not.toMatch(/\d+%/);

		// When the trainee pages down, the range moves on
		await screen.press(keys.pageDown);
		await screen.waitFor(/lines (?!1-)\d+-\d+ of \d+/);
		screen.unmount();
	});
});
