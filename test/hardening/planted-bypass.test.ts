/**
 * Planted security bugs in the MFA bypasses, one per test: trusted IPs that skip MFA on any licence and for
 * security defaults too, and a remembered-device cookie honoured in a browser the grant was not issued to.
 * Invariant (a) must catch both.
 */
import {describe, expect, it, vi} from 'vitest';
import {DAY} from '../../source/domain/common/time.js';
import {firstBrokenInvariant} from './planted-bugs.js';

const plant = vi.hoisted(() => ({bug: 'none' as 'none' | 'any-licence' | 'any-browser'}));

vi.mock('../../source/domain/sign-in/bypass.js', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../source/domain/sign-in/bypass.js')>();
	return {
		...original,
		trustedIpsApply: (...args: Parameters<typeof original.trustedIpsApply>) => plant.bug === 'any-licence' || original.trustedIpsApply(...args),
		validRememberedGrant: (...args: Parameters<typeof original.validRememberedGrant>) => {
			const [tenant, user, client, now] = args;
			if (plant.bug !== 'any-browser' || client.kind !== 'browser' || client.rememberCookie === undefined || !tenant.settings.rememberMfa.enabled) {
				return original.validRememberedGrant(...args);
			}

			// The bug: the grant is found by id alone, whichever browser it was issued to.
			const grant = user.rememberedDevices.find((each) => each.id === client.rememberCookie?.grantId);
			return grant !== undefined && now < Math.min(grant.expiresAt, grant.grantedAt + tenant.settings.rememberMfa.days * DAY) ? grant : undefined;
		},
	};
});

describe('the invariants bite', () => {
	it('a trusted-IP bypass without P1/P2 or without per-user MFA breaks invariant (a)', async () => {
		// Given trusted IPs that skip MFA whatever the licence and whatever requires MFA, when random sessions are played
		plant.bug = 'any-licence';
		const broken = await firstBrokenInvariant();
		// Then a sign-in that succeeded without the required factor is reported
		expect(broken).toMatch(/MFA is required but the sign-in succeeded with "MFA requirement skipped due to location"|opened a legacy client/);
	});

	it('a remembered-device cookie honoured in another browser breaks invariant (a)', async () => {
		// Given grants looked up by id alone, when random sessions are played
		plant.bug = 'any-browser';
		const broken = await firstBrokenInvariant(2000);
		// Then the remembered-device success in the wrong browser is reported
		expect(broken).toMatch(/MFA is required but the sign-in succeeded with "MFA requirement skipped due to remembered device"/);
	});
});
