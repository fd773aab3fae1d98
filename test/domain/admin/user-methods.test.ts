import {describe, expect, it} from 'vitest';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {securityInfoActivities} from '../../../source/domain/admin/default-method.js';
import {userMethodActivities} from '../../../source/domain/admin/user-methods.js';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import {before2022, buildState, buildUser, registeredMethods, today} from '../../helpers/build-state.js';
import {appPassword, expectApplied, expectRejected, hardwareToken, onlyAudit, rememberedDevice, run, userIn} from '../../helpers/admin-helpers.js';

/** Every kind of method: phones, Authenticator, a software token and an activated key fob. */
function fullyRegistered() {
	return buildUser({
		id: 'priya',
		perUserMfa: 'enforced',
		methods: registeredMethods({
			alternatePhone: {number: '+1 4255550199'},
			officePhone: {number: '+1 4255550111', extension: '42'},
			softwareTokens: [{id: 'sw-1', name: 'Authy', secret: 'KRSXG5CTMVRXEZLU', registeredAt: today}],
			hardwareTokens: [hardwareToken({status: 'activated'})],
		}),
		defaultMethod: 'app-notification',
		appPasswords: [appPassword('ap-1', 'Laptop')],
		rememberedDevices: [rememberedDevice('grant-1')],
	});
}

describe('Require re-register MFA (fact sheet 7.3, 10)', () => {
	it('today deletes phones, Authenticator and software tokens and deactivates the key fob', () => {
		// Given Priya registered everything and got a new phone
		const state = buildState({users: [fullyRegistered()]});

		// When the admin clicks Require re-register MFA
		const next = run(state, {type: 'require-re-register-mfa', userId: 'priya'});

		// Then only the deactivated hardware token remains, the default is gone, and she must register again
		const after = userIn(next, 'priya');
		expect(after.methods).toEqual({...noMethods, hardwareTokens: [hardwareToken({status: 'assigned'})]});
		expect(after.defaultMethod).toBeUndefined();
		expect(after.mustRegisterAgain).toBe(true);
		// And her app passwords, per-user state and remembered devices are not part of it
		expect(after.appPasswords).toHaveLength(1);
		expect(after.perUserMfa).toBe('enforced');
		expect(after.rememberedDevices).toHaveLength(1);
		const row = onlyAudit(next, userMethodActivities.requireReRegister);
		expect(row.details['methodsDeleted']).toContain('Microsoft Authenticator (iPhone 13)');
		expect(row.details['hardwareTokensDeactivated']).toBe('SN-100200');
	});

	it('in 2021 keeps the methods and only requires registration again', () => {
		// Given the same user in June 2021
		const state = buildState({now: before2022, users: [fullyRegistered()]});

		// When the admin clicks Require re-register MFA
		const next = run(state, {type: 'require-re-register-mfa', userId: 'priya'});

		// Then phones, Authenticator and software token stay, and the default too
		const after = userIn(next, 'priya');
		expect(after.mustRegisterAgain).toBe(true);
		expect(after.methods.authenticationPhone).toEqual({number: '+1 4255550100'});
		expect(after.methods.authenticatorApps).toHaveLength(1);
		expect(after.methods.softwareTokens).toHaveLength(1);
		expect(after.defaultMethod).toBe('app-notification');
		// But the hardware token needs re-activation by an admin then too (§10)
		expect(after.methods.hardwareTokens[0]?.status).toBe('assigned');
	});
});

describe('Revoke MFA sessions (fact sheet 7.3)', () => {
	it('clears remembered devices and marks MFA sessions revoked, but leaves refresh tokens', () => {
		// Given Priya ticked "Don't ask again" on a browser a thief may now hold
		const state = buildState({users: [fullyRegistered()]});

		// When the admin clicks Revoke MFA sessions
		const next = run(state, {type: 'revoke-mfa-sessions', userId: 'priya'});

		// Then no remembered device is left and earlier MFA no longer counts
		const after = userIn(next, 'priya');
		expect(after.rememberedDevices).toEqual([]);
		expect(after.mfaSessionsRevokedAt).toBe(today);
		expect(after.sessionsRevokedAt).toBeUndefined();
		expect(after.methods).toEqual(fullyRegistered().methods);
		onlyAudit(next, userMethodActivities.revokeMfaSessions);
	});
});

