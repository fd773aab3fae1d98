/**
 * Terminal edge cases of the play app (`runPlay` on fake terminal streams), beside Ctrl+C
 * (play-interrupt.test.tsx): NO_COLOR, FORCE_COLOR=0 and TERM=dumb on the picker, the ticket
 * intro, the debrief and the enrolment QR overlay (with colour support forced on); resize storms
 * on the picker and the debrief; piped stdin or stdout and CI, which draw nothing.
 */
import './force-colour.js';
import {stripVTControlCharacters} from 'node:util';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {needsTerminalMessage} from '../../source/ui/app/interactive-support.js';
import {runPlay} from '../../source/ui/app/run-play.js';
import {testController} from '../ui/play/play-harness.js';
import {colourCodes, expectInterruptedCleanly, fakeStdin, fakeStdout, nonAscii, terminalKeys as key, turns, type Terminal} from './fake-terminal.js';
import {giveUp, selectScenario, startAttempt, startPlay} from './play-terminal.js';


const propertySeed = process.env['MFADESK_PROPERTY_SEED'] === undefined ? {} : {seed: Number(process.env['MFADESK_PROPERTY_SEED'])};

async function pressFor(terminal: Terminal, sequence: string, text: string): Promise<void> {
	const from = terminal.mark();
	await terminal.press(sequence);
	await terminal.waitFor(text, from);
}

type Screens = {readonly picker: string; readonly intro: string; readonly debrief: string};

/** Everything a trainee sees of the picker (both filters), the ticket intro and the whole debrief, raw, per screen. */
async function tour(env: Record<string, string>): Promise<Screens> {
	const terminal = await startPlay({env});
	const raw = (from: number, to = terminal.mark()) => terminal.stdout.rawFrames().slice(from, to).join('');
	await terminal.waitFor('Pick a scenario');
	await pressFor(terminal, 't', 'Topic: missing codes');
	await pressFor(terminal, 'T', 'All topics');
	await pressFor(terminal, key.down, 'Not attempted yet');
	await selectScenario(terminal, 'codes-wrong-number');
	const introFrom = terminal.mark();
	await pressFor(terminal, key.enter, 'Press Enter to start');
	const introTo = terminal.mark();
	await startAttempt(terminal);
	await pressFor(terminal, 'G', 'Give up this scenario?');
	const debriefFrom = terminal.mark();
	await pressFor(terminal, 'y', 'Debrief:');
	for (let page = 0; page < 12; page++) {
		await terminal.press(key.space);
	}

	await pressFor(terminal, 'g', 'You gave up');
	await expectInterruptedCleanly(terminal);
	return {picker: raw(0, introFrom), intro: raw(introFrom, introTo), debrief: raw(debriefFrom)};
}

/** The enrolment QR overlay of Lena's software token (codes-clock-drift), raw. */
async function enrolmentOf(env: Record<string, string>): Promise<string> {
	const terminal = await startPlay({env, start: 'codes-clock-drift'});
	await terminal.waitFor('Press Enter to start');
	await startAttempt(terminal);
	await pressFor(terminal, '6', "Lena Vogel's phone");
	await pressFor(terminal, key.tab, 'add to my app');
	const from = terminal.mark();
	await pressFor(terminal, 'a', 'Add to my authenticator');
	await expectInterruptedCleanly(terminal);
	return terminal.stdout
		.rawFrames()
		.slice(from)
		.filter((frame) => stripVTControlCharacters(frame).includes('Add to my authenticator'))
		.join('');
}

describe('NO_COLOR, FORCE_COLOR=0 and TERM=dumb in the play app (with colour support forced on)', () => {
	it('draws the picker, the ticket intro, the debrief and the QR overlay in colour on a normal terminal (the control)', async () => {
		const screens = await tour({TERM: 'xterm-256color'});
		expect(screens.picker).toMatch(colourCodes);
		expect(screens.intro).toMatch(colourCodes);
		expect(screens.debrief).toMatch(colourCodes);
		expect(screens.debrief).toContain('Reference solution');
		expect(await enrolmentOf({TERM: 'xterm-256color'})).toMatch(colourCodes);
	});

	it.each([
		['NO_COLOR=1', {TERM: 'xterm-256color', NO_COLOR: '1'}],
		['FORCE_COLOR=0', {TERM: 'xterm-256color', FORCE_COLOR: '0'}],
		['TERM=dumb', {TERM: 'dumb'}],
	])('%s: the picker, the ticket intro and the debrief have no colour', async (_name, env) => {
		const screens = await tour(env);
		for (const [name, raw] of Object.entries(screens)) {
			expect(raw, name).not.toMatch(colourCodes);
		}
	});

	it('TERM=dumb: the picker, the ticket intro and the debrief are plain ASCII', async () => {
		const screens = await tour({TERM: 'dumb'});
		for (const [name, raw] of Object.entries(screens)) {
			expect(nonAscii(raw), name).toEqual([]);
		}
	});

	it('TERM=dumb: an empty scenario list says which keys change the topic, in ASCII', async () => {
		const terminal = await startPlay({env: {TERM: 'dumb'}, controller: {loadScenarios: async () => ({scenarios: [], problems: 1})}});
		await terminal.waitFor('No scenario here. Left/Right for another topic.');
		await expectInterruptedCleanly(terminal);
		expect(nonAscii(terminal.stdout.raw())).toEqual([]);
	});

	it.each([
		['NO_COLOR=1', {TERM: 'xterm-256color', NO_COLOR: '1'}],
		['FORCE_COLOR=0', {TERM: 'xterm-256color', FORCE_COLOR: '0'}],
	])('%s: the enrolment QR overlay has no colour', async (_name, env) => {
		const raw = await enrolmentOf(env);
		expect(stripVTControlCharacters(raw)).toContain('Add to my authenticator');
		expect(raw).not.toMatch(colourCodes);
	});

	it('TERM=dumb: the enrolment QR overlay is plain ASCII without colour', async () => {
		const raw = await enrolmentOf({TERM: 'dumb'});
		expect(raw).not.toMatch(colourCodes);
		expect(nonAscii(raw)).toEqual([]);
	});
});

