/**
 * escalate-enable-mfa-helpdesk played by keystrokes: the Helpdesk Administrator's Enable is refused, the
 * palette finds "Escalate the ticket to ...", the handover dialog refuses an empty note, and the note written
 * escalates the ticket; the debrief grades it passed.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {openMemoryStore} from '../../../source/store/progress-store.js';
import {emptyNoteMessage} from '../../../source/ui/app/escalate-dialog.js';
import {keys} from '../../helpers/ink-harness.js';
import {renderPlay, testController, type PlayRun} from './play-harness.js';

let run: PlayRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

const note = 'Please Enable per-user MFA for Noah Bennett before Monday: payments role, audit requirement. My Helpdesk role may not.';

describe('escalating a ticket from the palette', () => {
	test('escalate-enable-mfa-helpdesk: refused, then escalated to an Authentication Administrator with a note, passes', async () => {
		const store = openMemoryStore();
		run = await renderPlay(testController({store}), {rows: 40});
		await run.selectScenario('escalate-enable-mfa-helpdesk');
		await run.press(keys.enter);
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);

		// The wall: a Helpdesk Administrator may not change per-user MFA.
		await run.command('enable multi-factor noah', 1);
		expect(run.text()).toContain('✗');
		// The status line says the way on before the long refusal would be cut at the edge.
		await run.waitFor('Your role may not do this; to hand it on, press : and type escalate.');

		await run.press(':');
		await run.waitFor('type to search every action');
		await run.type('escal');
		// Every target but the trainee's own role (Helpdesk Administrator): 18 of the 19.
		const found = await run.waitFor('18 matches');
		expect(found).toContain('Escalate the ticket to tier 2 (the second-line team)...');
		expect(found).not.toContain('Escalate the ticket to a Helpdesk Administrator');
		expect(found).toContain('Escalate the ticket to an Authentication Administrator...');
		expect(found).not.toContain('SMTP');
		await run.type(' authentication admin');
		await run.waitFor('› Escalate the ticket to an Authentication Administrator...');
		await run.press(keys.enter);
		await run.waitFor('Write the handover note');

		// An empty note is refused with a sentence, and nothing is played.
		await run.press(keys.enter);
		await run.waitFor(emptyNoteMessage.slice(0, 40));
		await run.type(note);
		await run.waitForGone(emptyNoteMessage.slice(0, 40));
		await run.press(keys.enter);
		await run.waitForTurns(2);
		await run.waitForChanges(1);
		expect(run.text()).toContain('✓ 08:');
		expect(run.text()).toContain('Escalate the ticket to an Authentication Administrator: Please Enable');

		await run.press('s');
		await run.waitFor('Submit your fix for grading?');
		await run.press('y');
		const debrief = await run.waitFor('Debrief:');
		expect(debrief).toContain('Resolved: the goal is met and no red flag was raised.');
		expect(debrief).toContain('actual:   escalated to Authentication Administrator');
		expect(debrief).toContain('Met by "Handed to an Authentication Administrator"');
		const data = await store.read();
		expect(data.attempts[0]).toMatchObject({scenarioId: 'escalate-enable-mfa-helpdesk', outcome: 'passed'});
		expect(data.attempts[0]!.transcript.at(-1)?.intent).toMatchObject({kind: 'escalate', to: 'authentication-administrator', reason: note});
	});

	test('Esc in the handover dialog escalates nothing', async () => {
		run = await renderPlay(testController());
		await run.selectScenario('escalate-enable-mfa-helpdesk');
		await run.press(keys.enter);
		await run.waitFor('Press Enter to start');
		await run.press(keys.enter);
		await run.waitForChanges(0);
		await run.command('escalate tier');
		await run.waitFor('Escalate the ticket to tier 2 (the second-line team)');
		await run.type('half a note');
		await run.press(keys.escape);
		await run.waitForGone('Write the handover note');
		expect(run.text()).toContain('Nothing done yet');
	});
});
