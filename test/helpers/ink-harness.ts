/**
 * One harness around ink-testing-library: type keys, then wait for frames instead of sleeping.
 * React 19's scheduler needs a macrotask to flush, so every wait yields setImmediate -> setTimeout(0)
 * (the Shopify cli-kit harness does the same).
 */
import {stripVTControlCharacters} from 'node:util';
import type {ReactElement} from 'react';
import {render} from 'ink-testing-library';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	space: ' ',
	backspace: '\u007F',
	ctrlC: '\u0003',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
} as const;

async function tick(): Promise<void> {
	await new Promise<void>((resolve) => {
		setImmediate(() => {
			setTimeout(resolve, 0);
		});
	});
}

export type Harness = {
	/** The last frame with escape codes removed. */
	text(): string;
	/** The last frame as written, with colours. */
	raw(): string;
	/** Types characters or key sequences, one write each, yielding after each. */
	press(...sequences: string[]): Promise<void>;
	/** Types a string character by character. */
	type(text: string): Promise<void>;
	/** Waits until the frame contains the text (or matches), failing after `maxTicks` yields. */
	waitFor(expected: string | RegExp, maxTicks?: number): Promise<string>;
	/** Waits until the frame no longer contains the text. */
	waitForGone(text: string, maxTicks?: number): Promise<string>;
	unmount(): void;
};

/** Renders a tree and returns the harness. */
export async function renderApp(tree: ReactElement): Promise<Harness> {
	const instance = render(tree);
	await tick();
	const text = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	const harness: Harness = {
		text,
		raw: () => instance.lastFrame() ?? '',
		async press(...sequences) {
			for (const sequence of sequences) {
				instance.stdin.write(sequence);
				await tick();
			}
		},
		async type(value) {
			for (const char of value) {
				instance.stdin.write(char);
				await tick();
			}
		},
		async waitFor(expected, maxTicks = 2000) {
			for (let index = 0; index < maxTicks; index++) {
				const frame = text();
				if (typeof expected === 'string' ? frame.includes(expected) : expected.test(frame)) {
					return frame;
				}

				await tick();
			}

			throw new Error(`Timed out waiting for ${String(expected)}. Last frame:\n${text()}`);
		},
		async waitForGone(value, maxTicks = 2000) {
			for (let index = 0; index < maxTicks; index++) {
				const frame = text();
				if (!frame.includes(value)) {
					return frame;
				}

				await tick();
			}

			throw new Error(`Timed out waiting for "${value}" to go. Last frame:\n${text()}`);
		},
		unmount: () => instance.unmount(),
	};
	return harness;
}
