/**
 * Ctrl+C everywhere in the play app (`runPlay` on fake terminal streams): the picker, the offer to
 * resume, the ticket intro, the workspace and every attempt question and overlay, grading, each
 * section of the debrief, the enrolment QR overlay, real-time mode and a terminal smaller than the
 * minimum. Each time: exit 130, raw mode off, cursor shown, nothing on stderr, and the attempt as
 * far as it got is in the store, although the store took the writes only once the terminal was
 * handed back (so `runPlay` waited for every save).
 */
import './force-colour.js';
import {describe, expect, it} from 'vitest';
import {createSimulatedClock} from '../../source/adapters/simulated-clock.js';
import {openMemoryStore} from '../../source/store/progress-store.js';
import {expectInterruptedCleanly, terminalKeys as key, type Terminal} from './fake-terminal.js';
import {giveUp, leaveUnfinished, selectScenario, startAttempt, startPlay, type PlayTerminal, type PlayTerminalOptions} from './play-terminal.js';


/** Presses a key, then waits for a frame with the text. */
async function pressFor(terminal: Terminal, sequence: string, text: string): Promise<string> {
	const from = terminal.mark();
	await terminal.press(sequence);
	return terminal.waitFor(text, from);
}

/** Presses the key (one line down) until the screen shows the text. */
async function scrollTo(terminal: Terminal, text: string, sequence = 'j'): Promise<void> {
	for (let press = 0; press < 80 && !terminal.screen().replaceAll(/\s+/g, '').includes(text.replaceAll(/\s+/g, '')); press++) {
		await terminal.pressAndDraw(sequence);
	}

	expect(terminal.screen()).toContain(text);
}

async function shrink(terminal: Terminal): Promise<void> {
	const from = terminal.mark();
	terminal.resize(60, 15);
	await terminal.waitFor('Please enlarge the terminal to at least 80x24 (now 60x15).', from);
}

/**
 * Picker, Enter (the first scenario), Enter: the workspace of a new attempt; then one 5-minute
 * wait, whose save the store holds back until the app has ended (unless the attempt is to end).
 */
async function playing(terminal: PlayTerminal, hold = true): Promise<void> {
	await selectScenario(terminal, 'codes-wrong-number');
	await pressFor(terminal, key.enter, 'Press Enter to start');
	await startAttempt(terminal);
	if (hold) {
		terminal.holdSaves();
	}

	// A wait is not an action (the header counts what the debrief compares with par): the time limit shows it.
	await pressFor(terminal, 'w', '5/15 min');
}

type Place = {
	readonly name: string;
	readonly options?: () => Promise<PlayTerminalOptions>;
	readonly steps: (terminal: PlayTerminal) => Promise<void>;
	/** What the store holds for the attempt once the app has ended. */
	readonly saved?: {readonly actions: number; readonly hints?: number; readonly outcome?: 'failed' | 'either'};
};

