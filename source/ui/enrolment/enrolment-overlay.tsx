import {useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {UserId} from '../../domain/common/ids.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {enrolmentTargetsOf} from '../../services/enrolment.js';
import {glyphsFor, paint, truncate, type DisplayMode} from '../app/display.js';
import {formatClock} from '../app/text.js';
import {useSessionView} from '../contexts/session-context.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {footerHints} from '../key-bindings.js';
import {EnrolmentPanel} from './enrolment-panel.js';

/** Props of EnrolmentOverlay. */
export type EnrolmentOverlayProps = {
	/** Whose registrations to show: the person the user-side screens look at. */
	readonly userId: UserId | undefined;
	readonly realTime: boolean;
	readonly onClose: () => void;
	readonly display: DisplayMode;
	/** The whole terminal: the QR code needs about 75x22. */
	readonly width: number;
	readonly height: number;
};

/** Why a typed code may not match without `--real-time`, in one sentence. Pure. */
export function simulatedClockNote(now: number): string {
	return `Codes are checked against the simulated clock (${formatClock(now)}), so a code from your app only matches when that is now: play with --real-time.`;
}

/**
 * "Add to my authenticator", full screen: a title line with the keys, the EnrolmentPanel of one
 * of the person's registrations (←→ cycles when there are several) and, without `--real-time`,
 * why their codes will not match the simulated clock. Esc closes.
 */
export function EnrolmentOverlay({userId, realTime, onClose, display, width, height}: EnrolmentOverlayProps) {
	const {state} = useSessionView();
	const targets = useMemo(() => (userId === undefined ? [] : enrolmentTargetsOf(state, userId)), [state, userId]);
	const [index, setIndex] = useState(0);
	useKeyIntents(['enrol'], (intent) => {
		const step = (delta: number) => setIndex((value) => (value + delta + targets.length) % Math.max(1, targets.length));
		if (intent === 'enrol.close') {
			onClose();
		} else if (intent === 'enrol.next') {
			step(1);
		} else if (intent === 'enrol.previous') {
			step(-1);
		}
	});
	const glyphs = glyphsFor(display);
	const name = userId === undefined ? 'Nobody' : (findUser(state.tenant, userId)?.displayName ?? userId);
	const target = targets[Math.min(index, targets.length - 1)];
	const keys = footerHints(['enrol'], display.unicode)
		.filter((hint) => targets.length > 1 || hint.label !== 'registration')
		.map((hint) => `${hint.keys} ${hint.label}`)
		.join(` ${glyphs.dot} `);
	const which = targets.length > 1 ? ` ${glyphs.dot} ${Math.min(index, targets.length - 1) + 1} of ${targets.length}` : '';
	const title = `Add to my authenticator ${glyphs.dot} ${name}${which}`;
	const note = realTime ? undefined : simulatedClockNote(state.now);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Box width={width}>
				<Text bold {...paint(display, 'accent')}>
					{truncate(title, Math.max(1, width - keys.length - 2), display)}
				</Text>
				<Box flexGrow={1} />
				<Text {...paint(display, 'muted')}>{keys}</Text>
			</Box>
			{target === undefined ? (
				<Text {...paint(display, 'warn')}>{`${name} has no registration an authenticator app can take over: it needs an Authenticator registration that makes codes, or a software OATH token.`}</Text>
			) : (
				<EnrolmentPanel target={target} display={display} width={width} height={Math.max(1, height - (note === undefined ? 1 : 3))} realTime={realTime} />
			)}
			{note === undefined || target === undefined ? null : (
				<Text wrap="wrap" {...paint(display, 'warn')}>
					{note}
				</Text>
			)}
		</Box>
	);
}
