/**
 * After 30 Sep 2025 methods can no longer be managed in the legacy MFA policy: the four verification options
 * of the legacy service settings page are read-only, and methods are switched on or off in the Authentication
 * methods policy instead (fact sheet 8.4, 10).
 */
import {describe, expect, it} from 'vitest';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {eraDates, legacyMethodsManageable} from '../../../source/domain/common/era.js';
import {buildState, instant} from '../../helpers/build-state.js';
import {expectApplied, expectRejected} from '../../helpers/admin-helpers.js';

const allOn = {call: true, text: true, appNotification: true, appCode: true};
const noTexts = {...allOn, text: false};

describe('legacy verification options after 30 Sep 2025', () => {
	it('refuses to untick "Text message to phone" in October 2025 and says where methods are managed now', () => {
		// Given a Global Administrator on the legacy service settings page in October 2025
		const state = buildState({now: instant('2025-10-14T09:00:00Z')});

		// When they clear "Text message to phone"
		const refusal = expectRejected(applyAdminCommand(state, {type: 'set-verification-options', options: noTexts}), 'era/not-available');

		// Then nothing changes, and the message points to the Authentication methods policy
		expect(refusal.message).toContain('30 September 2025');
		expect(refusal.message).toContain('Authentication methods');
		expect(refusal.message).toContain('Policies');
		expect(state.tenant.settings.verificationOptions).toEqual(allOn);
	});

	it('still lets the admin untick it on 29 Sep 2025', () => {
		const state = buildState({now: instant('2025-09-29T16:00:00Z')});
		const result = expectApplied(applyAdminCommand(state, {type: 'set-verification-options', options: noTexts}));
		expect(result.state.tenant.settings.verificationOptions.text).toBe(false);
	});

	it('accepts saving the options unchanged after the cutoff (nothing is managed, nothing is written)', () => {
		const state = buildState({now: instant('2026-02-02T09:00:00Z')});
		const result = expectApplied(applyAdminCommand(state, {type: 'set-verification-options', options: allOn}));
		expect(result.events).toEqual([]);
	});

	it('leaves the other service settings editable after the cutoff', () => {
		const state = buildState({now: instant('2026-02-02T09:00:00Z')});
		expect(expectApplied(applyAdminCommand(state, {type: 'set-app-passwords-allowed', allowed: true})).state.tenant.settings.appPasswordsAllowed).toBe(true);
	});

	it('puts the cutoff at the start of 30 Sep 2025 (UTC), the date the fact sheet gives', () => {
		expect(eraDates.legacyMethodsManagementRemoved).toBe(instant('2025-09-30T00:00:00Z'));
		expect(legacyMethodsManageable(eraDates.legacyMethodsManagementRemoved - 1)).toBe(true);
		expect(legacyMethodsManageable(eraDates.legacyMethodsManagementRemoved)).toBe(false);
	});
});
