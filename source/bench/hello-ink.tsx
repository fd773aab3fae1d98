import {render, Text, useApp, useInput} from 'ink';

/** The smallest interactive Ink app: one line of text and a key handler (any key quits). */
function Hello() {
	const {exit} = useApp();
	useInput(() => {
		exit();
	});
	return <Text>Hello from Ink</Text>;
}

// The baseline of the first-frame benchmark: what any Ink app pays to start (Node, React, Ink, first render).
render(<Hello />, {exitOnCtrlC: false});
