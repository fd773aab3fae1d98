/**
 * Every way a challenge fails to reach the user, with the MFA result detail it logs (fact sheet 3.2-3.5,
 * 6.3) and what the user tells the helpdesk (tickets 1-9, 11, 27). Sam is Enforced, at home, registered
 * with Authenticator (push + code) and the mobile +1 4255550100 that is in his hand.
 */
import {describe, expect, it} from 'vitest';
import {DAY, MINUTE, SECOND} from '../../../source/domain/common/time.js';
import type {SignInFacts, TotpFact} from '../../../source/domain/sign-in/attempt.js';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import type {DefaultMethod} from '../../../source/domain/tenant/methods.js';
import {noMethods} from '../../../source/domain/tenant/methods.js';
import type {Tenant} from '../../../source/domain/tenant/tenant.js';
import type {User} from '../../../source/domain/tenant/user.js';
import type {Phone, PhoneEvent} from '../../../source/domain/world/phone.js';
import type {Behaviour, Person} from '../../../source/domain/world/world.js';
import type {NetworkId} from '../../../source/domain/common/ids.js';
import {browser, buildPerson, buildPhone, buildState, buildUser, instant, passwordFacts, registeredMethods, today} from '../../helpers/build-state.js';
import {advance, changePerson, expectSignIn, phoneLog, signIn, signInRepeatedly, userOf, userSaid} from '../../helpers/sign-in-helpers.js';

type Story = {
	readonly defaultMethod: DefaultMethod;
	readonly user?: Partial<User>;
	readonly phone?: Partial<Phone>;
	readonly person?: Partial<Person>;
	readonly behaviour?: Partial<Behaviour>;
	readonly networkId?: NetworkId;
	readonly tenant?: Partial<Pick<Tenant, 'telephonyOptedInCallingCodes'>>;
	readonly now?: number;
};

const approve: Behaviour = {pressesHash: true, pushResponse: 'approve', checksAuthenticatorManually: false, ticksDontAskAgain: false};

function sam(story: Story) {
	return buildState({
		now: story.now ?? today,
		...(story.tenant ? {tenant: story.tenant} : {}),
		users: [buildUser({id: 'sam', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod: story.defaultMethod, ...story.user})],
		people: [
			buildPerson({
				userId: 'sam',
				networkId: story.networkId ?? 'home',
				phone: buildPhone(story.phone),
				behaviour: {...approve, ...story.behaviour},
				clients: [browser()],
				...story.person,
			}),
		],
	});
}

function typesOf(events: readonly PhoneEvent[]): string[] {
	return events.map((event) => event.type);
}

