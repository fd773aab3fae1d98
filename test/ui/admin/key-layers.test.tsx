import {useState} from 'react';
import {describe, expect, it} from 'vitest';
import {Text} from 'ink';
import {KeyLayerHost, useKeys} from '../../../source/ui/components/key-layers.js';
import {renderApp} from '../../helpers/ink-harness.js';

/** Reads its state from the render closure, as every screen handler does. `!` opens a dialog. */
function Typist() {
	const [value, setValue] = useState('');
	const [isDialogOpen, setDialogOpen] = useState(false);
	useKeys(
		(input) => {
			if (input === '!') {
				setDialogOpen(true);
			} else {
				setValue(value + input);
			}
		},
		{isActive: !isDialogOpen},
	);
	return (
		<>
			<Text>value={value}</Text>
			{isDialogOpen ? <Dialog /> : null}
		</>
	);
}

function Dialog() {
	const [typed, setTyped] = useState('');
	useKeys(
		(input) => {
			setTyped(typed + input);
		},
		{isActive: true},
	);
	return <Text>dialog={typed}</Text>;
}

// The harness yields one tick per key: enough for React to render, not always for Ink's
// useInput to re-subscribe a changed handler (a passive effect). Plain useInput loses keys here.
describe('key layers', () => {
	it('each key sees the state the previous key left, one tick apart', async () => {
		const screen = await renderApp(
			<KeyLayerHost>
				<Typist />
			</KeyLayerHost>,
		);
		await screen.type('sam');
		await screen.waitFor('value=sam');
		screen.unmount();
	});

	it('a dialog that just opened gets the very next key, and the widget under it does not', async () => {
		const screen = await renderApp(
			<KeyLayerHost>
				<Typist />
			</KeyLayerHost>,
		);
		await screen.type('x!yz');
		const frame = await screen.waitFor('dialog=yz');
		expect(frame).toContain('value=x');
		screen.unmount();
	});

	it('works without a host too, reading the latest handler', async () => {
		const screen = await renderApp(<Typist />);
		await screen.type('ab');
		await screen.waitFor('value=ab');
		screen.unmount();
	});
});