describe('phone methods (fact sheet 1.2, 7.3)', () => {
	it('adds an authentication phone in the +CC number format', () => {
		// Given Omar has no methods and no smartphone
		const state = buildState({users: [buildUser({id: 'omar'})]});

		// When the admin adds his mobile number
		const next = run(state, {type: 'set-phone-method', userId: 'omar', slot: 'authentication', number: '+44 7700900123'});

		// Then it is registered and audited as "Admin registered security info"
		expect(userIn(next, 'omar').methods.authenticationPhone).toEqual({number: '+44 7700900123'});
		expect(onlyAudit(next, securityInfoActivities.registered).details).toEqual({methodType: 'Authentication phone'});
	});

	it('updates a wrong number, and keeps an office extension', () => {
		// Given Priya's office phone has an extension
		const state = buildState({users: [fullyRegistered()]});

		// When the admin corrects the office number
		const next = run(state, {type: 'set-phone-method', userId: 'priya', slot: 'office', number: '+1 4255550222'});

		// Then the number changes, the extension stays, and it is an update
		expect(userIn(next, 'priya').methods.officePhone).toEqual({number: '+1 4255550222', extension: '42'});
		onlyAudit(next, securityInfoActivities.updated);
	});

	it('refuses a number without the country code and shows the expected format', () => {
		// Given Omar
		const state = buildState({users: [buildUser({id: 'omar'})]});

		// When the admin types the number the way the user said it
		const result = applyAdminCommand(state, {type: 'set-phone-method', userId: 'omar', slot: 'authentication', number: '(425) 555-1234'});

		// Then it is refused with the format to use
		expect(expectRejected(result, 'method/invalid-phone-number').message).toContain('+1 4255551234');
	});

	it('deletes a phone and drops the default that relied on it', () => {
		// Given Ana's only method is a phone, and texts are her default
		const state = buildState({users: [buildUser({id: 'ana', methods: {...noMethods, authenticationPhone: {number: '+1 4255550100'}}, defaultMethod: 'text'})]});

		// When the admin deletes the phone
		const next = run(state, {type: 'set-phone-method', userId: 'ana', slot: 'authentication', number: null});

		// Then the phone and the default are gone
		const after = userIn(next, 'ana');
		expect(after.methods.authenticationPhone).toBeUndefined();
		expect(after.defaultMethod).toBeUndefined();
		onlyAudit(next, securityInfoActivities.deleted);
	});

	it('refuses to delete a phone that is not there', () => {
		// Given Omar has no alternate phone
		const state = buildState({users: [buildUser({id: 'omar'})]});

		// When the admin deletes it
		const result = applyAdminCommand(state, {type: 'set-phone-method', userId: 'omar', slot: 'alternate', number: null});

		// Then there is nothing to delete
		expectRejected(result, 'method/not-registered');
	});
});

describe('default method', () => {
	it('switches the default from push to texts when the phone is registered', () => {
		// Given Priya's pushes never arrive but texts do
		const state = buildState({users: [fullyRegistered()]});

		// When the admin makes texts the default
		const next = run(state, {type: 'set-default-method', userId: 'priya', method: 'text'});

		// Then texts are the default, audited as an update from push
		expect(userIn(next, 'priya').defaultMethod).toBe('text');
		expect(onlyAudit(next, securityInfoActivities.updated).details).toEqual({
			change: 'Default sign-in method',
			oldValue: 'Notify me through app',
			newValue: 'Text code to my authentication phone',
		});
	});

	it('refuses a default the user has not registered', () => {
		// Given Omar has only a phone
		const state = buildState({users: [buildUser({id: 'omar', methods: {...noMethods, authenticationPhone: {number: '+1 4255550100'}}})]});

		// When the admin picks "Notify me through app"
		const result = applyAdminCommand(state, {type: 'set-default-method', userId: 'omar', method: 'app-notification'});

		// Then it is refused: he has no Authenticator
		expectRejected(result, 'method/not-registered');
	});

	it('does not count a key fob that was never activated as a code method', () => {
		// Given Lee has only an assigned, not activated, hardware token
		const state = buildState({users: [buildUser({id: 'lee', methods: {...noMethods, hardwareTokens: [hardwareToken()]}})]});

		// When the admin picks "Use verification code"
		const result = applyAdminCommand(state, {type: 'set-default-method', userId: 'lee', method: 'app-code'});

		// Then it is refused until the token is activated
		expectRejected(result, 'method/not-registered');
	});
});

