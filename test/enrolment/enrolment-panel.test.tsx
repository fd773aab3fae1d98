import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {encode} from 'uqr';
import {enrolmentTargetsOf, type EnrolmentTarget} from '../../source/services/enrolment.js';
import {displayModeFrom, richDisplay, type DisplayMode} from '../../source/ui/app/display.js';
import {EnrolmentPanel, qrTextProps} from '../../source/ui/enrolment/enrolment-panel.js';
import {planEnrolment, type EnrolmentLayout} from '../../source/ui/enrolment/enrolment-layout.js';
import type {QrDrawing} from '../../source/ui/enrolment/qr-drawing.js';
import {builtInState} from './scenario-state.js';

let lena: Promise<EnrolmentTarget> | undefined;

/** Lena's software token in codes-clock-drift, seed 1 (a 131-character URI: a version 6 code, 41 modules). */
async function lenaTarget(): Promise<EnrolmentTarget> {
	lena ??= builtInState('codes-clock-drift', 1).then(({initial}) => enrolmentTargetsOf(initial.state, 'lena')[0]!);
	return lena;
}

function frameOf(target: EnrolmentTarget, display: DisplayMode, width: number, height: number, realTime = false) {
	const instance = render(<EnrolmentPanel target={target} display={display} width={width} height={height} realTime={realTime} />);
	const raw = instance.lastFrame() ?? '';
	instance.unmount();
	const lines = stripVTControlCharacters(raw).split('\n');
	// Wrapped text joined back into one line of words, to look for sentences.
	return {raw, lines, words: lines.map((line) => line.replaceAll(/[▀▄█#]/g, ' ').trim()).filter(Boolean).join(' ').replaceAll(/\s+/g, ' ')};
}

function qrOf(layout: EnrolmentLayout): QrDrawing {
	if (layout.kind === 'text-only') {
		throw new Error('expected a QR code in the layout');
	}

	return layout.qr;
}

const halfBlocks = /[▀▄█]/;
const columns = (line: string) => [...line].length;

describe('EnrolmentPanel', () => {
	it('shows the QR code beside the grouped key and the account at 80x23 (an 80x24 terminal, full screen)', async () => {
		const target = await lenaTarget();
		const {lines, words} = frameOf(target, richDisplay, 80, 23);
		const layout = planEnrolment(target, richDisplay, 80, 23, false);
		const modules = encode(target.uri, {ecc: 'L', border: 0}).size;

		expect(modules).toBe(41);
		expect(layout.kind).toBe('side-by-side');
		expect(planEnrolment(target, richDisplay, 80, 23, true).kind).toBe('side-by-side');
		expect(qrOf(layout).height).toBe(Math.ceil((modules + 2 * qrOf(layout).border) / 2));
		expect(lines.filter((line) => halfBlocks.test(line))).toHaveLength(qrOf(layout).height);
		expect(words).toContain(target.secret.match(/.{4}/g)!.join(' '));
		expect(words).toContain('Contoso Ltd: lena.vogel@contoso.com');
		expect(words).toContain('In your authenticator app, add an account → scan this code, or enter the key manually.');
		expect(lines.length).toBeLessThanOrEqual(23);
		expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(80);
	});

	it('draws the code with the library, line for line', async () => {
		const target = await lenaTarget();
		const layout = planEnrolment(target, richDisplay, 80, 23, false);
		const {lines} = frameOf(target, richDisplay, 80, 23);

		expect(layout.kind).toBe('side-by-side');
		qrOf(layout).lines.forEach((line, index) => expect(lines[index]!.startsWith(line)).toBe(true));
	});

	it('pins the code to white on black with colour, and draws the same half blocks with NO_COLOR', async () => {
		const target = await lenaTarget();
		const noColor = displayModeFrom({NO_COLOR: '1'});

		expect(qrTextProps(richDisplay)).toEqual({color: 'white', backgroundColor: 'black'});
		expect(qrTextProps(noColor)).toEqual({});
		// eslint-disable-next-line no-control-regex
		expect(frameOf(target, noColor, 80, 23).raw).not.toMatch(/\u001B\[(?:3|4|9|10)\dm/);
		expect(frameOf(target, noColor, 80, 23).lines).toEqual(frameOf(target, richDisplay, 80, 23).lines);
	});

	it('asks to enlarge the terminal in the 80x24 workspace pane instead of overflowing, and still shows the key', async () => {
		const target = await lenaTarget();
		const {lines, words} = frameOf(target, richDisplay, 55, 17);

		expect(words).toContain('Enlarge the terminal to scan a QR code: it needs 75x22 and this pane is 55x17.');
		expect(words).toContain('add an account → enter the key manually.');
		expect(words).toContain(target.secret.match(/.{4}/g)!.join(' '));
		expect(lines.join('\n')).not.toMatch(halfBlocks);
		expect(lines.length).toBeLessThanOrEqual(17);
		expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(55);
	});

	it('stacks the code above the text on a tall narrow terminal, with a wider quiet zone', async () => {
		const target = await lenaTarget();
		const layout = planEnrolment(target, richDisplay, 60, 50, true);

		expect(layout.kind).toBe('stacked');
		expect(qrOf(layout).border).toBe(4);
		expect(frameOf(target, richDisplay, 60, 50, true).words).toContain('When the user signs in, type the code your app shows');
	});

	it('on TERM=dumb draws ASCII only: the code in # when it fits, else the key and why', async () => {
		const target = await lenaTarget();
		const dumb = displayModeFrom({TERM: 'dumb'});
		const small = frameOf(target, dumb, 80, 23);
		const large = frameOf(target, dumb, 140, 50);

		expect(small.words).toContain('This terminal has no Unicode (TERM=dumb)');
		expect(small.words).toContain('add an account -> enter the key manually');
		expect(small.words).toContain(target.secret.match(/.{4}/g)!.join(' '));
		expect(large.lines.filter((line) => line.startsWith('##'))).toHaveLength(planEnrolment(target, dumb, 140, 50, false).kind === 'side-by-side' ? 49 : 0);
		expect(large.words).toContain('add an account -> scan this code');
		// eslint-disable-next-line no-control-regex
		expect([...small.lines, ...large.lines].join('\n')).toMatch(/^[\u0000-\u007F]*$/);
	});
});