describe('text message (fact sheet 3.2)', () => {
	it('works when the registered number is the phone in hand (the baseline)', () => {
		// Given sam's default is a text to his own mobile
		const state = sam({defaultMethod: 'text'});
		// When he signs in
		const result = signIn(state, 'sam', 'browser');
		// Then the code arrives from the short code and he types it
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(result.entry.authMethod).toBe('Text message');
		expect(phoneLog(result.state, 'sam')).toEqual([{type: 'text-received', at: today, from: '97671', body: '123456 Use this code for Microsoft verification'}]);
	});

	it('never arrives when the registered number is wrong or stale (ticket 1)', () => {
		// Given the tenant has an old number for sam
		const state = sam({defaultMethod: 'text', user: {methods: registeredMethods({authenticationPhone: {number: '+1 4255550199'}})}});
		// When he signs in
		const result = signIn(state, 'sam', 'browser');
		// Then nothing reaches his phone and he never enters a code
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.neverEnteredCode);
		expect(phoneLog(result.state, 'sam')).toEqual([]);
		expect(userSaid(result)).toBe('No text came through.');
	});

	it('logs "phone number has an invalid format" when the number lacks the space after the country code', () => {
		const state = sam({defaultMethod: 'text', user: {methods: registeredMethods({authenticationPhone: {number: '+14255550100'}})}});
		const result = signIn(state, 'sam', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.invalidPhoneFormat);
		expect(phoneLog(result.state, 'sam')).toEqual([]);
	});

	it.each<[string, Partial<Phone>]>([
		['the phone is switched off', {poweredOn: false}],
		['the phone has no signal', {hasSignal: false}],
		['a third-party SMS blocker filters the short code (ticket 2)', {smsBlocker: true}],
		['the phone roams where the carrier does not deliver (ticket 3)', {roamingCallingCode: '33', roamingBlocksTelephony: true}],
	])('never arrives when %s', (_why, phone) => {
		const result = signIn(sam({defaultMethod: 'text', phone}), 'sam', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.neverEnteredCode);
		expect(phoneLog(result.state, 'sam')).toEqual([]);
		expect(userSaid(result)).toBe('No text came through.');
	});

	it('arrives while roaming when the carrier delivers abroad', () => {
		const result = signIn(sam({defaultMethod: 'text', phone: {roamingCallingCode: '33', roamingBlocksTelephony: false}}), 'sam', 'browser');
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
	});

	describe('regional opt-in (fact sheet 3.2, ticket 3)', () => {
		const nigerian = {number: '+234 8031234567'};
		const story = {defaultMethod: 'text' as const, user: {methods: registeredMethods({authenticationPhone: nigerian})}, phone: nigerian};

		it('is not sent to a calling code that needs an opt-in the admin never requested', () => {
			const result = signIn(sam(story), 'sam', 'browser');
			expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.neverEnteredCode);
			expect(phoneLog(result.state, 'sam')).toEqual([]);
		});

		it('arrives once the tenant has opted that calling code in', () => {
			const result = signIn(sam({...story, tenant: {telephonyOptedInCallingCodes: ['234']}}), 'sam', 'browser');
			expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
			expect(typesOf(phoneLog(result.state, 'sam'))).toEqual(['text-received']);
		});
	});

	it('arrives under Do Not Disturb but is never typed in', () => {
		// Given sam's phone is on Do Not Disturb
		const state = sam({defaultMethod: 'text', phone: {doNotDisturb: true}});
		// When he signs in
		const result = signIn(state, 'sam', 'browser');
		// Then the text sits in the phone's log, unseen, and the sign-in fails
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.neverEnteredCode);
		expect(typesOf(phoneLog(result.state, 'sam'))).toEqual(['text-received']);
		expect(userSaid(result)).toContain("didn't see any text");
	});
});