const minimum = {columns: 80, rows: 24};
const size = fc.oneof(
	fc.record({columns: fc.integer({min: 1, max: 79}), rows: fc.integer({min: 1, max: 60})}),
	fc.record({columns: fc.integer({min: 80, max: 300}), rows: fc.integer({min: 1, max: 23})}),
	fc.record({columns: fc.integer({min: 80, max: 300}), rows: fc.integer({min: 24, max: 120})}),
	fc.constantFrom({columns: 80, rows: 24}, {columns: 79, rows: 24}, {columns: 80, rows: 23}, {columns: 0, rows: 0}),
);

/**
 * Resizes through the sizes (a few keys typed between some of them): a size below 80x24 asks to
 * enlarge with the real size; then back at 100x30 the screen shows `text` again.
 */
async function storm(terminal: Terminal, sizes: ReadonlyArray<{readonly columns: number; readonly rows: number}>, text: string): Promise<void> {
	let previous = '100x30';
	for (const [index, next] of sizes.entries()) {
		const from = terminal.mark();
		terminal.resize(next.columns, next.rows);
		// 0 means the stream does not say: the supported minimum is assumed.
		const columns = next.columns > 0 ? next.columns : minimum.columns;
		const rows = next.rows > 0 ? next.rows : minimum.rows;
		const tooSmall = columns < minimum.columns || rows < minimum.rows;
		if (`${columns}x${rows}` === previous) {
			await turns(3);
		} else if (tooSmall) {
			await terminal.waitFor(`(now ${columns}x${rows})`, from);
		} else {
			await terminal.waitFor(text, from);
		}

		previous = `${columns}x${rows}`;
		if (index % 3 === 2) {
			// Keys while it is too small do nothing; at a usable size they only move the list.
			await terminal.press(tooSmall ? key.enter : key.down, tooSmall ? 'q' : key.up);
		}
	}

	const from = terminal.mark();
	terminal.resize(100, 30);
	if (previous !== '100x30') {
		await terminal.waitFor(text, from);
	}
}

describe('resize storms', () => {
	it('on the picker: any sequence of sizes, down to 1x1, then the picker again and a clean exit', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(size, {minLength: 1, maxLength: 8}), async (sizes) => {
				const terminal = await startPlay();
				await terminal.waitFor('Pick a scenario');
				await storm(terminal, sizes, 'Pick a scenario');
				expect(terminal.screen()).toMatch(/All topics \((\d+) of \1\)/);
				await expectInterruptedCleanly(terminal);
			}),
			{numRuns: 8, ...propertySeed},
		);
	});

	it('on the debrief: any sequence of sizes, then the debrief again, still scrollable, and a clean exit', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(size, {minLength: 1, maxLength: 8}), async (sizes) => {
				const terminal = await startPlay({start: 'codes-wrong-number'});
				await terminal.waitFor('Press Enter to start');
				await startAttempt(terminal);
				await giveUp(terminal);
				await storm(terminal, sizes, 'Debrief:');
				await pressFor(terminal, 'G', 'Seed 1: the same seed');
				await expectInterruptedCleanly(terminal);
			}),
			{numRuns: 6, ...propertySeed},
		);
	});
});

describe('without an interactive terminal', () => {
	it.each([
		['stdin piped', {stdin: false, stdout: true, env: {}}],
		['stdout piped', {stdin: true, stdout: false, env: {}}],
		['both piped', {stdin: false, stdout: false, env: {}}],
		['CI=true', {stdin: true, stdout: true, env: {CI: 'true'}}],
	])('%s: exit 2 with the sentence on stderr, nothing drawn, raw mode never touched, nothing loaded', async (_name, setup) => {
		const stdin = fakeStdin(setup.stdin);
		const stdout = fakeStdout(100, 30, setup.stdout);
		const stderr = fakeStdout(80, 24);
		let loads = 0;
		const code = await runPlay({
			controller: testController({
				async loadScenarios() {
					loads++;
					return {scenarios: [], problems: 0};
				},
			}),
			stdin: stdin as unknown as NodeJS.ReadStream,
			stdout: stdout as unknown as NodeJS.WriteStream,
			stderr: stderr as unknown as NodeJS.WriteStream,
			env: setup.env,
		});
		expect(code).toBe(2);
		expect(stderr.text()).toContain(needsTerminalMessage);
		expect(stdout.raw()).toBe('');
		expect(stdin.rawMode).toEqual([]);
		expect(loads).toBe(0);
	});
});