const places: readonly Place[] = [
	{name: 'the picker (all topics)', steps: async (terminal) => void (await terminal.waitFor('All topics ('))},
	{
		name: 'the picker filtered by a topic, after letters typed',
		async steps(terminal) {
			await terminal.waitFor('Pick a scenario');
			await pressFor(terminal, 't', 'Topic: missing codes');
			await pressFor(terminal, key.right, 'Topic: missing prompts');
			await terminal.press('x', 'Z', '%', key.backspace, key.down);
		},
	},
	{
		name: 'the offer to resume an unfinished attempt',
		async options() {
			const store = openMemoryStore();
			await leaveUnfinished(store, 'codes-wrong-number');
			return {store};
		},
		steps: async (terminal) => void (await selectScenario(terminal, 'codes-wrong-number'), await pressFor(terminal, key.enter, 'You have an unfinished attempt at this scenario.')),
		saved: {actions: 1},
	},
	{name: 'the ticket intro', steps: async (terminal) => void (await pressFor(terminal, key.enter, 'Press Enter to start'))},
	{name: 'the workspace of an attempt, one action taken', steps: playing, saved: {actions: 1}},
	{
		name: 'the workspace, a screen focused and scrolled',
		async steps(terminal) {
			await playing(terminal);
			await pressFor(terminal, '4', 'Sign-in logs');
			await terminal.press(key.tab, key.down, key.pageDown);
		},
		saved: {actions: 1},
	},
	{name: 'the hint question', steps: async (terminal) => void (await playing(terminal), await pressFor(terminal, 'h', 'Reveal hint 1 of 2?')), saved: {actions: 1}},
	{
		name: 'the ticket with a hint revealed, scrolled to the hints',
		async steps(terminal) {
			await playing(terminal);
			await pressFor(terminal, 'h', 'Reveal hint 1 of 2?');
			await pressFor(terminal, 'y', 'Hints: 1 of 2 revealed');
			await terminal.press('1', key.tab, key.pageDown, key.down);
		},
		saved: {actions: 1, hints: 1},
	},
	{name: 'check my fix, while it runs', steps: async (terminal) => void (await playing(terminal), terminal.stdin.write('c')), saved: {actions: 1}},
	{name: 'the check my fix results', steps: async (terminal) => void (await playing(terminal), await pressFor(terminal, 'c', 'goal checks')), saved: {actions: 1}},
	{name: 'the give-up question', steps: async (terminal) => void (await playing(terminal), await pressFor(terminal, 'G', 'Give up this scenario?')), saved: {actions: 1}},
	{name: 'the submit question', steps: async (terminal) => void (await playing(terminal), await pressFor(terminal, 's', 'Submit your fix for grading?')), saved: {actions: 1}},
	{name: 'the quit question', steps: async (terminal) => void (await playing(terminal), await pressFor(terminal, 'q', 'Quit the workspace?')), saved: {actions: 1}},
	{name: 'the help in play, scrolled', steps: async (terminal) => void (await playing(terminal), await pressFor(terminal, '?', 'Leave at once'), await terminal.press(key.pageDown)), saved: {actions: 1}},
	{name: 'the palette in play, with a search typed', steps: async (terminal) => void (await playing(terminal), await pressFor(terminal, ':', 'type to search'), await terminal.press('g', 'i', 'v')), saved: {actions: 1}},
	{
		name: 'grading, just after giving up',
		async steps(terminal) {
			await playing(terminal);
			await pressFor(terminal, 'G', 'Give up this scenario?');
			terminal.stdin.write('y');
		},
		// Ctrl+C may come before or after the grade is saved: either way the action is kept.
		saved: {actions: 1, outcome: 'either'},
	},
	...[
		['its summary', 'You gave up'],
		['its goal checks', 'expected vs actual'],
		['its red flags', 'Red flags:'],
		['its score breakdown', 'total'],
		['its timeline', 'Timeline: what you did'],
		['its reference solution', 'Reference solution:'],
		['its debrief paragraph and seed', 'Seed 1: the same seed'],
	].map(
		([section, text]): Place => ({
			name: `the debrief, scrolled to ${section}`,
			async steps(terminal) {
				await playing(terminal, false);
				await giveUp(terminal);
				await scrollTo(terminal, text!);
			},
			saved: {actions: 1, outcome: 'failed'},
		}),
	),
	{
		name: 'the enrolment QR overlay (a on the phone screen)',
		options: async () => ({start: 'codes-clock-drift'}),
		async steps(terminal) {
			await startAttempt(terminal);
			await pressFor(terminal, '6', "Lena Vogel's phone");
			await pressFor(terminal, key.tab, 'add to my app');
			await pressFor(terminal, 'a', 'Add to my authenticator');
		},
		saved: {actions: 0},
	},
	{
		name: 'real-time mode, after a wait that caught up with the wall clock',
		options: async () => ({start: 'codes-clock-drift', controller: {realTime: createSimulatedClock(Date.UTC(2025, 0, 20, 9, 0, 0))}}),
		async steps(terminal) {
			await startAttempt(terminal);
			terminal.holdSaves();
			await pressFor(terminal, 'w', '5/15 min');
		},
		saved: {actions: 1},
	},
	{
		name: 'real-time mode, typing a code from the authenticator app',
		options: async () => ({start: 'codes-clock-drift', controller: {realTime: createSimulatedClock(Date.UTC(2025, 0, 20, 9, 0, 0))}}),
		async steps(terminal) {
			await startAttempt(terminal);
			await pressFor(terminal, ':', 'type to search');
			await terminal.press(...'type a code'.split(''));
			await pressFor(terminal, key.enter, 'with a code from your app');
			await terminal.press('1', '2', '3');
		},
		saved: {actions: 0},
	},
	{name: 'a terminal too small, on the picker, after keys typed', steps: async (terminal) => void (await terminal.waitFor('Pick a scenario'), await shrink(terminal), await terminal.press(key.enter, 'q', key.escape))},
	{name: 'a terminal too small, in the workspace, after keys typed', steps: async (terminal) => void (await playing(terminal), await shrink(terminal), await terminal.press('w', 'G', 'y', 'q')), saved: {actions: 1}},
	{
		name: 'a terminal too small, on the debrief, after keys typed',
		async steps(terminal) {
			await playing(terminal, false);
			await giveUp(terminal);
			await shrink(terminal);
			await terminal.press(key.space, 'q', key.enter);
		},
		saved: {actions: 1, outcome: 'failed'},
	},
];

describe('Ctrl+C everywhere in the play app', () => {
	it.each(places.map((place) => [place.name, place] as const))('%s: exit 130, terminal restored, nothing on stderr, the attempt saved', async (_name, place) => {
		// Given the play app on a terminal, at that place
		const options = (await place.options?.()) ?? {};
		const store = options.store ?? openMemoryStore();
		const terminal = await startPlay({...options, store});
		await place.steps(terminal);

		// When Ctrl+C is pressed, then it ends with 130 and hands the terminal back
		await expectInterruptedCleanly(terminal);

		// And every save was waited for: when runPlay resolved, the store held the attempt as far as it got
		const attempts = (await terminal.savedAtExit)?.attempts ?? (await store.read()).attempts;
		if (place.saved === undefined) {
			expect(attempts.filter((each) => each.seed === '1')).toEqual([]);
			return;
		}

		const attempt = attempts.find((each) => each.seed === '1') ?? attempts.find((each) => each.seed === '7');
		expect(attempt?.transcript).toHaveLength(place.saved.actions);
		expect(attempt?.hintsRevealed).toBe(place.saved.hints ?? 0);
		if (place.saved.outcome !== 'either') {
			expect(attempt?.outcome).toBe(place.saved.outcome);
			expect(attempt?.inProgress).toBe(place.saved.outcome === undefined);
		}
	});
});

describe('Ctrl+C in the same read as other keys (typed while the terminal was busy)', () => {
	it.each([
		['the picker', async (_terminal: PlayTerminal) => undefined],
		['the workspace', async (terminal: PlayTerminal) => playing(terminal, false)],
		['the debrief', async (terminal: PlayTerminal) => void (await playing(terminal, false), await giveUp(terminal))],
	])('%s: "j", "y" and Ctrl+C arriving as one chunk still exit 130', async (_name, steps) => {
		const terminal = await startPlay();
		await terminal.waitFor('Pick a scenario');
		await steps(terminal);
		terminal.stdin.write('jy\u0003');
		await expect(terminal.exit).resolves.toBe(130);
		expect(terminal.stdin.rawMode.at(-1)).toBe(false);
		expect(terminal.stderr.text()).toBe('');
	});
});
