/**
 * Generated "ask the user to ..." actions and sign-ins: registration, app passwords, phone fixes,
 * client settings, network moves and password changes, and sign-ins with any client and any method
 * under "Sign in another way".
 */
import fc from 'fast-check';
import {defaultMethods, type DefaultMethod} from '../../source/domain/tenant/methods.js';
import type {RegistrationMethod} from '../../source/domain/user/user-action.js';
import type {IosMailSetup, OutlookVersion} from '../../source/domain/world/client.js';
import type {UserIntent} from '../../source/services/user-service.js';
import {clientIdArb, inheritedNames, networkIds, pickArb, userIdArb} from './pool-arbitraries.js';

const phoneFixes = ['set-phone-automatic-time', 'allow-authenticator-notifications', 'remove-blocker', 'turn-off-do-not-disturb', 'restore-phone-signal', 'press-hash-on-calls', 'check-authenticator-manually'] as const;

/**
 * A sign-in by anyone with any client id, sometimes choosing a method under "Sign in another way"; now and then
 * "Call my office phone" or another call on purpose, so calls routed by number to a desk phone come up often.
 */
export const signInArb: fc.Arbitrary<UserIntent> = fc.oneof(
	{arbitrary: fc.record({type: fc.constant('sign-in' as const), userId: userIdArb, clientId: clientIdArb, method: fc.constantFrom(...defaultMethods)}, {requiredKeys: ['type', 'userId', 'clientId']}), weight: 5},
	{arbitrary: fc.record({type: fc.constant('sign-in' as const), userId: userIdArb, clientId: clientIdArb, method: fc.constantFrom<DefaultMethod>('office-call', 'office-call', 'alternate-call', 'call')}), weight: 2},
);

/** One thing the trainee asks a user to do, other than signing in. */
export const userIntentArb: fc.Arbitrary<UserIntent> = fc.oneof(
	{arbitrary: fc.record({type: fc.constant('complete-registration' as const), userId: userIdArb, method: fc.constantFrom<RegistrationMethod>('authenticator-app', 'text', 'call', 'software-token', 'hardware-token')}), weight: 4},
	{arbitrary: fc.record({type: fc.constant('create-app-password' as const), userId: userIdArb, name: fc.constantFrom('Laptop', 'Scanner', 'iPhone', '', '   ')}), weight: 5},
	{arbitrary: fc.record({type: fc.constant('use-app-password-in-client' as const), userId: userIdArb, clientId: clientIdArb, appPasswordId: pickArb}), weight: 5},
	{arbitrary: fc.record({type: fc.constant('clear-saved-credentials' as const), userId: userIdArb, clientId: clientIdArb}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('delete-app-password' as const), userId: userIdArb, appPasswordId: pickArb}), weight: 2},
	{arbitrary: fc.record({type: fc.constantFrom(...phoneFixes), userId: userIdArb}), weight: 4},
	{arbitrary: fc.record({type: fc.constantFrom('re-add-authenticator-account' as const, 'move-authenticator-to-new-phone' as const, 'update-phone-number' as const, 'restore-mfa-on-trusted-devices' as const), userId: userIdArb}), weight: 3},
	{arbitrary: fc.record({type: fc.constant('change-default-method' as const), userId: userIdArb, method: fc.constantFrom(...defaultMethods)}), weight: 2},
	{arbitrary: fc.record({type: fc.constant('activate-hardware-token' as const), userId: userIdArb, tokenId: pickArb}), weight: 1},
	{
		arbitrary: fc.record({
			type: fc.constant('set-outlook-registry' as const),
			userId: userIdArb,
			clientId: clientIdArb,
			registry: fc.record({enableAdal: fc.constantFrom<0 | 1>(0, 1), version: fc.constantFrom<0 | 1>(0, 1), alwaysUseMsoAuthForAutoDiscover: fc.constantFrom<0 | 1>(0, 1)}, {requiredKeys: []}),
		}),
		weight: 2,
	},
	{arbitrary: fc.record({type: fc.constant('upgrade-outlook' as const), userId: userIdArb, clientId: clientIdArb, version: fc.constantFrom<OutlookVersion>('2010', '2013', '2016', '365')}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('re-add-ios-mail-account' as const), userId: userIdArb, clientId: clientIdArb, setup: fc.constantFrom<IosMailSetup>('sign-in', 'configure-manually', 'imap')}), weight: 1},
	{arbitrary: fc.record({type: fc.constant('move-to-network' as const), userId: userIdArb, networkId: fc.constantFrom(...networkIds, ...networkIds, 'moon-base', ...inheritedNames)}), weight: 3},
	{arbitrary: fc.record({type: fc.constant('change-password' as const), userId: userIdArb}), weight: 2},
);
