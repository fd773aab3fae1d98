import {useMemo} from 'react';
import {Box, Text} from 'ink';
import type {EnrolmentTarget} from '../../services/enrolment.js';
import {paint, type DisplayMode} from '../app/display.js';
import {planEnrolment, type Line} from './enrolment-layout.js';
import type {QrDrawing} from './qr-drawing.js';

/** Props of EnrolmentPanel. */
export type EnrolmentPanelProps = {
	/** The registration to enrol (from `enrolmentTargets` / `enrolmentTargetsOf`). */
	readonly target: EnrolmentTarget;
	readonly display: DisplayMode;
	/** The space the host gives the panel; the code needs about 75x22 beside the text at 80x24. */
	readonly width: number;
	readonly height: number;
	/** Whether play runs with `--real-time`, so codes from the trainee's app can be typed. */
	readonly realTime: boolean;
};

/**
 * A QR code is functional, not decoration: pin light modules to white and dark ones to black so
 * a light terminal theme does not invert it. Without colour the glyphs are light on the terminal's
 * own (usually dark) background.
 */
export function qrTextProps(display: DisplayMode): {readonly color?: string; readonly backgroundColor?: string} {
	return display.color ? {color: 'white', backgroundColor: 'black'} : {};
}

function QrBlock({qr, display}: {readonly qr: QrDrawing; readonly display: DisplayMode}) {
	return (
		<Box flexDirection="column" flexShrink={0} width={qr.width}>
			{qr.lines.map((line, index) => (
				<Text key={index} {...qrTextProps(display)}>
					{line}
				</Text>
			))}
		</Box>
	);
}

function TextBlock({lines, display, width}: {readonly lines: readonly Line[]; readonly display: DisplayMode; readonly width: number}) {
	return (
		<Box flexDirection="column" width={width}>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate">
					{line.length === 0 ? ' ' : line.map((span, part) => <Text key={part} bold={span.bold === true} {...paint(display, span.muted === true ? 'muted' : undefined)}>{span.text}</Text>)}
				</Text>
			))}
		</Box>
	);
}

/**
 * "Bring your own authenticator": the `otpauth://` URI of one TOTP registration as a QR code, the
 * Base32 key in groups of four for typing, the account label and what to do. The ONLY screen that
 * shows a TOTP seed; hosts open it on request and close it again. When the code does not fit
 * (below about 75x22 for a 130-character URI, or 118x43 in ASCII for TERM=dumb) it asks to enlarge the terminal and still
 * shows the key. Draws nothing interactive: the host owns the keys.
 */
export function EnrolmentPanel({target, display, width, height, realTime}: EnrolmentPanelProps) {
	const layout = useMemo(() => planEnrolment(target, display, width, height, realTime), [target, display, width, height, realTime]);
	switch (layout.kind) {
		case 'side-by-side': {
			return (
				<Box width={width} height={height} overflow="hidden">
					<QrBlock qr={layout.qr} display={display} />
					<Box width={layout.gap} flexShrink={0} />
					<TextBlock lines={layout.lines} display={display} width={layout.textWidth} />
				</Box>
			);
		}

		case 'stacked': {
			return (
				<Box flexDirection="column" width={width} height={height} overflow="hidden">
					<QrBlock qr={layout.qr} display={display} />
					<Text> </Text>
					<TextBlock lines={layout.lines} display={display} width={width} />
				</Box>
			);
		}

		case 'text-only': {
			return (
				<Box flexDirection="column" width={width} height={height} overflow="hidden">
					<TextBlock lines={layout.lines} display={display} width={width} />
				</Box>
			);
		}
	}
}
