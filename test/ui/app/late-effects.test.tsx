/**
 * A loaded machine can deliver the next key after a key's frame is drawn but before React runs that
 * render's passive effects (`useEffect`). The harness's `lateEffects` makes that ordering the rule:
 * what the next key means, and what the frame shows, must never wait for an effect.
 */
import {useState} from 'react';
import {useInput} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {startSession} from '../../../source/domain/session/play-session.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import type {SessionIntent} from '../../../source/services/session-service.js';
import {richDisplay} from '../../../source/ui/app/display.js';
import {KeyLayerHost, useKeys} from '../../../source/ui/components/key-layers.js';
import {SessionProvider, useSessionActions} from '../../../source/ui/contexts/session-context.js';
import {Workspace} from '../../../source/ui/app/workspace.js';
import {testDeps} from '../../helpers/fake-ports.js';
import {AskScreen} from '../../../source/ui/user-side/ask-screen.js';
import {askMenu} from '../../../source/ui/user-side/ask-menu.js';
import {MfaPageScreen} from '../../../source/ui/admin/mfa-page-screen.js';
import {buildState, buildUser, outlook} from '../../helpers/build-state.js';
import {keys, renderApp} from '../../helpers/ink-harness.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {renderScreen} from '../admin/admin-fixture.js';
import {focusActiveUsers, footerOf, renderWorkspace, ticket, type WorkspaceRun} from './render-workspace.js';

/** Undoes the last turn when the key is pressed, as the shell's `u` does. */
function UndoOn({input: wanted}: {readonly input: string}) {
	const {undo} = useSessionActions();
	useKeys(
		(input) => {
			if (input === wanted) {
				undo();
			}
		},
		{isActive: true},
	);
	return null;
}

/** The workspace of an attempt whose outside message (a save that failed) arrives when the key is pressed. */
function WorkspaceWithNoticeOn({input: wanted, notice}: {readonly input: string; readonly notice: string}) {
	const [shown, setShown] = useState<string | undefined>(undefined);
	useInput((input) => {
		if (input === wanted) {
			setShown(notice);
		}
	});
	return <Workspace title="Authenticator codes always wrong" ticket={ticket} attempt={{hints: [], onCheck: async () => Promise.reject(new Error('not checked here')), onEnd: () => undefined, notice: shown}} />;
}

/** Replaces the session with a fresh one over `to` when the key is pressed (the menu changes in one render). */
function SessionSwap({on, to}: {readonly on: string; readonly to: SimState}) {
	const {replace} = useSessionActions();
	useKeys(
		(input) => {
			if (input === on) {
				replace(startSession(to));
			}
		},
		{isActive: true},
	);
	return null;
}

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('keys typed before the last key\'s effects have run', () => {
	it('types ? into a search just opened instead of opening the help', async () => {
		run = await renderWorkspace(undefined, {}, {lateEffects: true});
		await focusActiveUsers(run);
		await run.press('/');
		await run.waitFor('Search: █');
		await run.press('?');
		const frame = await run.waitFor('Search: ?█');
		expect(frame).not.toContain('Key bindings');
	});

	it('draws the keys of a user opened in Active users in the same frame as the user', async () => {
		run = await renderWorkspace(undefined, {}, {lateEffects: true});
		await focusActiveUsers(run);
		await run.press(keys.enter);
		const frame = await run.waitFor('Esc back');
		expect(footerOf(frame)).toContain('←→ tabs');
		expect(footerOf(frame)).not.toContain('/ search');
	});

	it('asks what the menu shows selected when the menu grows around the selection', async () => {
		const clients = [outlook('2013')];
		const state = priyaState({person: {clients}});
		// A noted app password adds "use app password ..." items above the Outlook items.
		const grown = priyaState({person: {clients, notedAppPasswords: {'app-password-1': 'abcdefghijklmnop'}}});
		const label = 'Clear the saved password in Outlook 2013';
		const index = askMenu(state, 'priya').findIndex((item) => item.label === label);
		expect(askMenu(grown, 'priya').findIndex((item) => item.label === label)).toBeGreaterThan(index);
		const asked: SessionIntent[] = [];
		const screen = await renderScreen(
			<KeyLayerHost>
				<SessionSwap on="z" to={grown} />
				<AskScreen isActive userId="priya" peopleCount={1} display={richDisplay} width={100} height={30} play={(intent) => asked.push(intent)} />
			</KeyLayerHost>,
			state,
			undefined,
			undefined,
			{lateEffects: true},
		);
		await screen.waitFor('Ask Priya Shah to');
		for (let step = 0; step < index; step++) {
			await screen.press(keys.down);
		}

		await screen.waitFor(new RegExp(`› ${label}\\s*$`, 'm'));
		await screen.press('z');
		await screen.press(keys.enter);
		screen.unmount();
		expect(asked).toEqual([{kind: 'user', intent: askMenu(grown, 'priya').find((item) => item.label === label)!.intent}]);
	});

	it('keeps a choice made on the MFA service settings right after an undo changed them', async () => {
		const screen = await renderScreen(
			<KeyLayerHost>
				<UndoOn input="u" />
				<MfaPageScreen isActive />
			</KeyLayerHost>,
			buildState(),
			undefined,
			undefined,
			{lateEffects: true},
		);
		await screen.press(keys.right);
		await screen.waitFor('[service settings]');
		await screen.press(keys.space, 's');
		await screen.waitFor('✓ Updates successful');
		// The shell undoes the save; at once the trainee allows app passwords again (Space on the first row).
		await screen.press('u');
		await screen.waitForGone('Updates successful');
		await screen.press(keys.space);
		const frame = await screen.waitFor('(unsaved)');
		screen.unmount();
		expect(frame).toContain('(•) Allow users');
	});

	it('says why a guest can\'t be ticked when Space follows the move onto the guest at once', async () => {
		const guest = buildUser({id: 'gail', displayName: 'Gail Guest', userType: 'guest', upn: 'gail_fabrikam.com#EXT#@contoso.com'});
		const screen = await renderScreen(<MfaPageScreen isActive />, buildState({users: [buildUser({id: 'adele', displayName: 'Adele Vance'}), guest]}), undefined, undefined, {lateEffects: true});
		await screen.waitFor('Gail Guest (guest)');
		await screen.press(keys.down, keys.space);
		const frame = await screen.waitFor('managed by their home tenant');
		screen.unmount();
		expect(frame).not.toContain('selected)');
	});

	it('keeps a notice a key raised just after a message from outside came in', async () => {
		const screen = await renderApp(
			<SessionProvider initial={startSession(priyaState())} deps={testDeps()}>
				<WorkspaceWithNoticeOn input="x" notice="Progress could not be saved: disk full" />
			</SessionProvider>,
			{lateEffects: true},
		);
		await screen.waitFor('1-8 screen');
		// The message comes in, and at once the trainee presses u with nothing to undo: the last word is the shell's.
		await screen.press('x', 'u');
		await screen.settle();
		const frame = screen.text();
		screen.unmount();
		expect(frame).toContain('Nothing to undo.');
		expect(frame).not.toContain('disk full');
	});
});
