/**
 * A trusted range typed on the MFA page but never saved: "Check my fix" and the submit question say it is
 * not part of what they grade, so the trainee saves instead of doubting a right fix.
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

const flat = (frame: string) => frame.replaceAll(/[│\s]+/g, ' ');

describe('unsaved service settings', () => {
	test('office-guest-wifi-skips-mfa: a narrowed range left unsaved is named by the check and the submit question', async () => {
		run = await renderPlay(testController({store: openMemoryStore()}), {rows: 40});
		await run.selectScenario('office-guest-wifi-skips-mfa');
		await run.press(keys.enter);
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);

		await run.press('3');
		await run.waitFor('[users]');
		await run.press(keys.enter);
		await run.press(keys.right);
		await run.waitFor('[service settings]');
		await run.press(keys.down, keys.down, keys.down, keys.enter);
		await run.waitFor('█');
		await run.press('\u0015', '203.0.113.10/32\r');
		await run.waitFor('203.0.113.10/32 (unsaved)');

		await run.press(keys.tab);
		await run.press('c');
		const check = flat(await run.waitFor(/goal checks (are )?met/));
		expect(check).toContain('Not saved, so not part of this: your changes to trusted IPs on the MFA page\'s service settings (save them there with s).');

		await run.press(keys.escape);
		await run.waitForGone('Check my fix');
		await run.press('s');
		const question = flat(await run.waitFor('Submit your fix for grading?'));
		expect(question).toContain('your changes to trusted IPs');
	});
});
