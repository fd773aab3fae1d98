/**
 * Generated admin commands, as the trainee would issue them in the admin center: every command,
 * aimed at members, the guest, the admin account, nobody or an inherited name, with values that
 * are good, out of range or junk (the domain must refuse the bad ones as values).
 */
import fc from 'fast-check';
import type {MailboxSmtpAuthSetting} from '../../source/domain/admin/admin-command.js';
import {defaultMethods} from '../../source/domain/tenant/methods.js';
import type {PerUserMfaState} from '../../source/domain/tenant/user.js';
import type {AdminIntent} from '../../source/services/admin-service.js';
import {deskLine, mostly, pickArb, typedRanges, userIdArb} from './pool-arbitraries.js';

/** One admin command, weighted towards the ones helpdesk tickets need most. */
export const adminIntentArb: fc.Arbitrary<AdminIntent> = fc.oneof(
	{arbitrary: fc.record({type: fc.constant('set-per-user-mfa' as const), userIds: fc.array(userIdArb, {maxLength: 3}), state: fc.constantFrom<PerUserMfaState>('disabled', 'enabled', 'enforced')}), weight: 4},
	{
		arbitrary: fc.record({
			type: fc.constant('manage-user-settings' as const),
			userIds: fc.array(userIdArb, {maxLength: 2}),
			requireContactMethodsAgain: fc.boolean(),
			deleteAllAppPasswords: fc.boolean(),
			restoreMfaOnRememberedDevices: fc.boolean(),
		}),
		weight: 3,
	},
	{arbitrary: fc.record({type: fc.constantFrom('require-re-register-mfa' as const, 'revoke-mfa-sessions' as const, 'revoke-sessions' as const, 'reset-password' as const, 'dismiss-user-risk' as const), userId: userIdArb}), weight: 4},
	{arbitrary: fc.record({type: fc.constant('set-phone-method' as const), userId: userIdArb, slot: fc.constantFrom('authentication' as const, 'alternate' as const, 'office' as const), number: fc.constantFrom<string | null>(null, '+1 4255550101', '+44 7700900102', '+234 8031234567', '+1 4255550199', '4255550101', '', deskLine)}), weight: 3},
	{arbitrary: fc.record({type: fc.constant('set-default-method' as const), userId: userIdArb, method: fc.constantFrom(...defaultMethods)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('delete-method' as const), userId: userIdArb, methodId: pickArb}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('activate-hardware-token' as const), userId: userIdArb, tokenId: pickArb}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-sign-in-blocked' as const), userId: userIdArb, blocked: mostly(false, 2)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('unblock-mfa' as const), userId: userIdArb, reason: fc.constantFrom('', '  ', 'Verified by phone')}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-app-passwords-allowed' as const), allowed: mostly(true, 2)}), weight: 2},
	{
		arbitrary: fc.record({
			type: fc.constant('set-trusted-ips' as const),
			ranges: fc.oneof({arbitrary: fc.array(fc.constantFrom(...typedRanges), {maxLength: 3}), weight: 20}, {arbitrary: fc.constant(Array.from({length: 51}, (_each, index) => `8.8.${index}.0/24`)), weight: 1}),
			skipForFederatedIntranet: fc.boolean(),
		}),
		weight: 2,
	},
	{arbitrary: fc.record({type: fc.constant('set-verification-options' as const), options: fc.record({call: fc.boolean(), text: fc.boolean(), appNotification: fc.boolean(), appCode: fc.boolean()})}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-remember-mfa' as const), enabled: fc.boolean(), days: fc.constantFrom(0, 1, 14, 60, 61, 365, 366, 1.5, -3, Number.NaN)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('set-security-defaults' as const), enabled: fc.boolean()}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-exchange-modern-auth' as const), enabled: fc.boolean()}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('set-smtp-auth' as const), enabled: fc.boolean()}), weight: 1},
	{
		// `nonsense` stands for a tampered transcript: the domain must refuse it as a value.
		arbitrary: fc.record({type: fc.constant('set-mailbox-smtp-auth' as const), userId: userIdArb, setting: fc.constantFrom<MailboxSmtpAuthSetting>('enabled', 'disabled', 'organization', 'nonsense' as MailboxSmtpAuthSetting)}),
		weight: 2,
	},
);
