/**
 * Ticket 15 today: Outlook 2010 on the reception PC after 1 Oct 2022. Exchange Online refuses Basic authentication
 * before Entra is asked, so the row has no AADSTS code (fact sheet 6.1 step 3, 10), and the diagnostic's "Learn
 * more" must lead to the Basic-auth deprecation page [S25], not to security defaults.
 */
import {describe, expect, it} from 'vitest';
import {signInErrorCodeText, type SignInLogEntry, type TraceStep} from '../../../source/domain/state/logs.js';
import {sourceLinks} from '../../../source/domain/sign-in/source-links.js';
import {buildPerson, buildState, buildUser, outlook, registeredMethods, smtpScanner, today} from '../../helpers/build-state.js';
import {signIn} from '../../helpers/sign-in-helpers.js';

function receptionPc(securityDefaults = false) {
	return buildState({
		now: today,
		tenant: {securityDefaults},
		users: [buildUser({id: 'ines', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: 'app-notification'})],
		people: [buildPerson({userId: 'ines', clients: [outlook('2010', {}, {name: 'Outlook 2010 on reception PC'})]})],
	});
}

function failedStep(entry: SignInLogEntry): TraceStep {
	const step = entry.trace.find((each) => each.verdict === 'fail');
	if (step === undefined) {
		expect.fail('the row has no failed step');
	}

	return step;
}

describe('the failed Outlook 2010 row after the Basic-auth retirement', () => {
	it('shows no sign-in error code: Entra never answered, and 0 would read as success', () => {
		// Given Ines's Outlook 2010 tries the password in 2024
		const {entry} = signIn(receptionPc(), 'ines', 'outlook');

		// Then the row failed without an Entra code, and the detail has no code to show
		expect(entry.status).toBe('Failure');
		expect(signInErrorCodeText(entry)).toBeUndefined();
	});

	it('points "Learn more" at the Exchange Online Basic-auth deprecation page first', () => {
		const {entry} = signIn(receptionPc(), 'ines', 'outlook');
		const [first] = sourceLinks(failedStep(entry).source);
		expect(first).toMatchObject({id: 'S25', title: 'Deprecation of Basic authentication in Exchange Online'});
	});

	it('still points a security-defaults block at the security defaults page', () => {
		const {entry} = signIn(receptionPc(true), 'ines', 'outlook');
		expect(sourceLinks(failedStep(entry).source)[0]?.title).toBe('Security defaults in Microsoft Entra ID');
		expect(signInErrorCodeText(entry)).toBe('530035');
	});

	it('points an SMTP AUTH refusal (SMTP AUTH off) at the SMTP AUTH retirement post, not security defaults', () => {
		// Given the scanner account and SMTP AUTH turned off for the organisation
		const state = buildState({
			now: today,
			tenant: {exchange: {modernAuthEnabled: true, smtpBasicAuthEnabled: false}},
			users: [buildUser({id: 'scanner'})],
			people: [buildPerson({userId: 'scanner', clients: [smtpScanner()]})],
		});
		const {entry} = signIn(state, 'scanner', 'scanner');
		expect(signInErrorCodeText(entry)).toBeUndefined();
		expect(sourceLinks(failedStep(entry).source)[0]?.id).toBe('S27');
	});
});

describe('signInErrorCodeText', () => {
	it('shows 0 for a success, as Entra does, and the AADSTS number for a failure', () => {
		expect(signInErrorCodeText({status: 'Success', errorCode: 0})).toBe('0');
		expect(signInErrorCodeText({status: 'Failure', errorCode: 50_076})).toBe('50076');
		expect(signInErrorCodeText({status: 'Interrupted', errorCode: 50_072})).toBe('50072');
	});
});
