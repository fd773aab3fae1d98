import {useState} from 'react';
import {Text} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {useKeys} from '../../../source/ui/components/key-layers.js';
import {adminScreens} from '../../../source/ui/app/admin-screens.js';
import {placeholderScreen, type AdminScreenMap, type ShellScreenProps} from '../../../source/ui/app/placeholder-screen.js';
import {keys} from '../../helpers/ink-harness.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {renderWorkspace, type WorkspaceRun} from './render-workspace.js';

/** A stand-in admin screen with a search box that captures typing, as the real ones do. */
function SearchingScreen({isActive, width, height, onCaptureChange}: ShellScreenProps) {
	const [query, setQuery] = useState<string | undefined>(undefined);
	useKeys(
		(input, key) => {
			if (query === undefined && input === '/') {
				setQuery('');
				onCaptureChange(true);
			} else if (query !== undefined && key.escape) {
				setQuery(undefined);
				onCaptureChange(false);
			} else if (query !== undefined && input !== '') {
				setQuery(query + input);
			}
		},
		{isActive},
	);
	return <Text>{query === undefined ? `Test users ${width}x${height}` : `Searching: ${query}`}</Text>;
}

const screens: AdminScreenMap = {
	...adminScreens,
	'active-users': {Screen: SearchingScreen, hints: [{keys: '/', label: 'search users'}]},
};

let run: WorkspaceRun | undefined;
afterEach(() => {
	run?.unmount();
	run = undefined;
});

describe('admin screens in the shell', () => {
	it('gives the screen the content pane\'s size and shows its key hints', async () => {
		run = await renderWorkspace(priyaState(), {adminScreens: screens});
		await run.press('2');
		await run.waitFor('Test users 73x17');
		await run.press(keys.tab);
		await run.waitFor('/ search users');
		await run.press('?');
		const help = await run.waitFor('On this screen (Active users)');
		expect(help).toContain('search users');
	});

	it('pauses the shell\'s keys while the screen captures typing', async () => {
		run = await renderWorkspace(priyaState(), {adminScreens: screens});
		await run.press('2');
		await run.waitFor('Test users');
		await run.press(keys.tab);
		await run.waitFor('/ search users');
		await run.press('/');
		await run.waitFor('Searching:');
		// '?' and ':' are typed into the search, not taken by the shell.
		await run.type('a?:');
		const frame = await run.waitFor('Searching: a?:');
		expect(frame).not.toContain('Key bindings');
		expect(frame).not.toContain('Tab pane');
		// Ctrl+C still leaves.
		await run.press(keys.ctrlC);
		expect(run.exits).toEqual(['interrupted']);
		await run.press(keys.escape);
		await run.waitForGone('Searching:');
		await run.press('?');
		await run.waitFor('Key bindings');
	});

	it('hosts placeholders for screens that do not exist yet', async () => {
		run = await renderWorkspace(priyaState(), {adminScreens: {...adminScreens, 'audit-log': placeholderScreen('Audit log', 'Directory activity.')}});
		await run.press('5');
		expect(await run.waitFor('Directory activity.')).toContain('Press Enter to open.');
	});
});
