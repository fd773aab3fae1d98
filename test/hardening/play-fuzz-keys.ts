/**
 * What the play-app keystroke fuzz types: every distinct key stroke of THE key table
 * (key-bindings.ts with key-bindings-phone.ts) as a terminal sends it, plus Enter and `y` often
 * (so runs get past the picker and the questions) and the attempt's keys, named keys, printable and non-ASCII
 * characters, pastes and resizes. Each key comes with a pace: the next one follows after one
 * event-loop turn, in the same read as it (keys typed while the app is busy), or after the app
 * has settled.
 */
import fc from 'fast-check';
import {keyBindings, type KeyStroke, type NamedKey} from '../../source/ui/key-bindings.js';
import {terminalKeys} from './fake-terminal.js';

/** How soon the next key follows. */
export type Pace = 'turn' | 'same-read' | 'settled';

/** One thing the trainee does to the terminal. */
export type FuzzStep = {readonly kind: 'key'; readonly sequence: string; readonly pace: Pace} | {readonly kind: 'resize'; readonly columns: number; readonly rows: number};

const named: Readonly<Record<NamedKey, string>> = {
	tab: terminalKeys.tab,
	return: terminalKeys.enter,
	escape: terminalKeys.escape,
	up: terminalKeys.up,
	down: terminalKeys.down,
	left: terminalKeys.left,
	right: terminalKeys.right,
	'page-up': terminalKeys.pageUp,
	'page-down': terminalKeys.pageDown,
	home: terminalKeys.home,
	end: terminalKeys.end,
	backspace: terminalKeys.backspace,
};

/** The bytes a terminal sends for a stroke of the key table. */
export function sequenceOf(stroke: KeyStroke): string {
	if (stroke.key !== undefined) {
		return stroke.key === 'tab' && stroke.shift === true ? terminalKeys.shiftTab : named[stroke.key];
	}

	const input = stroke.input ?? '';
	// Ctrl+letter is the letter's place in the alphabet (Ctrl+K is 0x0B).
	return stroke.ctrl === true ? String.fromCodePoint(input.toLowerCase().codePointAt(0)! - 96) : input;
}

/** Every distinct stroke of the table, as sent; Ctrl+C is left out (each run ends with it). */
export const tableKeys: readonly string[] = [...new Set(keyBindings.flatMap((binding) => binding.keys.map(sequenceOf)))].filter((sequence) => sequence !== terminalKeys.ctrlC);

// Esc is in the table already (it also leaves the picker: more of it would end most runs there).
const namedKeys = [...Object.values(named), terminalKeys.shiftTab].filter((sequence) => sequence !== terminalKeys.escape);

const pace: fc.Arbitrary<Pace> = fc.oneof({weight: 14, arbitrary: fc.constant('turn' as const)}, {weight: 4, arbitrary: fc.constant('settled' as const)}, {weight: 2, arbitrary: fc.constant('same-read' as const)});

const key = (sequence: fc.Arbitrary<string>): fc.Arbitrary<FuzzStep> => fc.record({kind: fc.constant('key' as const), sequence, pace});

/** Sizes from 1x1 to 220x70, often around the 80x24 minimum, and as often back to a usable size. */
export const terminalSize = fc.oneof(
	{weight: 2, arbitrary: fc.record({columns: fc.integer({min: 1, max: 220}), rows: fc.integer({min: 1, max: 70})})},
	{weight: 1, arbitrary: fc.record({columns: fc.integer({min: 78, max: 82}), rows: fc.integer({min: 22, max: 26})})},
	{weight: 3, arbitrary: fc.record({columns: fc.integer({min: 80, max: 220}), rows: fc.integer({min: 24, max: 70})})},
);

/** One step: mostly keys from the table, sometimes anything else a trainee can do. */
export const fuzzStep: fc.Arbitrary<FuzzStep> = fc.oneof(
	{weight: 12, arbitrary: key(fc.constantFrom(...tableKeys))},
	{weight: 5, arbitrary: key(fc.constantFrom(terminalKeys.enter, 'y'))},
	// The attempt's keys and the way to the phone's QR overlay, so more runs get to the debrief and the overlays.
	{weight: 2, arbitrary: key(fc.constantFrom('s', 'G', 'h', 'c', '6', terminalKeys.tab, 'a'))},
	{weight: 3, arbitrary: key(fc.constantFrom(...namedKeys))},
	{weight: 3, arbitrary: key(fc.string({minLength: 1, maxLength: 1}))},
	{weight: 1, arbitrary: key(fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}))},
	{weight: 1, arbitrary: key(fc.string({unit: 'grapheme-ascii', minLength: 2, maxLength: 12}))},
	{weight: 1, arbitrary: terminalSize.map((size): FuzzStep => ({kind: 'resize', ...size}))},
);

/**
 * How a run starts: an unfinished attempt at codes-wrong-number to resume or not, real time or
 * not, and through `runPlay` itself (Ink's 30 frames a second) or drawing every state.
 */
export type FuzzStart = {readonly unfinished: boolean; readonly realTime: boolean; readonly throttled: boolean};

const oneIn4 = fc.oneof({weight: 3, arbitrary: fc.constant(false)}, {weight: 1, arbitrary: fc.constant(true)});

/** A run: how it starts and the steps, of exactly `length`. */
export function fuzzRun(length: number): fc.Arbitrary<{readonly start: FuzzStart; readonly steps: readonly FuzzStep[]}> {
	return fc.record({
		start: fc.record({unfinished: fc.boolean(), realTime: oneIn4, throttled: oneIn4}),
		steps: fc.array(fuzzStep, {minLength: length, maxLength: length}),
	});
}
