/**
 * What the person says is shown in double quotes (`Ruth: "..."`), so a name they quote inside uses single quotes:
 * `Ruth: "OK, I've created an app password called 'Outlook 2010 on desktop' and written it down."`
 */
import {describe, expect, it} from 'vitest';
import {accept, priyaState, saidLines} from '../../helpers/user-helpers.js';

const appPasswordFacts = {secret: 'abcdefghijklmnop', hash: 'fake-hash', lookupTag: 'tag-1'};

describe('names the person quotes in their own words', () => {
	it('quotes the new app password\'s name in single quotes', () => {
		// Given app passwords are allowed and Priya is Enforced
		const state = priyaState({settings: {appPasswordsAllowed: true}});

		// When she creates an app password for Outlook 2010
		const result = accept(state, {type: 'create-app-password', userId: 'priya', name: 'Outlook 2010 on desktop', ...appPasswordFacts});

		// Then she names it in single quotes, so the conversation's double quotes stay balanced
		expect(saidLines(result.events)).toEqual(['OK, I\'ve created an app password called \'Outlook 2010 on desktop\' and written it down.']);
	});

	it('quotes the deleted app password and the chosen default method the same way', () => {
		const created = accept(priyaState({settings: {appPasswordsAllowed: true}}), {type: 'create-app-password', userId: 'priya', name: 'Laptop', ...appPasswordFacts});
		const appPasswordId = created.state.tenant.users['priya']!.appPasswords[0]!.id;
		const deleted = accept(created.state, {type: 'delete-app-password', userId: 'priya', appPasswordId});
		const changed = accept(priyaState(), {type: 'change-default-method', userId: 'priya', method: 'text'});
		const unchanged = accept(priyaState(), {type: 'change-default-method', userId: 'priya', method: 'app-notification'});
		for (const line of [...saidLines(deleted.events), ...saidLines(changed.events), ...saidLines(unchanged.events)]) {
			expect(line).not.toContain('"');
			expect(line).toMatch(/'[^']+'/);
		}
	});
});
