import {accountLabel, groupSecret, type EnrolmentTarget} from '../../services/enrolment.js';
import type {DisplayMode} from '../app/display.js';
import {wrapLines} from '../app/text.js';
import {drawQr, qrModules, qrSize, quietZones, type QrDrawing} from './qr-drawing.js';

/** A run of text in one style. */
export type Span = {readonly text: string; readonly bold?: boolean; readonly muted?: boolean};

/** One row of the panel's text. */
export type Line = readonly Span[];

/** Where the QR code goes, or why there is none; the text lines already fit their width. */
export type EnrolmentLayout =
	| {readonly kind: 'side-by-side'; readonly qr: QrDrawing; readonly gap: number; readonly textWidth: number; readonly lines: readonly Line[]}
	| {readonly kind: 'stacked'; readonly qr: QrDrawing; readonly lines: readonly Line[]}
	| {readonly kind: 'text-only'; readonly lines: readonly Line[]};

/** Columns between the code and the text beside it. */
const gap = 2;
/** Narrowest text column beside the code. */
export const minimumTextWidth = 30;
const labelWidth = 9;

/** What the panel must say besides the code. */
export type InfoOptions = {
	/** Whether play runs with `--real-time` (codes from the phone can be typed). */
	readonly realTime: boolean;
	/** Set when no code fits: why, in one sentence. */
	readonly noQr?: string;
};

function methodText(target: EnrolmentTarget): string {
	return target.kind === 'authenticator' ? `Authenticator app registration (${target.methodName})` : `Software OATH token (${target.methodName})`;
}

/** A `Label    value` row, the value wrapped under itself. */
function field(label: string, value: string, width: number, bold = false): Line[] {
	const valueWidth = Math.max(1, width - labelWidth);
	return wrapLines(value, valueWidth).map((part, index) => [{text: (index === 0 ? label : '').padEnd(labelWidth), muted: true}, {text: part, bold}]);
}

function paragraph(text: string, width: number, style: Omit<Span, 'text'> = {}): Line[] {
	return wrapLines(text, width).map((part) => [{text: part, ...style}]);
}

/** The panel's text at a width: title, instructions, the account, the grouped key, what kind of code, and a caution. */
export function infoLines(target: EnrolmentTarget, display: DisplayMode, width: number, options: InfoOptions): Line[] {
	const arrow = display.unicode ? '→' : '->';
	const how = options.noQr === undefined ? `In your authenticator app, add an account ${arrow} scan this code, or enter the key manually.` : `${options.noQr} In your authenticator app, add an account ${arrow} enter the key manually.`;
	const after = options.realTime
		? 'When the user signs in, type the code your app shows: it is accepted until about a minute after it appears, and only once.'
		: 'Play with --real-time to sign in with the codes your app shows.';
	return [
		...paragraph('Add this account to an authenticator app', width, {bold: true}),
		...paragraph(how, width),
		[],
		...field('Account', accountLabel(target), width),
		...field('Key', groupSecret(target.secret), width, true),
		...field('Type', 'Time-based (TOTP), SHA-1, 6 digits, every 30 s', width),
		...field('For', methodText(target), width),
		[],
		...paragraph(`Only this screen shows the key: anyone who has it can make this user's codes. ${after}`, width, {muted: true}),
	];
}

/**
 * Places the code and the text in `width` x `height`: beside each other, else one above the other,
 * with the widest quiet zone that fits; else text only, with the size needed to see the code (the
 * key can always be typed). Pure.
 */
export function planEnrolment(target: EnrolmentTarget, display: DisplayMode, width: number, height: number, realTime: boolean): EnrolmentLayout {
	const modules = qrModules(target.uri);
	for (const border of quietZones) {
		const size = qrSize(modules, border, display.unicode);
		const textWidth = width - size.width - gap;
		if (textWidth >= minimumTextWidth && size.height <= height) {
			const lines = infoLines(target, display, textWidth, {realTime});
			if (lines.length <= height) {
				return {kind: 'side-by-side', qr: drawQr(target.uri, border, display.unicode), gap, textWidth, lines};
			}
		}

		if (size.width <= width) {
			const lines = infoLines(target, display, width, {realTime});
			if (size.height + 1 + lines.length <= height) {
				return {kind: 'stacked', qr: drawQr(target.uri, border, display.unicode), lines};
			}
		}
	}

	const smallest = qrSize(modules, 1, display.unicode);
	const needed = `${smallest.width + gap + minimumTextWidth}x${Math.max(smallest.height, infoLines(target, display, minimumTextWidth, {realTime}).length)}`;
	const why = display.unicode
		? `Enlarge the terminal to scan a QR code: it needs ${needed} and this pane is ${width}x${height}.`
		: `This terminal has no Unicode (TERM=dumb), so the QR code is drawn in ASCII and needs ${needed}; this pane is ${width}x${height}.`;
	return {kind: 'text-only', lines: infoLines(target, display, width, {realTime, noQr: why})};
}
