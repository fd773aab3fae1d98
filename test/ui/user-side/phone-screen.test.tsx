import {afterEach, describe, expect, it} from 'vitest';
import {MINUTE, SECOND} from '../../../source/domain/common/time.js';
import {createOtplibTotp} from '../../../source/adapters/otplib-totp.js';
import {createSeededRandom} from '../../../source/adapters/seeded-random.js';
import {authenticatorSecret, buildPhone, today} from '../../helpers/build-state.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {shareLogRows} from '../../../source/ui/user-side/desk-phone.js';
import {renderWorkspace, signablePriya, type WorkspaceRun} from '../app/render-workspace.js';

const totp = createOtplibTotp({random: createSeededRandom('phone-test')});
/** The code Authenticator shows at an instant, as the phone screen writes it (`123 456`). */
const shownCode = (at: number) => {
	const code = totp.generate(authenticatorSecret, Math.floor(at / SECOND), 30);
	return `${code.slice(0, 3)} ${code.slice(3)}`;
};

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('the user\'s phone', () => {
	it('shows the text that arrived after a sign-in with the text method', async () => {
		// Given Priya's default method is a text to her phone
		run = await renderWorkspace(await signablePriya({user: {defaultMethod: 'text'}}));
		// When she tries to sign in with her browser
		await run.play({kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}});
		await run.press('6');
		// Then the text with the code is on her phone
		const frame = await run.waitFor('Use this code for Microsoft verification');
		expect(frame).toMatch(/09:01 Text from \S+: \d{6} Use this code for Microsoft verification/);
	});

	it('shows a live Authenticator code that changes when simulated time passes', async () => {
		run = await renderWorkspace();
		await run.press('6');
		await run.waitFor(`Contoso                ${shownCode(today)}`);
		// When 5 minutes of simulated time pass, Then the code is the one for the new time step.
		await run.press('w');
		await run.waitFor('09:05 UTC');
		const frame = await run.waitFor(shownCode(today + 5 * MINUTE));
		expect(shownCode(today + 5 * MINUTE)).not.toBe(shownCode(today));
		expect(frame).not.toContain(shownCode(today));
	});

	it('draws codes at the phone\'s own clock and says the clock is set manually', async () => {
		// Given the phone is 5 minutes fast with manual time
		run = await renderWorkspace(priyaState({person: {phone: buildPhone({automaticTime: false, clockOffsetSeconds: 300})}}));
		await run.press('6');
		const frame = await run.waitFor('Set manually (5 min fast)');
		expect(frame).toContain(shownCode(today + 300 * SECOND));
		expect(frame).toContain('shows 09:05:00');
	});

	it('shows the push prompt with its number-matching value', async () => {
		run = await renderWorkspace(await signablePriya());
		await run.play({kind: 'user', intent: {type: 'sign-in', userId: 'priya', clientId: 'browser'}});
		await run.press('6');
		const frame = await run.waitFor('Sign-in request for Contoso');
		expect(frame).toMatch(/09:01 Sign-in request for Contoso, number \d{2}: approved/);
	});

	it('never shows the seed', async () => {
		run = await renderWorkspace();
		await run.press('6');
		expect(await run.waitFor('Priya Shah\'s phone')).not.toContain(authenticatorSecret);
	});

	it('shows the desk phone with its extension and the voicemail a verification call left there', async () => {
		// Given Priya is away from her desk, and Microsoft's call to her office number went to the desk voicemail
		const call = {type: 'call-received', at: today + MINUTE, from: '+1 8553308653', outcome: 'voicemail'} as const;
		run = await renderWorkspace(priyaState({person: {networkId: 'home', deskPhone: {number: '+1 4255550100', extension: '2041', log: [call]}}}));
		// When the trainee looks at her phones
		await run.press('6');
		// Then the desk phone is there, with the voicemail
		const frame = await run.waitFor('Desk phone');
		expect(frame).toContain('+1 4255550100 ext. 2041 · away from their desk');
		expect(frame).toContain('09:01 Call went to voicemail from +1 8553308653');
		expect(frame).toContain('Messages and calls');
	});

	it('shares the rows under the settings between the two logs: each shows all it holds when both fit, else the longer gets the rest (pure)', () => {
		const desk = (calls: number) => ({number: '+1 4255550100', log: Array.from({length: calls}, (_, index) => ({type: 'call-received', at: today + index * MINUTE, from: '+1 8553308653', outcome: 'voicemail'}) as const)});
		expect(shareLogRows(10, 3, undefined)).toEqual({phone: 10, desk: 0});
		expect(shareLogRows(11, 3, desk(2))).toEqual({phone: 3, desk: 2});
		expect(shareLogRows(11, 1, desk(20))).toEqual({phone: 1, desk: 9});
		expect(shareLogRows(11, 20, desk(2))).toEqual({phone: 8, desk: 2});
		expect(shareLogRows(11, 20, desk(20))).toEqual({phone: 5, desk: 5});
		expect(shareLogRows(1, 0, desk(0))).toEqual({phone: 1, desk: 1});
	});

	it('shows the desk phone of a person without a mobile phone', async () => {
		run = await renderWorkspace(priyaState({person: {phone: undefined, networkId: 'office', deskPhone: {number: '+1 4255550100', log: []}}}));
		await run.press('6');
		const frame = await run.waitFor('Desk phone');
		expect(frame).toContain('Priya Shah has no mobile phone with them.');
		expect(frame).toContain('+1 4255550100 · at their desk');
		expect(frame).toContain('No calls to the desk phone yet.');
	});

	it('switches to the old phone with o when there is one', async () => {
		run = await renderWorkspace(priyaState({person: {oldPhone: buildPhone({number: '+1 4255550999', poweredOn: false})}}));
		await run.press('6');
		await run.waitFor('o: old phone');
		await run.press('\t');
		await run.waitFor('Tab pane');
		await run.press('o');
		const frame = await run.waitFor('Priya Shah\'s old phone');
		expect(frame).toContain('+1 4255550999');
		expect(frame).toContain('Phone switched off');
	});
});
