import {useCallback, useLayoutEffect, useRef, useState} from 'react';
import {useStdin, type Key} from 'ink';
import {keysOfRead} from './key-reads.js';

/** A key handler as Ink calls it. */
type Handler = (input: string, key: Key) => void;

/** Where a key is delivered: `followsInRead` when it came in the same read as a key before it (a paste, fast typing). */
type Deliver = (input: string, key: Key, followsInRead: boolean) => void;

/** Does this key press mean Ctrl+C (alone, or a read holding it, as `keyPressOf` reads it)? */
function isCtrlC(input: string, key: Key): boolean {
	return (key.ctrl && input === 'c') || input.includes('\u0003');
}

/**
 * Turns Ink's input events into single keys for `deliver`, each meeting what the screen drew after the
 * key before. Why: Ink hands a run of plain characters read at once ("/lena", "priya\r") to its handlers
 * as one input, and `/` never opened the search. Such a run is split (`keysOfRead`): its first key goes
 * at once, the rest wait in a queue, one per macrotask after the render of the previous one committed
 * (its layout effects ran). A read arriving while keys wait joins the end of the queue, so order is kept;
 * Ctrl+C never waits and drops the queue. Queued keys go back through Ink's input event, so Ink parses
 * each one and batches the updates of its handlers as for a typed key.
 *
 * Uses Ink's `internal_eventEmitter` (typed in `useStdin`, Ink 6): listening first to see the raw read
 * (Ink strips the Esc of an unknown escape sequence, so `[200~` and a typed `[200~` look alike), and
 * emitting the queued keys. Without it, inputs pass as Ink gives them. Returns the handler for `useInput`.
 */
export function useReadQueue(deliver: Deliver, isActive: boolean): Handler {
	const {internal_eventEmitter: emitter} = useStdin() as Partial<ReturnType<typeof useStdin>>;
	const lastRead = useRef<string | undefined>(undefined);
	const queue = useRef<Array<{readonly key: string; readonly followsInRead: boolean}>>([]);
	const current = useRef(false);
	// A queued key was handed over and the render it causes has not committed yet.
	const waiting = useRef(false);
	const replaying = useRef(false);
	// The queued key just emitted reached the handlers (it doesn't when Ink has no listener of ours any more).
	const reached = useRef(false);
	const timer = useRef<NodeJS.Immediate | undefined>(undefined);
	// Bumped with each queued key, in the same batch as its handlers' updates: its commit runs the effect below.
	const [handedOver, setHandedOver] = useState(0);

	useLayoutEffect(() => {
		if (!isActive || emitter === undefined) {
			return;
		}

		const record = (data: unknown) => {
			if (!replaying.current) {
				lastRead.current = typeof data === 'string' ? data : undefined;
			}
		};

		emitter.prependListener('input', record);
		return () => {
			emitter.removeListener('input', record);
		};
	}, [emitter, isActive]);

	const next = useCallback(() => {
		timer.current = undefined;
		const item = queue.current.shift();
		if (item === undefined || emitter === undefined) {
			waiting.current = false;
			return;
		}

		waiting.current = true;
		replaying.current = true;
		reached.current = false;
		current.current = item.followsInRead;
		try {
			emitter.emit('input', item.key);
		} finally {
			replaying.current = false;
		}

		// Nothing will be drawn for a key nobody heard: stop rather than hold every later read.
		if (!reached.current) {
			queue.current = [];
			waiting.current = false;
		}
	}, [emitter]);

	// The previous queued key is drawn: the next one goes on the next macrotask, so Ink can paint and a Ctrl+C be read.
	useLayoutEffect(() => {
		if (waiting.current && timer.current === undefined) {
			timer.current = setImmediate(next);
		}
	}, [handedOver, next]);

	useLayoutEffect(
		() => () => {
			if (timer.current !== undefined) {
				clearImmediate(timer.current);
				timer.current = undefined;
			}

			queue.current = [];
			waiting.current = false;
		},
		[],
	);

	return useCallback(
		(input: string, key: Key) => {
			const read = lastRead.current;
			lastRead.current = undefined;
			if (replaying.current) {
				reached.current = true;
				deliver(input, key, current.current);
				setHandedOver((count) => count + 1);
				return;
			}

			if (isCtrlC(input, key)) {
				queue.current = [];
				deliver(input, key, false);
				return;
			}

			const keys = (read === undefined ? [] : keysOfRead(read)).map((one, index) => ({key: one, followsInRead: index > 0}));
			if (waiting.current || queue.current.length > 0) {
				queue.current.push(...keys);
				return;
			}

			if (keys.length <= 1) {
				deliver(input, key, false);
				return;
			}

			queue.current.push(...keys);
			next();
		},
		[deliver, next],
	);
}
