/**
 * The admin's Sign-in diagnostic says only what Microsoft's side can know: what was sent, to which registered
 * number or device, the answer it got and the result detail (fact sheet 6.3). What happened on the handset or
 * inside a client stays in `worldCause`, for the trainer's debrief, so the trainee still has to ask the user.
 * Sam is Enforced, at home, with Authenticator (push + code) on iPhone 13 and the mobile +1 4255550100.
 */
import {describe, expect, it} from 'vitest';
import type {TraceStep} from '../../../source/domain/state/logs.js';
import type {DefaultMethod} from '../../../source/domain/tenant/methods.js';
import type {Phone} from '../../../source/domain/world/phone.js';
import type {Behaviour} from '../../../source/domain/world/world.js';
import {browser, buildPerson, buildPhone, buildState, buildUser, outlook, passwordFacts, registeredMethods} from '../../helpers/build-state.js';
import {signIn} from '../../helpers/sign-in-helpers.js';

const approve: Behaviour = {pressesHash: true, pushResponse: 'approve', checksAuthenticatorManually: false, ticksDontAskAgain: false};

function sam(defaultMethod: DefaultMethod, phone: Partial<Phone> = {}, behaviour: Partial<Behaviour> = {}) {
	return buildState({
		users: [buildUser({id: 'sam', perUserMfa: 'enforced', methods: registeredMethods(), defaultMethod})],
		people: [buildPerson({userId: 'sam', phone: buildPhone(phone), behaviour: {...approve, ...behaviour}, clients: [browser(), outlook('2013')]})],
	});
}

function deliveryStep(defaultMethod: DefaultMethod, phone: Partial<Phone> = {}, behaviour: Partial<Behaviour> = {}): TraceStep {
	const step = signIn(sam(defaultMethod, phone, behaviour), 'sam', 'browser').entry.trace.find((each) => each.step === 'delivery');
	if (step === undefined) {
		throw new Error('no delivery step');
	}

	return step;
}

/** Words that would tell the trainee what happened on the handset. */
const handsetWords = /blocker|security app|Do Not Disturb|switched off|signal|roaming|battery|notifications? (?:are|is) off|clock|in (?:their|the user's) hand|screening|forwarding/i;

const notifications = buildPhone().authenticator;

describe('a text that never gets typed in reads the same whatever the phone did', () => {
	const causes: Array<[string, Partial<Phone>, RegExp]> = [
		['an SMS blocker filtered it (ticket 2)', {smsBlocker: true}, /security app/],
		['Do Not Disturb hid it', {doNotDisturb: true}, /Do Not Disturb/],
		['the phone was off', {poweredOn: false}, /switched off/],
		['there was no signal', {hasSignal: false}, /signal/],
		['the phone roamed where the carrier does not deliver (ticket 3)', {roamingCallingCode: '33', roamingBlocksTelephony: true}, /roaming/],
	];

	it.each(causes)('when %s: the diagnostic states what was sent and to which number, the cause stays world-side', (_why, phone, cause) => {
		const step = deliveryStep('text', phone);
		expect(step.detail).toBe('Text message with a verification code sent to the authentication phone +1 4255550100. The code was never entered on the sign-in page.');
		expect(step.worldCause).toMatch(cause);
	});
});

describe('calls and pushes', () => {
	it.each<[string, DefaultMethod, Partial<Phone>, Partial<Behaviour>]>([
		['a call blocker rejected the call', 'call', {blocksMicrosoftCaller: true}, {}],
		['calls are forwarded to voicemail', 'call', {callsGoToVoicemail: true}, {}],
		['the user never pressed #', 'call', {}, {pressesHash: false}],
		['Authenticator notifications are off (ticket 9)', 'app-notification', {authenticator: {...notifications, notificationsAllowed: false}}, {}],
		['battery optimisation stops Authenticator', 'app-notification', {authenticator: {...notifications, batteryOptimised: true}}, {}],
		['the phone has no data', 'app-notification', {hasData: false}, {}],
	])('when %s, the diagnostic names no handset cause but keeps it in worldCause', (_why, method, phone, behaviour) => {
		const step = deliveryStep(method, phone, behaviour);
		expect(step.detail).not.toMatch(handsetWords);
		expect(step.worldCause).toBeDefined();
	});

	it('says the call to the authentication phone did not connect when a blocker rejects it', () => {
		expect(deliveryStep('call', {blocksMicrosoftCaller: true}).detail).toBe('Phone call placed to the authentication phone +1 4255550100; the call did not connect.');
	});

	it('names the Authenticator registration\'s device, as Authentication methods does', () => {
		expect(deliveryStep('app-notification', {hasData: false}).detail).toBe('Notification sent to Microsoft Authenticator on "iPhone 13"; no response came before the sign-in timed out.');
	});

	it('says a wrong code was entered without guessing at the phone clock (ticket 6)', () => {
		const state = sam('app-code');
		const entry = signIn(state, 'sam', 'browser', passwordFacts({'auth-app-1': {code: '111111', accepted: false}})).entry;
		const step = entry.trace.find((each) => each.step === 'delivery')!;
		expect(step.detail).toBe('The code 11**** from Microsoft Authenticator on "iPhone 13" was entered, but it does not match the credential\'s codes within the accepted time window.');
		expect(step.worldCause).toMatch(/clock or seed/);
	});
});

describe('clients', () => {
	it('shows the client app and protocol, not the Outlook 2013 registry values behind it (ticket 17)', () => {
		const entry = signIn(sam('app-notification'), 'sam', 'outlook').entry;
		const user = entry.trace.find((each) => each.step === 'user')!;
		expect(user.detail).toBe('Found sam@contoso.com (member). Client app: MAPI over HTTP, using Basic authentication (legacy protocol).');
		expect(user.worldCause).toContain('EnableADAL');
	});

	it('never puts a world cause into any admin-visible sentence of the trace', () => {
		const entries = [
			signIn(sam('text', {smsBlocker: true}), 'sam', 'browser').entry,
			signIn(sam('call', {doNotDisturb: true}), 'sam', 'browser').entry,
			signIn(sam('app-notification'), 'sam', 'outlook').entry,
		];
		for (const step of entries.flatMap((entry) => entry.trace)) {
			expect(step.detail).not.toMatch(handsetWords);
			expect(step.detail).not.toMatch(/EnableADAL|registry/);
		}
	});
});
