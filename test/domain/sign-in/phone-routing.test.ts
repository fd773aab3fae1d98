/**
 * Texts and calls reach whichever of the person's phones has the number registered in the method, not
 * the phone the method's slot suggests (fact sheet 1.2, 3.2, 3.3). George is Enforced; his mobile is
 * +1 4255550130, his desk line is the office's +1 4255550199 at extension 2130, and his old phone
 * (+1 4255550999) is in a drawer at home.
 */
import {describe, expect, it} from 'vitest';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import type {AuthMethods, DefaultMethod} from '../../../source/domain/tenant/methods.js';
import type {DeskPhone, Phone, PhoneEvent} from '../../../source/domain/world/phone.js';
import type {Person} from '../../../source/domain/world/world.js';
import type {NetworkId} from '../../../source/domain/common/ids.js';
import {browser, buildPerson, buildPhone, buildState, buildUser, registeredMethods, today} from '../../helpers/build-state.js';
import {expectSignIn, personOf, phoneLog, signIn, userSaid} from '../../helpers/sign-in-helpers.js';

const mobile = '+1 4255550130';
const deskLine = '+1 4255550199';
const oldNumber = '+1 4255550999';

/** George's desk at extension 2130 of the office line. */
const extensionDesk: DeskPhone = {number: deskLine, extension: '2130', log: []};
/** A desk with a direct line (no extension). */
const directDesk: DeskPhone = {number: deskLine, log: []};

type Story = {
	readonly defaultMethod: DefaultMethod;
	readonly methods: Partial<AuthMethods>;
	readonly networkId?: NetworkId;
	/** null: no desk phone in the world at all. */
	readonly desk?: DeskPhone | null;
	readonly person?: Partial<Person>;
};

function george(story: Story) {
	return buildState({
		users: [buildUser({id: 'george', perUserMfa: 'enforced', methods: registeredMethods({authenticationPhone: {number: mobile}, ...story.methods}), defaultMethod: story.defaultMethod})],
		people: [
			buildPerson({
				userId: 'george',
				networkId: story.networkId ?? 'home',
				phone: buildPhone({number: mobile}),
				...(story.desk === null ? {} : {deskPhone: story.desk ?? extensionDesk}),
				clients: [browser()],
				...story.person,
			}),
		],
	});
}

function deskLog(state: ReturnType<typeof george>): readonly PhoneEvent[] {
	return personOf(state, 'george').deskPhone?.log ?? [];
}

const voicemailCall = {type: 'call-received', at: today, from: '+1 (855) 330-8653', outcome: 'voicemail'};

describe('the office phone method rings whatever has its number', () => {
	const office = {defaultMethod: 'office-call' as const, methods: {officePhone: {number: deskLine, extension: '2130'}}};

	it('leaves the voicemail on the desk phone, not on the mobile, while George is at home', () => {
		// Given George is at home and his default is "Call my office phone"
		const result = signIn(george(office), 'george', 'browser');
		// Then the desk voicemail takes the call; his mobile shows nothing
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.voicemail);
		expect(deskLog(result.state)).toEqual([voicemailCall]);
		expect(phoneLog(result.state, 'george')).toEqual([]);
		// And no "phone-event" pretends his phone buzzed
		expect(result.events.map((event) => event.type)).not.toContain('phone-event');
	});

	it('is answered at the desk when George is in the office', () => {
		const result = signIn(george({...office, networkId: 'office'}), 'george', 'browser');
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(deskLog(result.state)).toMatchObject([{type: 'call-received', outcome: 'answered'}]);
	});

	it('rings his mobile when an admin typed the mobile number into the office phone slot', () => {
		// Given the office phone method holds George's mobile number, and he is at home
		const state = george({defaultMethod: 'office-call', methods: {officePhone: {number: mobile}}});
		// When he signs in
		const result = signIn(state, 'george', 'browser');
		// Then the mobile in his hand rings and he presses #; the desk never rings
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(phoneLog(result.state, 'george')).toMatchObject([{type: 'call-received', outcome: 'answered'}]);
		expect(deskLog(result.state)).toEqual([]);
	});

	it('reaches the switchboard, not his desk, when the extension is missing', () => {
		// Given the office phone method has the main line but not George's extension
		const state = george({defaultMethod: 'office-call', methods: {officePhone: {number: deskLine}}, networkId: 'office'});
		// Then nobody George can answer gets the call
		const result = signIn(state, 'george', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.voicemail);
		expect(deskLog(result.state)).toEqual([]);
		expect(result.entry.trace.find((step) => step.step === 'delivery')?.worldCause).toContain('none of their phones');
	});

	it('reaches nobody when the number is none of his phones', () => {
		const result = signIn(george({defaultMethod: 'office-call', methods: {officePhone: {number: '+1 2065550111'}}, networkId: 'office'}), 'george', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.voicemail);
		expect(deskLog(result.state)).toEqual([]);
		expect(phoneLog(result.state, 'george')).toEqual([]);
	});

	it('reaches nobody when George has no desk phone in the world at all', () => {
		const result = signIn(george({...office, networkId: 'office', desk: null}), 'george', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.voicemail);
	});
});