describe('telephony throttling (fact sheet 3.2, ticket 4)', () => {
	/** Five text challenges 30 s apart, all within the throttling window. */
	function afterFiveTexts(phone: Partial<Phone> = {}) {
		const results = signInRepeatedly(sam({defaultMethod: 'text', phone}), 5, 'sam', 'browser', passwordFacts(), 30 * SECOND);
		return advance(results.at(-1)!.state, 30 * SECOND);
	}

	it('refuses the 6th text within ten minutes with AADSTS50088', () => {
		// Given sam signed in with a text five times in the last few minutes
		const state = afterFiveTexts();
		// When he asks for a sixth
		const result = signIn(state, 'sam', 'browser');
		// Then telephony is throttled
		expectSignIn(result.entry, 'Failure', 50_088);
		expect(userSaid(result)).toContain('hit the limit');
	});

	it('counts texts that never arrived too ("I kept pressing resend")', () => {
		// Given five texts went to a switched-off phone
		const state = afterFiveTexts({poweredOn: false});
		// When sam switches the phone on and tries again
		const result = signIn(changePerson(state, 'sam', {phone: buildPhone()}), 'sam', 'browser');
		// Then he is throttled all the same
		expectSignIn(result.entry, 'Failure', 50_088);
	});

	it('works again once ten minutes have passed', () => {
		const result = signIn(advance(afterFiveTexts(), 10 * MINUTE), 'sam', 'browser');
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('does not throttle the Authenticator app', () => {
		// Given the text limit is hit
		const state = afterFiveTexts();
		// When sam chooses "Sign in another way" > Authenticator notification
		const result = signIn(state, 'sam', 'browser', passwordFacts(), 'app-notification');
		// Then the push works
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(result.entry.authMethod).toBe('Mobile app notification');
	});
});

describe('voice call (fact sheet 3.3, ticket 5)', () => {
	it('logs "phone call went to voicemail" when calls are forwarded to voicemail', () => {
		const result = signIn(sam({defaultMethod: 'call', phone: {callsGoToVoicemail: true}}), 'sam', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.voicemail);
		expect(phoneLog(result.state, 'sam')).toEqual([{type: 'call-received', at: today, from: '+1 (855) 330-8653', outcome: 'voicemail'}]);
		expect(userSaid(result)).toContain('voicemail');
	});

	it('logs "user hung up ..." when the user answers but never presses #', () => {
		const result = signIn(sam({defaultMethod: 'call', behaviour: {pressesHash: false}}), 'sam', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.hungUp);
		expect(phoneLog(result.state, 'sam')).toMatchObject([{type: 'call-received', outcome: 'answered'}]);
	});

	it('logs "unable to reach the user\'s phone" when the phone blocks Microsoft\'s caller ID, and the phone shows a blocked call', () => {
		// Given sam's phone rejects calls from Microsoft's caller ID
		const result = signIn(sam({defaultMethod: 'call', phone: {blocksMicrosoftCaller: true}}), 'sam', 'browser');
		// Then the call never connects: not "user hung up", since nobody answered (fact sheet 6.3)
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.unableToReachPhone);
		expect(phoneLog(result.state, 'sam')).toMatchObject([{type: 'call-received', outcome: 'blocked'}]);
		expect(userSaid(result)).toBe('My phone never rang.');
	});

	it('completes when sam answers and presses #', () => {
		const result = signIn(sam({defaultMethod: 'call'}), 'sam', 'browser');
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(result.entry.authMethod).toBe('Phone call');
	});

	describe('office phone', () => {
		const deskPhone = {
			user: {methods: registeredMethods({officePhone: {number: '+1 4255550111'}})},
			person: {deskPhone: {number: '+1 4255550111', log: []}},
			defaultMethod: 'office-call' as const,
		};

		it('goes to voicemail while the user is not in the office', () => {
			const result = signIn(sam({...deskPhone, networkId: 'home'}), 'sam', 'browser');
			expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.voicemail);
			expect(userSaid(result)).toContain('not at my desk');
		});

		it('is answered when the user is at the office', () => {
			const result = signIn(sam({...deskPhone, networkId: 'office'}), 'sam', 'browser');
			expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		});
	});
});

