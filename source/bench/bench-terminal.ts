import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';

// Ink wraps each frame in "synchronized output" marks on a TTY: begin, the frame's writes, end.
const beginSync = '\u001B[?2026h';
const endSync = '\u001B[?2026l';

/** A 120x40 terminal that records when each frame is complete (its end-of-synchronized-output mark is written). */
export class FrameStdout extends EventEmitter {
	readonly isTTY = true;
	readonly columns = 120;
	readonly rows = 40;
	lastFrame = '';
	#pending = '';
	#waiting: ((at: number) => void) | undefined;

	write = (chunk: string): boolean => {
		if (chunk === beginSync) {
			this.#pending = '';
		} else if (chunk === endSync) {
			const at = performance.now();
			this.lastFrame = this.#pending;
			this.#waiting?.(at);
			this.#waiting = undefined;
		} else {
			this.#pending += chunk;
		}

		return true;
	};

	/** Resolves with the time the next frame is complete (or NaN after `timeoutMs`). */
	async nextFrame(timeoutMs: number): Promise<number> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.#waiting = undefined;
				resolve(Number.NaN);
			}, timeoutMs);
			this.#waiting = (at) => {
				clearTimeout(timer);
				resolve(at);
			};
		});
	}
}

/** Raw-mode stdin as Ink reads it: 'readable' then read(). */
export class KeyStdin extends EventEmitter {
	readonly isTTY = true;
	#data: string | null = null;

	press(data: string): void {
		this.#data = data;
		this.emit('readable');
	}

	read = (): string | null => {
		const data = this.#data;
		this.#data = null;
		return data;
	};

	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

/** A stream that drops what is written (the workspace's stderr). */
export class NullStream extends EventEmitter {
	write = (): boolean => true;
}
