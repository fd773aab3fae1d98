/**
 * Trainees will press anything: random keystrokes over the whole play app (`runPlay` on fake
 * terminal streams), from the picker on. Each run types keys from THE key table, Enter and `y`
 * often, named keys, printable and non-ASCII characters, pastes and resizes (play-fuzz-keys.ts),
 * some in the same read as the key before; a quarter of the runs play in real time, half have an
 * unfinished attempt to resume. A quarter go through `runPlay` itself, which Ink draws at 30 frames
 * a second (about one state in ten at this speed); the others render PlayApp as `runPlay` does but
 * draw every state, so every screen the keys reach is checked. Invariants after every run:
 *  - nothing thrown, no error stage or error overview drawn, nothing on stderr, no React warning;
 *  - no frame shows a password, app password or TOTP seed, except the enrolment QR overlay and a
 *    password reset's one-time result (play-fuzz-watch.ts);
 *  - Ctrl+C at the end exits 130 (or the run quit on its own, 0), raw mode off, cursor shown;
 *  - the saved progress parses as a progress file, holds no secret, and holds each attempt as the
 *    workspace last saw it (transcript and hints).
 *
 * Size: MFADESK_PLAY_FUZZ_RUNS runs (default 80) of MFADESK_PLAY_FUZZ_KEYS steps (default 60), about
 * 16 s alone on two cores, 25 s beside other suites; MFADESK_FUZZ_SEED replays the runs (this suite uses seed + 300), and with
 * MFADESK_PLAY_FUZZ_PATH (fast-check's path of a failure) just the failing one. The counts are printed.
 */
import './force-colour.js';
import fc from 'fast-check';
import {describe, expect, it, vi} from 'vitest';
import {createSimulatedClock} from '../../source/adapters/simulated-clock.js';
import {loadProgress} from '../../source/domain/progress/migrations.js';
import {openMemoryStore} from '../../source/store/progress-store.js';
import {cursorShownAgain, turn, turns} from './fake-terminal.js';
import {fuzzRun, type FuzzStart, type FuzzStep} from './play-fuzz-keys.js';
import {readFrames, secretsOf} from './play-fuzz-watch.js';
import {leaveUnfinished, startPlay, type PlayTerminal} from './play-terminal.js';