describe('Authenticator push (fact sheet 3.4)', () => {
	it.each<[string, Partial<Phone>]>([
		['notifications for Authenticator are off', {authenticator: {...buildPhone().authenticator, notificationsAllowed: false}}],
		['battery optimisation stops Authenticator in the background', {authenticator: {...buildPhone().authenticator, batteryOptimised: true}}],
	])('shows nothing when %s (ticket 9)', (_why, phone) => {
		const result = signIn(sam({defaultMethod: 'app-notification', phone}), 'sam', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.pushNoResponse);
		expect(phoneLog(result.state, 'sam')).toMatchObject([{type: 'push-received', response: 'not-shown'}]);
		expect(userSaid(result)).toContain('no notification');
	});

	it('goes to the old phone after sam got a new one (ticket 7)', () => {
		// Given the registration lives in Authenticator on sam's old phone, and the new phone has no account
		const newPhone = buildPhone({authenticator: {installed: true, notificationsAllowed: true, batteryOptimised: false, accounts: []}});
		const state = sam({defaultMethod: 'app-notification', person: {phone: newPhone, oldPhone: buildPhone()}});
		// When he signs in
		const result = signIn(state, 'sam', 'browser');
		// Then nothing shows on the phone in his hand
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.pushNoResponse);
		expect(phoneLog(result.state, 'sam')).toEqual([]);
		expect(userSaid(result)).toContain('new phone');
	});

	it('fails with "Authentication request is not for an activated account" after a restore (ticket 8)', () => {
		const restored = buildPhone().authenticator.accounts.map((account) => ({...account, activated: false}));
		const result = signIn(sam({defaultMethod: 'app-notification', phone: {authenticator: {...buildPhone().authenticator, accounts: restored}}}), 'sam', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.pushNotSentToDevice);
		expect(userSaid(result)).toContain('not for an activated account');
	});

	describe('unfamiliar location (since August 2023)', () => {
		const atHotel = {defaultMethod: 'app-notification' as const, networkId: 'hotel'};

		it('shows no notification for a sign-in from a hotel abroad', () => {
			// Given sam (home country US) signs in from a hotel in France in 2024
			const state = sam(atHotel);
			// When the push goes out
			const result = signIn(state, 'sam', 'browser');
			// Then Authenticator shows nothing and he never responds
			expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.pushNoResponse);
			expect(phoneLog(result.state, 'sam')).toMatchObject([{type: 'push-received', response: 'not-shown'}]);
		});

		it('completes when sam opens Authenticator and pulls to refresh', () => {
			const result = signIn(sam({...atHotel, behaviour: {checksAuthenticatorManually: true}}), 'sam', 'browser');
			expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
			expect(phoneLog(result.state, 'sam')).toMatchObject([{type: 'push-received', response: 'approved'}]);
		});

		it('still notified normally before August 2023', () => {
			const result = signIn(sam({...atHotel, now: instant('2023-06-01T09:00:00Z')}), 'sam', 'browser');
			expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		});
	});

	describe('number matching (8 May 2023)', () => {
		it('records the number on the phone event after 8 May 2023', () => {
			const result = signIn(sam({defaultMethod: 'app-notification'}), 'sam', 'browser');
			expect(phoneLog(result.state, 'sam')).toEqual([{type: 'push-received', at: today, account: 'Contoso', numberMatch: 42, response: 'approved'}]);
		});

		it('shows a plain Approve prompt before 8 May 2023', () => {
			const result = signIn(sam({defaultMethod: 'app-notification', now: instant('2023-04-01T09:00:00Z')}), 'sam', 'browser');
			expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
			expect(phoneLog(result.state, 'sam')[0]).not.toHaveProperty('numberMatch');
		});
	});

	it('logs "user declined the authentication" when sam taps Deny', () => {
		const result = signIn(sam({defaultMethod: 'app-notification', behaviour: {pushResponse: 'deny'}}), 'sam', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.declined);
		expect(phoneLog(result.state, 'sam')).toMatchObject([{type: 'push-received', response: 'denied'}]);
	});

	describe('"No, it\'s not me" (fact sheet 3.4, 8.7, ticket 11)', () => {
		const reporter = {defaultMethod: 'app-notification' as const, behaviour: {pushResponse: 'report' as const}};

		it('blocks the user for 90 days and audits the fraud report in the legacy fraud-alert era', () => {
			// Given it is 2024 (legacy fraud alert still exists) and sam taps "No, it's not me"
			const result = signIn(sam(reporter), 'sam', 'browser');
			// Then the sign-in shows the fraud code, sam is blocked for 90 days and the audit log says so
			expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.fraudReported);
			expect(userOf(result.state, 'sam').mfaBlockedUntil).toBe(today + 90 * DAY);
			expect(result.state.auditLog).toMatchObject([{service: 'MFA', activity: 'Fraud reported - user is blocked for MFA', targetUpn: 'sam@contoso.com'}]);
		});

		it('denies every later attempt with "user is blocked" even when sam approves', () => {
			const reported = signIn(sam(reporter), 'sam', 'browser');
			const next = signIn(changePerson(advance(reported.state, DAY), 'sam', {behaviour: approve}), 'sam', 'browser');
			expectSignIn(next.entry, 'Failure', 500_121, mfaResultDetails.userBlocked);
		});

		it('lets sam in again after the 90 days', () => {
			const reported = signIn(sam(reporter), 'sam', 'browser');
			const next = signIn(changePerson(advance(reported.state, 90 * DAY), 'sam', {behaviour: approve}), 'sam', 'browser');
			expectSignIn(next.entry, 'Success', 0, mfaResultDetails.completed);
		});

		it('sets user risk to high instead of blocking after 1 Mar 2025 (Report suspicious activity)', () => {
			const result = signIn(sam({...reporter, now: instant('2025-06-02T09:00:00Z')}), 'sam', 'browser');
			expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.fraudReported);
			const user = userOf(result.state, 'sam');
			expect(user.risk).toBe('high');
			expect(user.mfaBlockedUntil).toBeUndefined();
			expect(result.state.auditLog.map((entry) => entry.activity)).not.toContain('Fraud reported - user is blocked for MFA');
		});
	});
});

