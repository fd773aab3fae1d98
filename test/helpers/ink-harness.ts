/**
 * One harness around ink-testing-library: type keys, then wait for frames instead of sleeping.
 *
 * After each key the harness waits until React has nothing left to do (`settle`): the key's render and
 * its passive effects (`useEffect`) have run, as when a person types on an idle machine. So a test can
 * type the next key at once, and a key's meaning never depends on how loaded the machine is. Async work
 * (a played turn, a hash) is not React's: wait for its frame with `waitFor`.
 *
 * Two other orderings, for the races a loaded machine or a fast typist causes: `lateEffects` (or
 * `MFADESK_LATE_EFFECTS=1` for every harness, to hunt flakes) types the next key after the last key's
 * render but before its passive effects; `burst` types keys before React renders at all.
 */
import {createRequire} from 'node:module';
import {stripVTControlCharacters} from 'node:util';
import type {ReactElement} from 'react';
import type {Key} from 'ink';
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

/** React's scheduler, the instance Ink's reconciler schedules renders and passive effects on (the one in node_modules). */
const scheduler = createRequire(import.meta.url)('scheduler') as {
	readonly unstable_scheduleCallback: (priority: number, callback: () => void) => unknown;
	readonly unstable_requestPaint: () => void;
	readonly unstable_NormalPriority: number;
	readonly unstable_IdlePriority: number;
};

/**
 * Resolves once React's scheduler has run the tasks queued before this one at this priority or above:
 * at Normal, the render of a key just handled and not that render's passive effects (queued as it
 * commits, so after this task; asking for a paint makes the scheduler stop there, so the test goes on
 * before them); at Idle, everything.
 */
async function schedulerReaches(priority: 'normal' | 'idle'): Promise<void> {
	await new Promise<void>((resolve) => {
		scheduler.unstable_scheduleCallback(priority === 'normal' ? scheduler.unstable_NormalPriority : scheduler.unstable_IdlePriority, () => {
			if (priority === 'normal') {
				scheduler.unstable_requestPaint();
			}

			resolve();
		});
	});
}

async function tick(): Promise<void> {
	await new Promise<void>((resolve) => {
		setImmediate(() => {
			setTimeout(resolve, 0);
		});
	});
}

/** One macrotask: a lone Esc reaches the handlers on Ink's next setImmediate. */
async function inkReadsPendingEscape(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
}

/** Options of `renderApp`. */
export type HarnessOptions = {
	/**
	 * Every key typed after the render of the one before but ahead of its passive effects, as a loaded
	 * machine may deliver it: what a key means must never wait for a `useEffect`. @default MFADESK_LATE_EFFECTS=1
	 */
	readonly lateEffects?: boolean;
};

export type Harness = {
	/** The last frame with escape codes removed. */
	text(): string;
	/** The last frame as written, with colours. */
	raw(): string;
	/** Types characters or key sequences, one write each, each followed by `settle` (unless `lateEffects`). */
	press(...sequences: string[]): Promise<void>;
	/** Types a string character by character, like `press`. */
	type(text: string): Promise<void>;
	/**
	 * Types keys as separate reads with no yield between (a fast typist on a busy machine): every one
	 * reaches the handlers before React draws again. Then waits as `press` does after its last key.
	 */
	burst(...sequences: string[]): Promise<void>;
	/** Waits until React has rendered everything scheduled and run its effects, and the effects' own renders. */
	settle(): Promise<void>;
	/** Waits until the frame contains the text (or matches), failing after `maxTicks` yields. */
	waitFor(expected: string | RegExp, maxTicks?: number): Promise<string>;
	/** Waits until the frame no longer contains the text. */
	waitForGone(text: string, maxTicks?: number): Promise<string>;
	unmount(): void;
};

/** Renders a tree and returns the harness. */
export async function renderApp(tree: ReactElement, options: HarnessOptions = {}): Promise<Harness> {
	const lateEffects = options.lateEffects ?? process.env['MFADESK_LATE_EFFECTS'] === '1';
	const instance = render(tree);
	const settle = async () => {
		// An effect that sets state queues its render only as the round that ran it ends: done after two quiet rounds.
		let quiet = 0;
		for (let round = 0; round < 20 && quiet < 2; round++) {
			const drawn = instance.frames.length;
			await schedulerReaches('idle');
			quiet = instance.frames.length === drawn ? quiet + 1 : 0;
		}
	};

	// After a key: its render and effects done (settle), or with `lateEffects` its render only. A key other
	// than a lone Esc was handled as it was written; the render it queued is on the scheduler after a microtask.
	const afterKey = async (sequence: string) => {
		if (!lateEffects) {
			await inkReadsPendingEscape();
			await settle();
			return;
		}

		await (sequence === keys.escape ? inkReadsPendingEscape() : Promise.resolve());
		await schedulerReaches('normal');
	};

	await tick();
	await settle();
	const text = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	const harness: Harness = {
		text,
		raw: () => instance.lastFrame() ?? '',
		async press(...sequences) {
			for (const sequence of sequences) {
				instance.stdin.write(sequence);
				await afterKey(sequence);
			}
		},
		async type(value) {
			await harness.press(...value);
		},
		async burst(...sequences) {
			for (const sequence of sequences) {
				instance.stdin.write(sequence);
			}

			await afterKey(sequences.at(-1) ?? '');
		},
		settle,
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

/** Ink's Key with nothing pressed but what is given, for calling key handlers directly. */
export function inkKey(pressed: Partial<Key> = {}): Key {
	return {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false, ...pressed};
}
