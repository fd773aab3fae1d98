import {describe, expect, it} from 'vitest';
import {authenticatorSecret, buildPhone, registeredMethods} from '../../helpers/build-state.js';
import {accept, auditActivities, phoneIn, priyaState, refuseOf, saidLines, userIn} from '../../helpers/user-helpers.js';
import {noMethods, type AuthenticatorRegistration, type HardwareOathToken} from '../../../source/domain/tenant/methods.js';
import {tooManyDevicesMessage} from '../../../source/domain/user/authenticator-setup.js';

const newSeed = 'NEWSEEDNEWSEEDNEWSEED234';

const fob: HardwareOathToken = {id: 'hw-1', serialNumber: 'FOB-7781', manufacturer: 'Token2', model: 'C202', secret: 'FOBSECRETFOBSECRET22', periodSeconds: 30, status: 'assigned'};

function app(index: number): AuthenticatorRegistration {
	return {id: `auth-app-${index}`, deviceName: `Old phone ${index}`, push: true, code: true, secret: authenticatorSecret, registeredAt: 0};
}

describe('complete-registration ("More information required" → "Set it up now")', () => {
	it('moves an Enabled user to Enforced and sets up Authenticator on the phone in hand', () => {
		// Given Priya was just Enabled for per-user MFA and has nothing registered; her new iPhone has no work account yet
		const state = priyaState({user: {perUserMfa: 'enabled', methods: noMethods, defaultMethod: undefined}, person: {phone: buildPhone({authenticator: {installed: false, notificationsAllowed: true, batteryOptimised: false, accounts: []}})}});

		// When she finishes registration with Microsoft Authenticator
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'authenticator-app', secret: newSeed});

		// Then she is Enforced (fact 2.2), with one registration doing push and code, and the default is the notification
		const priya = userIn(result.state, 'priya');
		expect(priya.perUserMfa).toBe('enforced');
		expect(priya.defaultMethod).toBe('app-notification');
		expect(priya.methods.authenticatorApps).toEqual([expect.objectContaining({push: true, code: true, secret: newSeed, registeredAt: state.now})]);
		// And the app on her phone holds an activated account for exactly that registration
		const registrationId = priya.methods.authenticatorApps[0]?.id;
		expect(phoneIn(result.state, 'priya').authenticator).toMatchObject({installed: true, accounts: [{registrationId, secret: newSeed, activated: true}]});
		expect(auditActivities(result.events)).toEqual(['User registered security info']);
		expect(result.state.auditLog[0]).toMatchObject({initiatedBy: 'priya@contoso.com', targetUpn: 'priya@contoso.com', service: 'Authentication Methods'});
		expect(saidLines(result.events)).toHaveLength(1);
		expect(JSON.stringify(result.events)).not.toContain(newSeed);
	});

	it('leaves a Disabled user Disabled when they register on their own', () => {
		// Given Priya is Disabled for per-user MFA and registers a phone voluntarily
		const state = priyaState({user: {perUserMfa: 'disabled', methods: noMethods, defaultMethod: undefined}});

		// When she completes registration with text messages
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'text'});

		// Then the phone is registered but the per-user state stays Disabled
		const priya = userIn(result.state, 'priya');
		expect(priya.perUserMfa).toBe('disabled');
		expect(priya.methods.authenticationPhone).toEqual({number: '+1 4255550100'});
		expect(priya.defaultMethod).toBe('text');
	});

	it('registers the number really in the person\'s hand, not a number they remember', () => {
		// Given the phone in Priya's hand has a UK number and she has nothing registered
		const state = priyaState({user: {methods: noMethods, defaultMethod: undefined, mustRegisterAgain: true}, person: {phone: buildPhone({number: '+44 7700900123'})}});

		// When she registers for calls
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'call'});

		// Then the authentication phone is that number and she is no longer asked to register again
		expect(userIn(result.state, 'priya')).toMatchObject({methods: {authenticationPhone: {number: '+44 7700900123'}}, mustRegisterAgain: false, defaultMethod: 'call'});
	});

	it.each(['text', 'call'] as const)('refuses %s under security defaults (app or OATH only)', (method) => {
		// Given security defaults are on and Priya has to register
		const state = priyaState({tenant: {securityDefaults: true}, user: {perUserMfa: 'disabled', methods: noMethods}});

		// When she tries to register her phone number
		const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method});

		// Then registration offers no phone method (fact 1.1, ticket 23)
		expect(refusal.code).toBe('registration/no-usable-method');
		expect(refusal.message).toContain('Security defaults');
		expect(refusal.userSaid).toMatch(/only offers me an app/);
	});

	it('refuses a method the verification options switched off', () => {
		// Given the admin cleared "Text message to phone"
		const state = priyaState({settings: {verificationOptions: {call: true, text: false, appNotification: true, appCode: true}}, user: {methods: noMethods}});

		// When Priya picks text messages, Then it isn't offered (fact 8.4)
		expect(refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'text'}).code).toBe('registration/no-usable-method');
	});

	describe('new starter without a smartphone (ticket 23)', () => {
		const basicPhone = buildPhone({isSmartphone: false, authenticator: {installed: false, notificationsAllowed: false, batteryOptimised: false, accounts: []}});

		it.each(['authenticator-app', 'software-token'] as const)('can\'t register %s and is told what the admin can do', (method) => {
			// Given security defaults and Priya, a new starter with a basic phone
			const state = priyaState({tenant: {securityDefaults: true}, user: {perUserMfa: 'disabled', methods: noMethods, defaultMethod: undefined}, person: {phone: basicPhone}});

			// When she tries to set up an app
			const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method, secret: newSeed});

			// Then it is refused with a sentence pointing to a hardware token
			expect(refusal.code).toBe('registration/no-usable-method');
			expect(refusal.message).toMatch(/isn't a smartphone.*hardware OATH token/);
		});

		it('can register texts on the basic phone when security defaults are off', () => {
			const state = priyaState({user: {perUserMfa: 'enabled', methods: noMethods, defaultMethod: undefined}, person: {phone: basicPhone}});
			const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'text'});
			expect(userIn(result.state, 'priya')).toMatchObject({perUserMfa: 'enforced', defaultMethod: 'text'});
		});

		it('can activate an assigned hardware token they hold, and stays Disabled under security defaults', () => {
			// Given the admin uploaded and assigned a key fob, and Priya has it
			const state = priyaState({
				tenant: {securityDefaults: true},
				user: {perUserMfa: 'disabled', methods: {...noMethods, hardwareTokens: [fob]}, defaultMethod: undefined},
				person: {phone: basicPhone, tokens: [{serialNumber: fob.serialNumber, secret: fob.secret, periodSeconds: 30}]},
			});

			// When she registers the hardware token
			const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'hardware-token'});

			// Then the token is activated and becomes the default; the per-user state is untouched
			const priya = userIn(result.state, 'priya');
			expect(priya.methods.hardwareTokens[0]?.status).toBe('activated');
			expect(priya).toMatchObject({defaultMethod: 'app-code', perUserMfa: 'disabled'});
		});

		it('can\'t register a hardware token that is assigned but not in their hands', () => {
			const state = priyaState({user: {methods: {...noMethods, hardwareTokens: [fob]}}, person: {phone: basicPhone, tokens: []}});
			const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'hardware-token'});
			expect(refusal).toMatchObject({code: 'registration/no-usable-method', message: expect.stringContaining('FOB-7781')});
		});

		it('gets the code refused when the fob runs on a different interval than uploaded (ticket 27)', () => {
			const state = priyaState({user: {methods: {...noMethods, hardwareTokens: [fob]}}, person: {phone: basicPhone, tokens: [{serialNumber: fob.serialNumber, secret: fob.secret, periodSeconds: 60}]}});
			const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'hardware-token'});
			expect(refusal.code).toBe('token/invalid-code');
			expect(refusal.message).not.toContain(fob.secret);
		});
	});

	it('refuses a sixth authenticator app or token with Entra\'s exact message', () => {
		// Given Priya already has five Authenticator registrations (old phones) and can still approve on the first
		const state = priyaState({user: {methods: registeredMethods({authenticatorApps: [1, 2, 3, 4, 5].map((index) => app(index))})}});

		// When she adds Authenticator once more
		const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'authenticator-app', secret: newSeed});

		// Then (fact 1.2, ticket 26)
		expect(refusal.code).toBe('method/limit-reached');
		expect(refusal.message).toBe('You cannot have more than 5 hardware tokens or authenticator apps… You have too many devices registered.');
		expect(tooManyDevicesMessage).toBe(refusal.message);
	});

	it('re-registration after "provide contact methods again" picks the new method as default', () => {
		// Given the admin required contact methods again; Priya's default was text
		const state = priyaState({user: {mustRegisterAgain: true, defaultMethod: 'text'}});
		const result = accept(state, {type: 'complete-registration', userId: 'priya', method: 'authenticator-app', secret: newSeed});
		expect(userIn(result.state, 'priya')).toMatchObject({mustRegisterAgain: false, defaultMethod: 'app-notification'});
	});

	it('can\'t confirm a number when a blocker app eats the text', () => {
		// Given Priya has to register and her phone runs an SMS blocker
		const state = priyaState({user: {methods: noMethods}, person: {phone: buildPhone({smsBlocker: true})}});
		const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'text'});
		expect(refusal).toMatchObject({code: 'registration/no-usable-method', userSaid: 'I tried, but no text arrived.'});
	});

	it('needs a working method before adding another one on Security info', () => {
		// Given Priya's only method is a phone number with a typo, so no text reaches her
		const state = priyaState({user: {methods: {...noMethods, authenticationPhone: {number: '+1 425555012'}}, defaultMethod: 'text'}});

		// When she tries to add Authenticator, Then Security info stops her at the verification step
		const refusal = refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'authenticator-app', secret: newSeed});
		expect(refusal.code).toBe('registration/no-usable-method');
		expect(refusal.message).toContain('Require re-register MFA');
	});

	it('says the number is already registered', () => {
		const state = priyaState();
		expect(refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'text'}).code).toBe('registration/not-required');
	});

	it('refuses when sign-in is blocked for the account', () => {
		const state = priyaState({user: {accountEnabled: false, methods: noMethods}});
		expect(refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'text'}).message).toContain('AADSTS50057');
	});

	it('refuses a guest, whose methods live in the home tenant', () => {
		const state = priyaState({user: {userType: 'guest', guestHome: {tenantName: 'Fabrikam', mfaRequired: true}, methods: noMethods}});
		expect(refuseOf(state, {type: 'complete-registration', userId: 'priya', method: 'text'}).code).toBe('user/guest-managed-by-home-tenant');
	});
});
