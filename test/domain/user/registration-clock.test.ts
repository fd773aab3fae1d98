/**
 * Ticket 6 ("my authenticator code is always incorrect"): re-registering issues a new seed, but the app makes its
 * codes on the same wrong clock, so Security info must refuse the code just as the sign-in does (fact sheet 3.5,
 * ticket 6: "new seed, same clock: still fails").
 */
import {describe, expect, it} from 'vitest';
import {tenantTotpWindowSteps as adapterWindowSteps} from '../../../source/adapters/otplib-totp.js';
import {SECOND} from '../../../source/domain/common/time.js';
import {deviceCodeAccepted, tenantTotpWindowSteps} from '../../../source/domain/common/totp-window.js';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import {buildPhone, instant} from '../../helpers/build-state.js';
import {accept, priyaState, refuseOf, userIn} from '../../helpers/user-helpers.js';

const newSeed = 'NEWSEEDNEWSEEDNEWSEED234';
/** 08:05:10 UTC: ten seconds into a 30-second step. */
const morning = instant('2025-01-20T08:05:10Z');

/** Priya after the admin's Require re-register MFA: nothing registered, and her phone clock `offset` seconds off. */
function reRegistering(offsetSeconds: number) {
	return priyaState({
		now: morning,
		user: {perUserMfa: 'enforced', methods: noMethods, defaultMethod: undefined, mustRegisterAgain: true},
		person: {phone: buildPhone({clockOffsetSeconds: offsetSeconds, automaticTime: offsetSeconds === 0, authenticator: {installed: true, notificationsAllowed: true, batteryOptimised: false, accounts: []}})},
	});
}

describe('registering another authenticator app on a phone whose clock is wrong', () => {
	it('refuses the code the app shows when the phone is three minutes fast, and registers nothing', () => {
		// Given Lena's phone clock is set by hand three minutes fast, and the admin required her to re-register
		const state = reRegistering(180);

		// When she finishes "More information required" with another authenticator app and types the code it shows
		const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'software-token', secret: newSeed});

		// Then Security info says the code is wrong, as the sign-in would, and gives no seed away
		expect(refusal.code).toBe('token/invalid-code');
		expect(refusal.message).toMatch(/code/);
		expect(refusal.message).not.toContain(newSeed);
		expect(refusal.userSaid).toMatch(/wrong/i);
	});

	it('refuses a phone three minutes slow just the same', () => {
		expect(refuseOf(reRegistering(-180), {type: 'complete-registration', userId: 'priya', method: 'software-token', secret: newSeed}).code).toBe('token/invalid-code');
	});

	it('registers the app once the phone is on automatic time', () => {
		// Given the same re-registration, with the phone's clock right
		const state = reRegistering(0);

		// When she registers another authenticator app, Then the code is accepted and the token is hers
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'software-token', secret: newSeed});
		expect(userIn(result.state, 'priya').methods.softwareTokens).toEqual([expect.objectContaining({secret: newSeed})]);
	});

	it('accepts a clock a few seconds off, inside the step either side the tenant accepts', () => {
		expect(accept(reRegistering(25), {type: 'complete-registration', userId: 'priya', method: 'software-token', secret: newSeed}).ok).toBe(true);
	});

	it('still registers Microsoft Authenticator, whose set-up is confirmed by approving a notification, not a code', () => {
		// Registration succeeds; the wrong clock only shows later, when she signs in with a code
		expect(accept(reRegistering(180), {type: 'complete-registration', userId: 'priya', method: 'authenticator-app', secret: newSeed}).ok).toBe(true);
	});
});

describe('deviceCodeAccepted (the tenant\'s window, in time steps)', () => {
	it('uses the same window as the TOTP adapter that checks sign-in codes', () => {
		expect(tenantTotpWindowSteps).toBe(adapterWindowSteps);
	});

	it('accepts the step either side and refuses two steps off, whatever the instant inside the step', () => {
		// 08:05:10 is step n (10 s in): +25 s is still step n+1, +50 s is n+2
		expect(deviceCodeAccepted(morning, 25, 30)).toBe(true);
		expect(deviceCodeAccepted(morning, -10, 30)).toBe(true);
		expect(deviceCodeAccepted(morning, -11, 30)).toBe(true);
		expect(deviceCodeAccepted(morning, 50, 30)).toBe(false);
		expect(deviceCodeAccepted(morning, -41, 30)).toBe(false);
		// 29 s into a step, 31 s fast already lands two steps ahead
		expect(deviceCodeAccepted(morning + 19 * SECOND, 31, 30)).toBe(false);
	});

	it('counts 60-second steps for a 60-second token', () => {
		expect(deviceCodeAccepted(morning, 90, 60)).toBe(true);
		expect(deviceCodeAccepted(morning, 180, 60)).toBe(false);
	});
});
