/**
 * The debrief a trainee reads after submitting, from the user review: goal lines must not tick what was not met, red
 * flags must say what went wrong, and nothing internal (ids, script syntax) may show.
 */
import {describe, expect, test} from 'vitest';
import {scrollPosition} from '../../../source/ui/debrief/debrief-model.js';
import {debriefLines, debriefOf} from './debrief-helpers.js';

describe('codes-wrong-number, fixed by disabling Priya\'s MFA', () => {
	test('the red flag says she is no longer Enforced, and "with a text code" is not ticked', async () => {
		// Given a trainee who disables Priya's MFA, asks her to sign in and submits
		const data = await debriefOf('codes-wrong-number', [
			{admin: 'set-per-user-mfa', users: ['priya'], state: 'disabled'},
			{ask: 'priya', to: 'sign-in', client: 'browser'},
		]);
		const text = debriefLines(data);

		// Then the debrief names the harm and refuses the goal she only met on her password
		expect(text).toContain("✗ Priya Patel's per-user MFA is no longer Enforced (-40 points)");
		expect(text).toContain('✗ Priya signs in with a text code');
		expect(text).toContain('actual:   Success, single-factor (password alone)');
		expect(text).not.toContain('✓ Priya signs in with a text code');
		expect(text).not.toContain("per-user MFA is Enforced (-40");
	});

	test('the reference solution reads as the workspace says each action, the check included', async () => {
		const text = debriefLines(await debriefOf('codes-wrong-number', []));
		expect(text).toMatch(/1\. Set Priya Patel's authentication phone to \+1 4255550123/);
		expect(text).toContain("2. Check: Priya Patel's authentication phone is +1 4255550123");
		expect(text).toContain('3. Ask Priya Patel: Try signing in again with');
		expect(text).not.toMatch(/admin set-phone-method|ask priya to|\{"phoneNumber"/);
	});
});

describe('codes-sms-blocker, left as it was', () => {
	test('the goal line explains the cause on Fatima\'s side that the admin center could not show', async () => {
		const text = debriefLines(await debriefOf('codes-sms-blocker', []), 400);
		expect(text).toMatch(/✗ Fatima signs in with her usual text code[\s\S]*On the user's side: A third-party security app/);
		expect(text).toContain('1. Ask Fatima Zahra: Turn off the spam/call blocker app on the phone');
		expect(text).not.toContain('remove-blocker');
	});
});

describe('lost-phone-stolen: a method deleted by id', () => {
	test('goal lines name the stolen phone\'s Authenticator by device, never by internal id', async () => {
		const data = await debriefOf('lost-phone-stolen', [{admin: 'delete-method', user: 'ben', method: 'app-1'}]);
		const removed = data.grade.goal.checks.find((check) => check.label === "The stolen phone's Authenticator registration is removed")!;
		expect(removed).toMatchObject({passed: true, actual: 'none registered'});
		expect(removed.expected).toMatch(/^Microsoft Authenticator on .+ no longer registered$/);
		expect(debriefLines(data)).not.toMatch(/app-1|auth-app-\d/);
	});
});

describe('an unresolved ticket', () => {
	test('giving up at once scores 0, with the posture line saying why', async () => {
		const text = debriefLines(await debriefOf('codes-wrong-number', [], 'give-up'));
		expect(text).toContain('Score 0/100');
		expect(text).toMatch(/security\s+0 \/ 30\s+Only earned when the goal is met; no red flag raised\./);
	});
});

describe('where the debrief is scrolled', () => {
	test('is said in lines, never as a percentage that reads like a grade', () => {
		expect(scrollPosition(0, 20, 70)).toBe('lines 1-20 of 70');
		expect(scrollPosition(55, 15, 70)).toBe('lines 56-70 of 70');
	});
});

describe('outlook-2010-current-tenant, reference solution', () => {
	test('names the client as an earlier step renamed it: the sign-in after the upgrade is with the new Outlook', async () => {
		const text = debriefLines(await debriefOf('outlook-2010-current-tenant', []), 200);
		expect(text).toMatch(/1\. Ask \w+ \w+: Upgrade Outlook 2010 .*to Outlook for Microsoft 365/);
		expect(text).toMatch(/2\. Ask \w+ \w+: Try signing in again with Outlook for Microsoft 365/);
		expect(text).not.toMatch(/2\. Ask \w+ \w+: Try signing in again with Outlook 2010/);
	});
});

describe('the timeline', () => {
	test('stamps each action with the clock and the time since the start, in words for long waits', async () => {
		const data = await debriefOf('codes-wrong-number', [
			{admin: 'set-phone-method', user: 'priya', slot: 'authentication', number: '+1 4255550123'},
			{wait: '3d'},
		]);
		const lines = debriefLines(data).split('\n');
		const timeline = lines.slice(lines.indexOf('Timeline: what you did'));
		expect(timeline[1]).toMatch(/^ {2}\d\d:\d\d \(\d+ min in\) +Set Priya Patel's authentication phone/);
		expect(timeline[2]).toMatch(/^ {2}\d\d:\d\d \(3 d in\) +Wait 3 days/);
		// The actions start in one column, whatever the width of the stamps.
		expect(timeline[1]!.indexOf('Set ')).toBe(timeline[2]!.indexOf('Wait '));
		expect(timeline.join('\n')).not.toMatch(/\+ ?\d+m /);
	});
});