const runs = Number(process.env['MFADESK_PLAY_FUZZ_RUNS'] ?? 80);
const keysPerRun = Number(process.env['MFADESK_PLAY_FUZZ_KEYS'] ?? 60);
const baseSeed = Number(process.env['MFADESK_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 30));
const seed = baseSeed + 300;
// fast-check prints the path of a failing run: with the seed it replays just that run.
const replayPath = process.env['MFADESK_PLAY_FUZZ_PATH'];

type Counts = {
	runs: number;
	keys: number;
	resizes: number;
	sameRead: number;
	quitByThemselves: number;
	attemptsStarted: number;
	attemptsFinished: number;
	allowedSecretFrames: number;
	readonly reached: Map<string, number>;
};

/** The app of one run, and whether it has ended (on its own, or after Ctrl+C). */
type Run = {readonly terminal: PlayTerminal; readonly exited: () => boolean};

async function startRun(start: FuzzStart): Promise<Run> {
	const store = openMemoryStore();
	if (start.unfinished) {
		await leaveUnfinished(store, 'codes-wrong-number');
	}

	const controller = start.realTime ? {realTime: createSimulatedClock(Date.UTC(2025, 0, 20, 9, 0, 0))} : {};
	const terminal = await startPlay({store, controller, ...(start.throttled ? {} : {maxFps: 1000})});
	let exited = false;
	void terminal.exit.finally(() => {
		exited = true;
	});
	return {terminal, exited: () => exited};
}

/** Types the steps until they run out or the app ends on its own. */
async function type({terminal, exited}: Run, steps: readonly FuzzStep[], counts: Counts): Promise<void> {
	for (const step of steps) {
		if (exited()) {
			return;
		}

		if (step.kind === 'resize') {
			counts.resizes++;
			terminal.resize(step.columns, step.rows);
			await turn();
			continue;
		}

		counts.keys++;
		terminal.stdin.write(step.sequence);
		if (step.pace === 'turn') {
			await new Promise((resolve) => setImmediate(resolve));
		} else if (step.pace === 'settled') {
			await turns(3);
		} else {
			counts.sameRead++;
		}
	}
}

/** Ends the run with Ctrl+C (unless it quit on its own) and checks the terminal was handed back. */
async function end({terminal, exited}: Run, counts: Counts): Promise<void> {
	await turns(2);
	if (exited()) {
		counts.quitByThemselves++;
		expect(await terminal.exit, 'a run that ended on its own quit').toBe(0);
	} else {
		terminal.stdin.write('\u0003');
		expect(await terminal.exit, 'Ctrl+C at the end').toBe(130);
	}

	expect(terminal.stdin.rawMode.at(-1), 'raw mode off').toBe(false);
	expect(cursorShownAgain(terminal.stdout.raw()), 'cursor shown').toBe(true);
	expect(terminal.stderr.text(), 'stderr').toBe('');
}

/** The progress the app left: a valid progress file, no secret, each attempt as the workspace last saw it. */
async function checkSaved(terminal: PlayTerminal, counts: Counts): Promise<void> {
	const data = (await terminal.savedAtExit) ?? (await terminal.store.read());
	const text = JSON.stringify(data);
	const loaded = loadProgress(JSON.parse(text));
	expect(loaded.kind === 'ok' ? 'ok' : loaded, 'the saved progress loads as a progress file').toBe('ok');
	const book = secretsOf(terminal.log);
	expect(book.leaks(text, ['password', 'totp']), 'secrets in the saved progress').toEqual([]);
	// Quitting to the picker and resuming opens the same record again in a new live attempt: the record
	// must match the session of the latest one that played it.
	const latest = new Map<string, (typeof terminal.log.attempts)[number]>();
	for (const logged of terminal.log.attempts) {
		counts.attemptsStarted++;
		latest.set(logged.live.saver.recorder.current().id, logged);
	}

	for (const [id, {sessions}] of latest) {
		const record = data.attempts.find((each) => each.id === id);
		const last = sessions.at(-1)!;
		expect(record?.transcript.length, 'actions saved').toBe(last.turns.length);
		expect(record?.hintsRevealed, 'hints saved').toBe(last.hintsRevealed);
		counts.attemptsFinished += record?.inProgress === false ? 1 : 0;
	}
}

describe('random keystrokes over the whole play app (property)', () => {
	it(`${runs} runs of ${keysPerRun} keys from the picker: no throw, no leak, a clean exit, a valid save`, {timeout: 600_000}, async () => {
		const counts: Counts = {runs: 0, keys: 0, resizes: 0, sameRead: 0, quitByThemselves: 0, attemptsStarted: 0, attemptsFinished: 0, allowedSecretFrames: 0, reached: new Map()};
		const warnings = vi.spyOn(console, 'error');
		const started = performance.now();
		try {
			await fc.assert(
				fc.asyncProperty(fuzzRun(keysPerRun), async ({start, steps}) => {
					// Given the play app on the picker
					counts.runs++;
					warnings.mockClear();
					const run = await startRun(start);
					const {terminal} = run;

					// When a trainee presses anything, then leaves with Ctrl+C
					await type(run, steps, counts);
					await end(run, counts);

					// Then nothing broke, no secret showed, and the progress is whole
					const report = readFrames(terminal.stdout.frames(), secretsOf(terminal.log));
					expect(report.failures, 'error frames').toEqual([]);
					expect(report.leaks, 'secrets on screen').toEqual([]);
					expect(warnings.mock.calls, 'React warnings').toEqual([]);
					await checkSaved(terminal, counts);
					counts.allowedSecretFrames += report.allowedSecrets;
					for (const name of report.reached) {
						counts.reached.set(name, (counts.reached.get(name) ?? 0) + 1);
					}
				}),
				{numRuns: runs, seed, ...(replayPath === undefined ? {} : {path: replayPath})},
			);
		} finally {
			warnings.mockRestore();
			const reached = [...counts.reached].sort(([, a], [, b]) => b - a).map(([name, count]) => `${name} ${count}`);
			console.info(
				[
					`play-key-fuzz: ${counts.runs} runs, ${counts.keys} keys pressed (${counts.sameRead} in the same read as the key before) and ${counts.resizes} resizes in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed}; MFADESK_FUZZ_SEED=${baseSeed}, MFADESK_PLAY_FUZZ_RUNS=${runs}, MFADESK_PLAY_FUZZ_KEYS=${keysPerRun})`,
					`  ${counts.attemptsStarted} attempts opened, ${counts.attemptsFinished} finished to a debrief; ${counts.quitByThemselves} runs quit on their own (q or Esc on the picker or the debrief), the rest left with Ctrl+C (exit 130)`,
					`  secrets shown only where allowed: ${counts.allowedSecretFrames} frames (enrolment QR overlay, password reset result); 0 leaks, 0 error frames, nothing on stderr`,
					`  screens reached (runs): ${reached.join(', ')}`,
				].join('\n'),
			);
		}

		expect(counts.runs).toBeGreaterThanOrEqual(runs);
	});
});