describe('the authentication phone slot holding the desk number', () => {
	const deskAsMobile = {methods: {authenticationPhone: {number: deskLine}}, desk: directDesk};

	it('never delivers a text: a landline can\'t receive one', () => {
		// Given George's authentication phone is his (direct) desk line and he sits at his desk
		const result = signIn(george({...deskAsMobile, defaultMethod: 'text', networkId: 'office'}), 'george', 'browser');
		// Then the code is never entered, and neither phone shows a text
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.neverEnteredCode);
		expect(deskLog(result.state)).toEqual([]);
		expect(phoneLog(result.state, 'george')).toEqual([]);
		expect(result.entry.trace.find((step) => step.step === 'delivery')?.worldCause).toContain("can't receive texts");
	});

	it('rings the desk for "Call my authentication phone"', () => {
		const result = signIn(george({...deskAsMobile, defaultMethod: 'call', networkId: 'office'}), 'george', 'browser');
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(deskLog(result.state)).toMatchObject([{type: 'call-received', outcome: 'answered'}]);
	});
});

describe('an old phone George no longer carries', () => {
	const oldPhone = (overrides: Partial<Phone> = {}) => buildPhone({number: oldNumber, ...overrides});

	it('receives the text in the drawer, so the code is never entered', () => {
		// Given the tenant still has the old phone's number and the old phone is on in a drawer
		const state = george({defaultMethod: 'text', methods: {authenticationPhone: {number: oldNumber}}, person: {oldPhone: oldPhone()}});
		const result = signIn(state, 'george', 'browser');
		// Then the text lands on the old phone and George never sees it
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.neverEnteredCode);
		expect(personOf(result.state, 'george').oldPhone?.log).toMatchObject([{type: 'text-received'}]);
		expect(phoneLog(result.state, 'george')).toEqual([]);
		expect(userSaid(result)).toBe('No text came through.');
	});

	it('gets nothing when it is switched off', () => {
		const state = george({defaultMethod: 'call', methods: {authenticationPhone: {number: oldNumber}}, person: {oldPhone: oldPhone({poweredOn: false})}});
		const result = signIn(state, 'george', 'browser');
		expectSignIn(result.entry, 'Failure', 500_121, mfaResultDetails.voicemail);
		expect(personOf(result.state, 'george').oldPhone?.log).toEqual([]);
	});

	it('loses to the phone in hand when both have the number (the SIM moved)', () => {
		const state = george({defaultMethod: 'text', methods: {}, person: {oldPhone: oldPhone({number: mobile})}});
		const result = signIn(state, 'george', 'browser');
		expectSignIn(result.entry, 'Success', 0, mfaResultDetails.completed);
		expect(personOf(result.state, 'george').oldPhone?.log).toEqual([]);
	});
});
