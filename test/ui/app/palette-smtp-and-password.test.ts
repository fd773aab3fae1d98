/**
 * The command palette offers the Exchange SMTP AUTH switches (ticket 28) and "Update your password" (after a
 * reset), in the admin center's and the person's words.
 */
import {describe, expect, it} from 'vitest';
import {adminIntents} from '../../../source/ui/app/admin-commands.js';
import {describeAdminIntent} from '../../../source/services/describe-intent.js';
import {paletteCommands} from '../../../source/ui/app/palette-commands.js';
import {buildPerson, buildState, buildUser, smtpScanner} from '../../helpers/build-state.js';

const state = buildState({
	users: [buildUser({id: 'scanner', displayName: 'Scan to Email'})],
	people: [buildPerson({userId: 'scanner', clients: [smtpScanner()]})],
	tenant: {exchange: {modernAuthEnabled: true, smtpBasicAuthEnabled: false}},
});

describe('palette: SMTP AUTH', () => {
	it('offers all three mailbox values for each person, and the organisation switch opposite to its state', () => {
		const intents = adminIntents(state);
		expect(intents.filter((intent) => intent.type === 'set-mailbox-smtp-auth')).toEqual([
			{type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'},
			{type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'disabled'},
			{type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'organization'},
		]);
		expect(intents.filter((intent) => intent.type === 'set-smtp-auth')).toEqual([{type: 'set-smtp-auth', enabled: true}]);
	});

	it('names the cmdlet a real admin would run', () => {
		expect(describeAdminIntent({type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'enabled'}, state)).toBe(
			"Turn SMTP AUTH on for Scan to Email's mailbox only (Set-CASMailbox -SmtpClientAuthenticationDisabled $false)",
		);
		expect(describeAdminIntent({type: 'set-mailbox-smtp-auth', userId: 'scanner', setting: 'organization'}, state)).toBe(
			"Let Scan to Email's mailbox follow the organisation's SMTP AUTH setting (Set-CASMailbox -SmtpClientAuthenticationDisabled $null)",
		);
		expect(describeAdminIntent({type: 'set-smtp-auth', enabled: true}, state)).toBe('Turn SMTP AUTH on for the whole organisation (Set-TransportConfig -SmtpClientAuthenticationDisabled $false)');
	});
});

describe('palette: "Update your password"', () => {
	it('is offered once for each person, under Ask', () => {
		const asks = paletteCommands(state).filter((command) => command.action.kind === 'play' && command.action.intent.kind === 'user' && command.action.intent.intent.type === 'change-password');
		expect(asks.map((command) => [command.group, command.label])).toEqual([['Ask', 'Ask Scan to Email: Sign in with the temporary password and choose a new one ("Update your password")']]);
	});
});
