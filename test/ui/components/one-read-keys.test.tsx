/**
 * Keys that reach the app in ONE terminal read: a paste, fast typing over SSH, `tmux send-keys '/lena'`.
 * Ink hands such a run of plain characters to its handlers as one input ("/lena", "priya\r"); the key
 * layers hand it over key by key, each key meeting what the screen drew after the one before.
 */
import {useState} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {Text} from 'ink';
import {ActiveUsersScreen} from '../../../source/ui/admin/active-users-screen.js';
import {MfaPageScreen} from '../../../source/ui/admin/mfa-page-screen.js';
import {KeyLayerHost, useKeys} from '../../../source/ui/components/key-layers.js';
import {keysOfRead} from '../../../source/ui/components/key-reads.js';
import {buildState, buildUser} from '../../helpers/build-state.js';
import {keys, renderApp, type Harness} from '../../helpers/ink-harness.js';
import {renderScreen} from '../admin/admin-fixture.js';

let screen: Harness | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

const state = buildState({
	users: [
		buildUser({id: 'lena', displayName: 'Lena Vogel', upn: 'lena.vogel@contoso.com'}),
		buildUser({id: 'priya', displayName: 'Priya Patel', upn: 'priya@contoso.com'}),
		buildUser({id: 'sam', displayName: 'Sam Lee', upn: 'sam@contoso.com'}),
	],
});

/** Every key it got, with the mode the key before left: `/` starts "search" mode, Enter ends it. */
function ModeRecorder() {
	const [log, setLog] = useState<readonly string[]>([]);
	const [searching, setSearching] = useState(false);
	useKeys(
		(input, key) => {
			const name = key.return ? '⏎' : key.upArrow ? '↑' : key.escape ? 'Esc' : key.backspace || key.delete ? '⌫' : input;
			// `searching` is the state of the last render: a key handed over before it is drawn sees the old mode.
			setLog((entries) => [...entries, `${searching ? 's' : 'n'}:${name}`]);
			if (input === '/') {
				setSearching(true);
			} else if (key.return) {
				setSearching(false);
			}
		},
		// Like a search box: while searching it takes every key, a paste included.
		{isActive: true, isTyping: searching},
	);
	return <Text>log={log.join(' ')}</Text>;
}

async function recorder(): Promise<Harness> {
	screen = await renderApp(
		<KeyLayerHost>
			<ModeRecorder />
		</KeyLayerHost>,
	);
	return screen;
}

describe('the keys of one read (pure)', () => {
	it('splits a run of plain characters, and keeps escape sequences, Ctrl+C reads and single keys whole', () => {
		expect(keysOfRead('/lena')).toEqual(['/', 'l', 'e', 'n', 'a']);
		expect(keysOfRead('priya\r')).toEqual(['p', 'r', 'i', 'y', 'a', '\r']);
		expect(keysOfRead('\u007F\u007F')).toEqual(['\u007F', '\u007F']);
		expect(keysOfRead('a😀')).toEqual(['a', '😀']);
		expect(keysOfRead('😀')).toEqual(['😀']);
		expect(keysOfRead('x')).toEqual(['x']);
		expect(keysOfRead(keys.up)).toEqual([keys.up]);
		expect(keysOfRead('\u001B[200~')).toEqual(['\u001B[200~']);
		expect(keysOfRead('y\u0003')).toEqual(['y\u0003']);
	});
});

describe('a run of keys in one read', () => {
	it('reaches the handlers key by key, each after the render of the one before', async () => {
		const harness = await recorder();
		await harness.press('/bc\rd');
		// `d` came in the same read after the search closed: only a text field takes such a key.
		const frame = await harness.waitFor('log=n:/ s:b s:c s:⏎');
		await harness.press('e');
		expect(await harness.waitFor('n:e')).toContain('log=n:/ s:b s:c s:⏎ n:e');
		expect(frame).not.toContain('n:d');
	});

	it('gives a handler that is not typing only the first key of a paste: pasting "sorry" on the menu never confirms with its y', async () => {
		const harness = await recorder();
		await harness.press('sorry');
		await harness.waitFor('log=n:s');
		await harness.press('x');
		expect(await harness.waitFor('n:x')).toContain('log=n:s n:x');
	});

	it('keeps the order of reads that arrive while keys of an earlier read still wait', async () => {
		const harness = await recorder();
		await harness.burst('/ab', keys.up, 'c\r', 'z');
		await harness.waitFor('log=n:/ s:a s:b s:↑ s:c s:⏎ n:z');
	});

	it('still gives a read holding Ctrl+C as Ctrl+C, dropping keys that wait', async () => {
		const harness = await recorder();
		await harness.burst('/abc', 'x\u0003');
		// Ctrl+C goes at once, before the render of `/`; a, b and c are dropped.
		const frame = await harness.waitFor(/log=.*c/);
		expect(frame).toContain('log=n:/ n:c');
		await harness.press('q');
		expect(await harness.waitFor('q')).toContain('log=n:/ n:c s:q');
	});
});

describe('pasted or fast-typed text on the admin screens', () => {
	it('"/lena" opens the Active users search and filters', async () => {
		screen = await renderScreen(<ActiveUsersScreen isActive />, state);
		await screen.press('/lena');
		const frame = await screen.waitFor('Search: lena█');
		expect(frame).toContain('Lena Vogel');
		expect(frame).not.toContain('Sam Lee');
	});

	it('"priya\\r" filters and keeps the search, and the next key is a command again', async () => {
		screen = await renderScreen(<ActiveUsersScreen isActive />, state);
		await screen.press('/');
		await screen.waitFor('Search: █');
		await screen.press('priya\r');
		const frame = await screen.waitFor(/Search: priya(?!█)/);
		expect(frame).toContain('Priya Patel');
		expect(frame).not.toContain('Lena Vogel');
		await screen.press('\r');
		await screen.waitFor('Authentication methods');
	});

	it('a trusted IP range pasted with Enter is committed', async () => {
		screen = await renderScreen(<MfaPageScreen isActive />, state);
		await screen.press(keys.right);
		await screen.waitFor('[service settings]');
		await screen.press(keys.down, keys.down, keys.down);
		await screen.waitFor(/›\s+\+ add a range/);
		await screen.press(keys.enter);
		await screen.waitFor('█');
		await screen.press('203.0.113.10/32\r');
		const frame = await screen.waitFor('203.0.113.10/32 (unsaved)');
		expect(frame).not.toContain('█');
	});

	it('a whole range pasted with the keys that open the editor lands in it', async () => {
		screen = await renderScreen(<MfaPageScreen isActive />, state);
		await screen.press(keys.right);
		await screen.waitFor('[service settings]');
		await screen.press(keys.down, keys.down, keys.down);
		await screen.waitFor(/›\s+\+ add a range/);
		await screen.press('\r198.51.100.0/24\r');
		await screen.waitFor('198.51.100.0/24 (unsaved)');
	});
});
