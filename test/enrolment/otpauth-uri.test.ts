import {describe, expect, it} from 'vitest';
import {accountLabel, enrolmentTargets, enrolmentTargetsOf, groupSecret, normaliseSecret, otpauthUri} from '../../source/services/enrolment.js';
import {buildState, buildUser} from '../helpers/build-state.js';
import {independentTotp} from './rfc6238.js';
import {builtInState} from './scenario-state.js';

/** What an authenticator app reads out of a key URI (Google's Key Uri Format). */
function parseKeyUri(uri: string) {
	const url = new URL(uri);
	const label = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
	const [issuer, account] = label.split(':') as [string, string];
	return {protocol: url.protocol, type: url.host, issuer, account, params: Object.fromEntries(url.searchParams), hash: url.hash};
}

describe('otpauth URI', () => {
	it('carries the label, the seed, the issuer and the TOTP parameters, and parses back with new URL', () => {
		const uri = otpauthUri({issuer: 'Contoso Ltd', accountName: 'lena.vogel@contoso.com', secret: 'jbsw y3dp ehpk 3pxp'});

		expect(uri).toBe('otpauth://totp/Contoso%20Ltd:lena.vogel@contoso.com?secret=JBSWY3DPEHPK3PXP&issuer=Contoso%20Ltd&algorithm=SHA1&digits=6&period=30');
		expect(parseKeyUri(uri)).toEqual({
			protocol: 'otpauth:',
			type: 'totp',
			issuer: 'Contoso Ltd',
			account: 'lena.vogel@contoso.com',
			params: {secret: 'JBSWY3DPEHPK3PXP', issuer: 'Contoso Ltd', algorithm: 'SHA1', digits: '6', period: '30'},
			hash: '',
		});
	});

	it('encodes a guest UPN whose # would otherwise start a fragment, and characters that would split the query', () => {
		const uri = otpauthUri({issuer: 'R&D: Fabrikam?', accountName: 'ama_boateng_woodgrove_com#EXT#@fabrikam.onmicrosoft.com', secret: 'GEZDGNBVGY3TQOJQ'});
		const parsed = parseKeyUri(uri);

		expect(parsed.account).toBe('ama_boateng_woodgrove_com#EXT#@fabrikam.onmicrosoft.com');
		expect(parsed.issuer).toBe('R&D Fabrikam?');
		expect(parsed.params).toMatchObject({secret: 'GEZDGNBVGY3TQOJQ', issuer: 'R&D Fabrikam?'});
		expect(parsed.hash).toBe('');
	});

	it('refuses a seed that is not Base32', () => {
		expect(() => otpauthUri({issuer: 'Contoso', accountName: 'a@b.c', secret: 'NOT-BASE32-0189'})).toThrow(/Base32/);
		expect(() => otpauthUri({issuer: 'Contoso', accountName: 'a@b.c', secret: ''})).toThrow(/Base32/);
	});

	it('groups the seed in fours and labels the account as apps list it', () => {
		expect(groupSecret('jbswy3dpehpk3pxp')).toBe('JBSW Y3DP EHPK 3PXP');
		expect(groupSecret('JBSWY3DPEHPK3PXPJBSW')).toBe('JBSW Y3DP EHPK 3PXP JBSW');
		expect(normaliseSecret('jbsw-y3dp ehpk 3pxp==')).toBe('JBSWY3DPEHPK3PXP');
		expect(accountLabel({issuer: 'Contoso Ltd', accountName: 'lena.vogel@contoso.com'})).toBe('Contoso Ltd: lena.vogel@contoso.com');
	});
});

describe('enrolment targets', () => {
	it('lists Authenticator registrations that make codes and software tokens, never hardware tokens', () => {
		const user = buildUser({
			id: 'priya',
			upn: 'priya@contoso.com',
			methods: {
				authenticatorApps: [
					{id: 'app-1', deviceName: 'iPhone 15', push: true, code: true, secret: 'JBSWY3DPEHPK3PXP', registeredAt: 0},
					{id: 'app-2', deviceName: 'Old Pixel', push: true, code: false, secret: 'GEZDGNBVGY3TQOJQ', registeredAt: 0},
				],
				softwareTokens: [{id: 'sw-1', name: 'Aegis', secret: 'GEZDGNBVGY3TQOJQ', registeredAt: 0}],
				hardwareTokens: [{id: 'hw-1', serialNumber: '1001', manufacturer: 'Token2', model: 'C202', secret: 'JBSWY3DPEHPK3PXP', periodSeconds: 30, status: 'activated'}],
			},
		});
		const state = buildState({users: [user]});

		expect(enrolmentTargets(state.tenant, user).map((each) => [each.kind, each.credentialId, each.methodName])).toEqual([
			['authenticator', 'app-1', 'iPhone 15'],
			['software-token', 'sw-1', 'Aegis'],
		]);
		expect(enrolmentTargetsOf(state, 'priya')[0]!.uri).toContain(`otpauth://totp/${encodeURIComponent(state.tenant.name)}:priya@contoso.com?secret=JBSWY3DPEHPK3PXP&`);
		expect(enrolmentTargetsOf(state, 'nobody')).toEqual([]);
	});

	it("carries a built-in scenario's seeded secret: the URI's seed makes the codes the tenant accepts", async () => {
		const {initial, deps} = await builtInState('codes-clock-drift', 1);
		const [target] = enrolmentTargetsOf(initial.state, 'lena');
		const at = initial.state.now / 1000;
		const seed = new URL(target!.uri).searchParams.get('secret')!;

		expect(target!.uri.length).toBeLessThan(140);
		expect(deps.totp.verify(initial.state.tenant.users['lena']!.methods.softwareTokens[0]!.secret, independentTotp(seed, at), at, 30)).toEqual({valid: true, timeStep: at / 30});
	});
});
