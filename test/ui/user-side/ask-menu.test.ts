import {describe, expect, it} from 'vitest';
import {startSession, takeTurn} from '../../../source/domain/session/play-session.js';
import type {Session} from '../../../source/services/session-service.js';
import {askMenu} from '../../../source/ui/user-side/ask-menu.js';
import {conversation, lastWords} from '../../../source/ui/user-side/conversation.js';
import {buildPhone, iosMail, outlook} from '../../helpers/build-state.js';
import {priyaState} from '../../helpers/user-helpers.js';

const labels = (state = priyaState({person: {clients: [outlook('2013'), iosMail('configure-manually')]}})) => askMenu(state, 'priya').map((item) => item.label);

describe('the ask menu', () => {
	it('words the actions the way a helpdesk agent would ask', () => {
		expect(labels()).toEqual(
			expect.arrayContaining([
				'Try signing in again with Outlook 2013',
				'Set the phone\'s time to automatic',
				'Remove the account from Authenticator and add it again',
				'Create an app password named "Outlook 2013"',
				'Set EnableADAL=1 and Version=1 in the registry for Outlook 2013, then sign out and in',
				'Remove the account from iPhone Mail and add it again with Exchange > Sign In',
			]),
		);
	});

	it('offers the same actions whatever is wrong, so it never hints at the fault', () => {
		const broken = priyaState({person: {clients: [outlook('2013'), iosMail('configure-manually')], phone: buildPhone({automaticTime: false, clockOffsetSeconds: 300, smsBlocker: true})}});
		expect(labels(broken)).toEqual(labels());
	});

	it('is empty for someone who is not in the scenario', () => {
		expect(askMenu(priyaState(), 'nobody')).toEqual([]);
	});
});

describe('the conversation', () => {
	it('pairs each request with the person\'s own words, turn by turn', () => {
		const state = priyaState({person: {phone: buildPhone({automaticTime: false, clockOffsetSeconds: 300})}});
		let session: Session = startSession(state);
		const intent = {kind: 'user', intent: {type: 'set-phone-automatic-time', userId: 'priya'}} as const;
		session = takeTurn(session, intent, {kind: 'user', action: intent.intent});
		session = takeTurn(session, intent, {kind: 'user', action: intent.intent});
		expect(conversation(session, 'priya').map((line) => `${line.speaker}: ${line.text}`)).toEqual([
			'trainee: Set the phone\'s time to automatic',
			'user: OK, I\'ve switched the phone to set the date and time automatically.',
			'trainee: Set the phone\'s time to automatic',
			'user: The phone already sets the time automatically.',
		]);
		expect(lastWords(session)).toEqual(['The phone already sets the time automatically.']);
	});
});
