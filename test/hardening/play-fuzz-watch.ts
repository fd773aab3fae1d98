/**
 * What the play-app keystroke fuzz looks for in the frames a run drew: which screens it reached
 * (for the counts), and the frames that show a secret. A secret may show only on the enrolment
 * QR overlay (the key an authenticator app takes) and on a password reset's one-time result (the
 * temporary password the admin reads out); everywhere else a password, app password or TOTP seed
 * on screen is a leak, also when it is wrapped over lines or grouped in fours.
 */
import {SecretBook} from './secret-book.js';
import type {SessionLog} from './play-terminal.js';

/** The enrolment overlay's title line, first in its frame (the palette lists "Add to my authenticator" too). */
const enrolmentOverlay = /^\s*Add to my authenticator (?:·|-) /;

/** A password reset's result, with the temporary password. */
const resetResult = /Temporary password:/;

/** Screens and overlays a frame can show, by a text only they draw. */
const markers: ReadonlyArray<readonly [string, RegExp]> = [
	['picker', /Pick a scenario/],
	['picker filtered by topic', /Topic: /],
	['resume offer', /You have an unfinished attempt/],
	['ticket intro', /Press Enter to start/],
	['workspace', /Signed in as/],
	...['Ticket', 'Active users', 'MFA page', 'Sign-in logs', 'Audit log', 'The user: phone', 'The user: clients', 'Ask the user'].map((label, index): readonly [string, RegExp] => [`workspace screen ${index + 1} (${label})`, new RegExp(`› ${index + 1} ${label}`)]),
	['help', /Leave at once/],
	['command palette', /type to search/],
	['hint question', /Reveal hint \d+ of \d+\?/],
	['hint revealed', /Hints: [1-9]\d* of/],
	['check my fix', /Running the goal checks|goal checks (?:are )?met\./],
	['give-up question', /Give up this scenario\?/],
	['submit question', /Submit your fix for grading\?/],
	['quit question', /Quit the workspace\?/],
	['reset question', /Reset the scenario\?/],
	['grading', /Grading (?:your fix|the tenant as you left it)/],
	['debrief', /Debrief: /],
	['enrolment overlay', enrolmentOverlay],
	['typing a code (real time)', /with a code from your app/],
	['password reset result', resetResult],
	['terminal too small', /Please enlarge the terminal/],
];


/** Texts that must never be drawn: the play app's error stage, a check that threw, and Ink's error overview. */
const failures = /Something went wrong|The check failed unexpectedly|ERROR {2}|at .*\.(?:js|ts|tsx):\d+:\d+/;

/** Every secret the run's worlds held: the variants drawn and every state the attempts went through. */
export function secretsOf(log: SessionLog): SecretBook {
	const book = new SecretBook();
	for (const prepared of log.prepared) {
		book.collect(prepared.initial.state);
	}

	for (const attempt of log.attempts) {
		for (const session of attempt.sessions) {
			book.collect(session.initial);
			for (const turn of session.turns) {
				book.collect(turn.state);
			}
		}
	}

	return book;
}

/** What the frames of one run showed. */
export type FrameReport = {
	readonly reached: ReadonlySet<string>;
	/** `where: secret` for each leak. */
	readonly leaks: readonly string[];
	/** Frames with an error (the error stage, Ink's error overview), cut short. */
	readonly failures: readonly string[];
	/** Frames that showed a secret where that is allowed. */
	readonly allowedSecrets: number;
};

/** Reads the frames of a run (escape codes removed) against its secrets. */
export function readFrames(frames: readonly string[], book: SecretBook): FrameReport {
	const reached = new Set<string>();
	const leaks: string[] = [];
	const failed: string[] = [];
	let allowedSecrets = 0;
	for (const frame of frames) {
		if (frame.trim() === '') {
			continue;
		}

		for (const [name, pattern] of markers) {
			if (pattern.test(frame)) {
				reached.add(name);
			}
		}

		if (failures.test(frame)) {
			failed.push(frame.slice(0, 600));
		}

		// Joined without whitespace too, so a secret wrapped over two lines or grouped in fours is found.
		const found = [...new Set([...book.leaks(frame, ['password', 'totp']), ...book.leaks(frame.replaceAll(/\s+/g, ''), ['password', 'totp'])])];
		if (found.length === 0) {
			continue;
		}

		if (enrolmentOverlay.test(frame) || resetResult.test(frame)) {
			allowedSecrets++;
		} else {
			const where = [...markers].reverse().find(([, pattern]) => pattern.test(frame))?.[0] ?? 'a frame';
			leaks.push(...found.map((secret) => `${where}: ${secret}\n${frame.slice(0, 2000)}`));
		}
	}

	return {reached, leaks, failures: failed, allowedSecrets};
}
