import {afterEach, describe, expect, it} from 'vitest';
import {currentState} from '../../../source/domain/session/play-session.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import {askMenu} from '../../../source/ui/user-side/ask-menu.js';
import {buildPerson, buildPhone, buildUser, outlook, registeredMethods} from '../../helpers/build-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {renderWorkspace, signablePriya, type WorkspaceRun} from '../app/render-workspace.js';

/** Home and End as a terminal sends them. */
const homeKey = '\u001B[H';
const endKey = '\u001B[F';

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

/** Opens "Ask the user to ...", moves to the item with this label and presses Enter. */
async function ask(current: WorkspaceRun, state: SimState, label: string): Promise<void> {
	const index = askMenu(state, 'priya').findIndex((item) => item.label === label);
	expect(index, `no ask item "${label}"`).toBeGreaterThanOrEqual(0);
	await current.press('8');
	await current.waitFor('Ask Priya Shah to');
	await current.press(keys.tab);
	await current.waitFor('Enter choose');
	for (let step = 0; step < index; step++) {
		await current.press(keys.down);
	}

	await current.waitFor(`› ${label.slice(0, 40)}`);
	await current.press(keys.enter);
}

describe('ask the user to ...', () => {
	it('sets the phone\'s time to automatic: the phone settings change and Priya answers in her own words', async () => {
		// Given Priya's phone is 5 minutes fast with manual time
		const state = priyaState({person: {phone: buildPhone({automaticTime: false, clockOffsetSeconds: 300})}});
		run = await renderWorkspace(state);
		await run.press('6');
		await run.waitFor('Set manually (5 min fast)');
		// When the trainee asks her to set the time to automatic
		await run.press(keys.tab);
		await run.waitFor('Tab pane');
		await run.press(keys.tab);
		await run.waitFor('1-8 screen');
		await ask(run, state, 'Set the phone\'s time to automatic');
		// Then she says what she did, and her phone shows automatic time
		const frame = await run.waitFor('OK, I\'ve switched the phone to set the date and time');
		expect(frame).toContain('You     Set the phone\'s time to automatic');
		expect(frame).toContain('Priya   OK, I\'ve switched the phone');
		await run.press(keys.tab);
		await run.waitFor('1-8 screen');
		await run.press('6');
		expect(await run.waitFor('Date & time    Set automatically')).not.toContain('5 min fast');
	});

	it('asks for a sign-in with Outlook 2013 and shows her complaint in the chat and the status line', async () => {
		const state = await signablePriya({person: {clients: [outlook('2013')]}});
		run = await renderWorkspace(state);
		await ask(run, state, 'Try signing in again with Outlook 2013');
		const frame = await run.waitFor('Priya   ');
		expect(frame).toContain('You     Try signing in again with Outlook 2013');
		expect(frame).toMatch(/Ask Priya Shah: Try signing in again with Outlook 2013 · Priya: "/);
	});

	it('keeps older turns and shows refusals with the person\'s words', async () => {
		const state = priyaState({person: {phone: undefined}});
		run = await renderWorkspace(state);
		await ask(run, state, 'Finish "More information required" (Set it up now) with text messages to their mobile phone');
		const frame = await run.waitFor('Note');
		expect(frame).toContain('Priya');
	});

	it('jumps to the last item with End and back to the first with Home, like the other lists', async () => {
		const state = priyaState();
		const items = askMenu(state, 'priya');
		run = await renderWorkspace(state);
		await run.press('8');
		await run.waitFor('Ask Priya Shah to');
		await run.press(keys.tab);
		await run.waitFor(` 1/${items.length}`);
		await run.press(endKey);
		await run.waitFor(` ${items.length}/${items.length}`);
		expect(run.text()).toContain(`› ${items.at(-1)!.label.slice(0, 40)}`);
		await run.press(homeKey);
		await run.waitFor(` 1/${items.length}`);
		expect(run.text()).toContain(`› ${items[0]!.label.slice(0, 40)}`);
	});

	it('keeps the selected item when the menu grows', async () => {
		const state = priyaState({person: {clients: [outlook('2013')]}, settings: {appPasswordsAllowed: true}});
		run = await renderWorkspace(state);
		await run.press('8');
		await run.waitFor('Ask Priya Shah to');
		await run.press(keys.tab);
		await run.waitFor('Enter choose');
		const label = 'Clear the saved password in Outlook 2013';
		const index = askMenu(state, 'priya').findIndex((item) => item.label === label);
		for (let step = 0; step < index; step++) {
			await run.press(keys.down);
		}

		const selected = new RegExp(`› ${label}\\s*$`, 'm');
		await run.waitFor(selected);
		// When an app password is created, "use app password ..." items appear above the selection.
		await run.play({kind: 'user', intent: {type: 'create-app-password', userId: 'priya', name: 'Outlook'}});
		expect(askMenu(currentState(run.session()), 'priya').findIndex((item) => item.label === label)).toBeGreaterThan(index);
		await run.waitFor(selected);
	});

	it('switches between the people of the scenario with [ and ]', async () => {
		const base = priyaState();
		const omar = buildUser({id: 'omar', displayName: 'Omar Haddad', perUserMfa: 'enforced', methods: registeredMethods()});
		const state: SimState = {
			...base,
			tenant: {...base.tenant, users: {...base.tenant.users, omar}, upnIndex: {...base.tenant.upnIndex, 'omar@contoso.com': 'omar'}},
			world: {...base.world, people: {...base.world.people, omar: buildPerson({userId: 'omar'})}},
		};
		run = await renderWorkspace(state);
		await run.press('8');
		await run.waitFor('Ask Priya Shah to');
		await run.press(keys.tab);
		// The keys are named as keys: "[ ]" alone would read as an empty checkbox.
		const frame = await run.waitFor('[ and ] switch person');
		expect(frame).not.toContain('[ ]');
		await run.press(']');
		await run.waitFor('Ask Omar Haddad to');
		await run.press('[');
		await run.waitFor('Ask Priya Shah to');
	});
});
