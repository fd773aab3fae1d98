import {Box, Text} from 'ink';
import type {GoalResult} from '../../scenario/grading/evaluate-goal.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {bindingOf, keysText} from '../key-bindings.js';
import {borderStyleFor, glyphsFor, paint, paintBorder, truncate, type DisplayMode} from './display.js';
import {wrapLines} from './text.js';

/** Where a "check my fix" is: running, done, or failed unexpectedly. */
export type CheckState = {readonly kind: 'running'} | {readonly kind: 'done'; readonly result: GoalResult} | {readonly kind: 'error'; readonly message: string};

/** Props of CheckOverlay. */
export type CheckOverlayProps = {
	readonly check: CheckState;
	/** A warning under the checks, e.g. settings typed but not saved. */
	readonly note?: string;
	readonly onClose: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/**
 * "Check my fix": each goal check met or not met, without expected and actual values and without
 * red flags, so it confirms progress without giving the answer away. Closing goes on working.
 */
export function CheckOverlay({check, note, onClose, display, width, height}: CheckOverlayProps) {
	useKeyIntents(['check'], (intent) => {
		if (intent === 'check.close') {
			onClose();
		}
	});
	const glyphs = glyphsFor(display);
	const inner = Math.max(10, width - 4);
	const muted = paint(display, 'muted');
	const close = `${keysText(bindingOf('check.close'), display.unicode, true)} to go on working; then s submits when you are done.`;
	let body;
	if (check.kind === 'running') {
		body = <Text {...paint(display, 'warn')}>{`Running the goal checks${glyphs.ellipsis}`}</Text>;
	} else if (check.kind === 'error') {
		body = <Text {...paint(display, 'fail')}>{truncate(`The check failed unexpectedly: ${check.message}`, inner, display)}</Text>;
	} else {
		const {checks} = check.result;
		const met = checks.filter((each) => each.passed).length;
		body = (
			<>
				<Text bold {...paint(display, met === checks.length ? 'ok' : 'warn')}>
					{met === checks.length ? `All ${checks.length} goal checks are met.` : `${met} of ${checks.length} goal checks met.`}
				</Text>
				{checks.flatMap((each, index) =>
					wrapLines(each.label, inner - 4).map((line, part) => (
						<Text key={`check-${index}-${part}`}>
							<Text {...paint(display, each.passed ? 'ok' : 'fail')}>{part === 0 ? `${each.passed ? glyphs.ok : glyphs.fail} ` : ' '.repeat((each.passed ? glyphs.ok : glyphs.fail).length + 1)}</Text>
							{line}
						</Text>
					)),
				)}
				{note === undefined ? null : wrapLines(note, inner).map((line, index) => <Text key={`note-${index}`} {...paint(display, 'warn')}>{line}</Text>)}
				<Text {...muted}>Red flags are not checked here. Checking is free and ends nothing.</Text>
			</>
		);
	}

	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, 'focus')} width={width} height={height} paddingX={1} overflow="hidden">
			<Text bold>Check my fix</Text>
			{body}
			<Text {...muted}>{close}</Text>
		</Box>
	);
}