describe('deleting one method', () => {
	it('deletes the Authenticator on the old phone and drops the push default', () => {
		// Given Priya's default is push on the old iPhone
		const state = buildState({users: [fullyRegistered()]});

		// When the admin deletes that registration
		const next = run(state, {type: 'delete-method', userId: 'priya', methodId: 'auth-app-1'});

		// Then it is gone, other methods stay, and the default is cleared
		const after = userIn(next, 'priya');
		expect(after.methods.authenticatorApps).toEqual([]);
		expect(after.methods.softwareTokens).toHaveLength(1);
		expect(after.defaultMethod).toBeUndefined();
		expect(onlyAudit(next, securityInfoActivities.deleted).details).toEqual({methodType: 'Microsoft Authenticator (iPhone 13)'});
	});

	it('refuses an unknown method id', () => {
		// Given Priya
		const state = buildState({users: [fullyRegistered()]});

		// When the admin deletes a method she doesn't have
		const result = applyAdminCommand(state, {type: 'delete-method', userId: 'priya', methodId: 'auth-app-9'});

		// Then it is not found
		expectRejected(result, 'method/not-found');
	});
});

describe('hardware token activation (fact sheet 3.5)', () => {
	function withAssignedToken() {
		return buildState({users: [buildUser({id: 'lee', methods: {...noMethods, hardwareTokens: [hardwareToken()]}})]});
	}

	it('activates the token with the code it shows now', () => {
		// Given Lee's key fob was uploaded but never activated
		const state = withAssignedToken();

		// When the admin types the code the fob shows and it is accepted
		const next = run(state, {type: 'activate-hardware-token', userId: 'lee', tokenId: 'hw-1', codeAccepted: true});

		// Then the token is activated and audited without its secret
		expect(userIn(next, 'lee').methods.hardwareTokens[0]?.status).toBe('activated');
		const row = onlyAudit(next, securityInfoActivities.updated);
		expect(row.details).toEqual({methodType: 'Hardware OATH token', serialNumber: 'SN-100200', change: 'Activated'});
	});

	it('refuses a code that does not verify and leaves the token assigned', () => {
		// Given the same fob, uploaded with the wrong interval
		const state = withAssignedToken();

		// When the code is not accepted
		const result = applyAdminCommand(state, {type: 'activate-hardware-token', userId: 'lee', tokenId: 'hw-1', codeAccepted: false});

		// Then it is refused and the message points at the interval
		expect(expectRejected(result, 'token/invalid-code').message).toContain('30 s');
	});

	it('refuses to activate an active token, or a token that is not assigned', () => {
		// Given Lee's fob is already active
		const state = run(withAssignedToken(), {type: 'activate-hardware-token', userId: 'lee', tokenId: 'hw-1', codeAccepted: true});

		// When the admin activates it again, or a token id he doesn't have
		const again = applyAdminCommand(state, {type: 'activate-hardware-token', userId: 'lee', tokenId: 'hw-1', codeAccepted: true});
		const unknown = applyAdminCommand(state, {type: 'activate-hardware-token', userId: 'lee', tokenId: 'hw-2', codeAccepted: true});

		// Then both are refused with their own codes
		expectRejected(again, 'token/already-activated');
		expectRejected(unknown, 'token/not-found');
	});

	it('is allowed for a Privileged Authentication Administrator', () => {
		// Given a PAA
		const state = buildState({actorRoles: ['privileged-authentication-administrator'], users: [buildUser({id: 'lee', methods: {...noMethods, hardwareTokens: [hardwareToken()]}})]});

		// When they activate Lee's token
		const result = applyAdminCommand(state, {type: 'activate-hardware-token', userId: 'lee', tokenId: 'hw-1', codeAccepted: true});

		// Then it works
		expect(userIn(expectApplied(result).state, 'lee').methods.hardwareTokens[0]?.status).toBe('activated');
	});
});