describe('verification codes (fact sheet 3.5, tickets 6 and 27)', () => {
	function codeFacts(credentialId: string, fact: TotpFact): SignInFacts {
		return passwordFacts({[credentialId]: fact});
	}

	const currentCode = {code: '654321', accepted: true, timeStep: 57_000_000};

	it('logs "invalid mobile app verification code" when the tenant rejects the Authenticator code', () => {
		// Given sam's phone clock is off, so the code his app shows is outside the accepted window
		const state = sam({defaultMethod: 'app-code'});
		// When he types it
		const result = signIn(state, 'sam', 'browser', codeFacts('auth-app-1', {code: '111111', accepted: false}));
		// Then the code is refused
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.invalidAppCode);
		expect(result.entry.authMethod).toBe('OATH verification code');
		expect(userSaid(result)).toContain('code is wrong');
	});

	it('accepts the current code once', () => {
		const result = signIn(sam({defaultMethod: 'app-code'}), 'sam', 'browser', codeFacts('auth-app-1', currentCode));
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
	});

	it('logs "verification code already used once" when the same code is typed again in the same time step', () => {
		// Given sam signed in with the current code
		const first = signIn(sam({defaultMethod: 'app-code'}), 'sam', 'browser', codeFacts('auth-app-1', currentCode));
		// When he signs in again within the same 30 s with the same code
		const second = signIn(advance(first.state, 5 * SECOND), 'sam', 'browser', codeFacts('auth-app-1', currentCode));
		// Then the replay is refused
		expectSignIn(second.entry, 'Failure', 500_121, mfaResultDetails.codeAlreadyUsed);
		expect(userSaid(second)).toContain('already used');
	});

	it('accepts the next time step\'s code after a use', () => {
		const first = signIn(sam({defaultMethod: 'app-code'}), 'sam', 'browser', codeFacts('auth-app-1', currentCode));
		const nextStep = {...currentCode, code: '777777', timeStep: currentCode.timeStep + 1};
		const second = signIn(advance(first.state, 30 * SECOND), 'sam', 'browser', codeFacts('auth-app-1', nextStep));
		expectSignIn(second.entry, 'Success', 0, mfaResultDetails.completed);
	});

	describe('hardware token (ticket 27)', () => {
		const fob = {id: 'hw-1', serialNumber: 'SN-0042', manufacturer: 'Token2', model: 'C202', secret: 'GEZDGNBVGY3TQOJQ', periodSeconds: 30 as const};
		const tokenUser = (status: 'assigned' | 'activated') => ({methods: {...noMethods, hardwareTokens: [{...fob, status}]}});

		it('refuses codes from a token that was assigned but never activated', () => {
			const result = signIn(sam({defaultMethod: 'app-code', user: tokenUser('assigned')}), 'sam', 'browser', codeFacts('hw-1', currentCode));
			expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.incorrectCode);
		});

		it('accepts the same code once the token is activated', () => {
			const result = signIn(sam({defaultMethod: 'app-code', user: tokenUser('activated')}), 'sam', 'browser', codeFacts('hw-1', currentCode));
			expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		});
	});

	it('logs "user never entered the verification code" when no device in sam\'s hands shows a code', () => {
		const result = signIn(sam({defaultMethod: 'app-code'}), 'sam', 'browser', passwordFacts({}));
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.neverEnteredCode);
		expect(userSaid(result)).toContain("don't have anything that shows a code");
	});
});
